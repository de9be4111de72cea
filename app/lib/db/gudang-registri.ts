/**
 * The kabupaten database as a registry import reads and writes it (impor/gudang.ts), over
 * CouchDB's HTTP API with `fetch`: one implementation for both callers — the app, through
 * `/db/` with the signed-in user's cookie, and the command line, straight to the server with
 * the admin's credentials — so the two imports cannot drift apart.
 */
import type { GudangRegistri, HasilSimpan, RumahtanggaTersimpan } from '../impor/gudang';
import { DitolakServerError, ServerGagalError, SesiBerakhirError } from './errors';

const HALAMAN = 1000;

interface Baris {
  id: string;
  doc?: (RumahtanggaTersimpan & { statusRegistri?: string }) | null;
  error?: string;
  value?: { deleted?: boolean };
}

export class GudangHttp implements GudangRegistri {
  /** `dbUrl`: e.g. `/db/slrt-kab-7401` in the app, `http://127.0.0.1:5984/slrt-kab-7401` from Node. */
  constructor(
    private readonly dbUrl: string,
    private readonly init: RequestInit = {}
  ) {}

  private async minta<T>(path: string, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await fetch(`${this.dbUrl}/${path}`, {
        ...this.init,
        method: body === undefined ? 'GET' : 'POST',
        headers: { ...(this.init.headers as Record<string, string>), 'Content-Type': 'application/json', Accept: 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) })
      });
    } catch {
      throw new ServerGagalError(null);
    }
    // The firewall answers a signed-in non-member 403 on both servers; 401 means no session.
    if (res.status === 401) throw new SesiBerakhirError();
    if (res.status === 403) {
      throw new DitolakServerError('akun ini tidak berwenang membaca atau menulis data rumah tangga kabupaten ini.');
    }
    if (!res.ok) throw new ServerGagalError(res.status);
    return (await res.json()) as T;
  }

  async ambil(ids: readonly string[]) {
    const { rows } = await this.minta<{ rows: Baris[] }>('_all_docs?include_docs=true', { keys: ids });
    const hasil = new Map<string, RumahtanggaTersimpan>();
    for (const row of rows) if (row.doc && !row.value?.deleted) hasil.set(row.id, row.doc);
    return hasil;
  }

  tulis(docs: readonly object[]) {
    return this.minta<HasilSimpan[]>('_bulk_docs', { docs });
  }

  async registriKecamatan(kecamatan: string) {
    const hasil: { _id: string; idDtks?: string }[] = [];
    let startkey = `rumahtangga:${kecamatan}`;
    let skip = 0;
    for (;;) {
      const q = new URLSearchParams({
        include_docs: 'true',
        limit: String(HALAMAN),
        skip: String(skip),
        startkey: JSON.stringify(startkey),
        endkey: JSON.stringify(`rumahtangga:${kecamatan}\ufff0`)
      });
      const { rows } = await this.minta<{ rows: Baris[] }>(`_all_docs?${q}`);
      for (const row of rows) {
        if (row.doc?.statusRegistri === 'dtks') hasil.push({ _id: row.id, idDtks: row.doc.idDtks });
      }
      if (rows.length < HALAMAN) return hasil;
      startkey = rows[rows.length - 1].id;
      skip = 1;
    }
  }
}
