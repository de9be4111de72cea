/**
 * The public status page's one call: the server's `GET /api/lacak/:kode`, which answers a case's
 * status and the date of its last step, and nothing else. Needs the network: the citizen has no
 * local data.
 */
import type { StatusKasus } from '$lib/domain/case-state';
import { readKodeLacak } from '$lib/domain/kode-lacak';

export interface StatusLacak {
  kode: string;
  /** Shown in the reader's language; `label` is the server's Indonesian wording. */
  status: StatusKasus;
  label: string;
  tanggal: string;
}

export type HasilLacak =
  | { ok: true; status: StatusLacak }
  | { ok: false; alasan: 'tidak-sah' | 'tidak-ditemukan' | 'gagal' }
  | { ok: false; alasan: 'terlalu-sering'; detik: number };

export async function cekStatus(input: string, fetcher: typeof fetch = fetch): Promise<HasilLacak> {
  const kode = readKodeLacak(input);
  if (!kode) return { ok: false, alasan: 'tidak-sah' };
  let response: Response;
  try {
    response = await fetcher(`/api/lacak/${encodeURIComponent(kode)}`, { headers: { accept: 'application/json' } });
  } catch {
    return { ok: false, alasan: 'gagal' };
  }
  if (response.ok) return { ok: true, status: (await response.json()) as StatusLacak };
  if (response.status === 400) return { ok: false, alasan: 'tidak-sah' };
  if (response.status === 404) return { ok: false, alasan: 'tidak-ditemukan' };
  if (response.status === 429) return { ok: false, alasan: 'terlalu-sering', detik: Number(response.headers.get('retry-after')) || 60 };
  return { ok: false, alasan: 'gagal' };
}
