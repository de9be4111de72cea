/**
 * The rollup (DESIGN.md "Aggregates"): for each kabupaten, reads the `dasbor/angka` view of its
 * database as server admin with the same queries the district's dashboard makes, and writes the
 * aggregate documents of `slrt-agregat` — numbers only, small cells suppressed (agregat.ts).
 * The overlap of programmes needs a household's records together, which no such query gives:
 * its own pass (irisan.ts) writes the district's exact overlap into the kabupaten database and
 * the protected one into `slrt-agregat`. The district's stocks up to the last closed month go
 * into the kabupaten database too (dasbor-stok.ts), so its dashboard reads few rows. Before all
 * that, a need met both by a participation and by a referral's outcome gets its correction
 * (kesenjangan.ts), so every figure after counts it met once.
 * Idempotent: a document is written only when its numbers changed, under the same id. At the
 * end it notes when it ran in `_local/slrt-rekap` of the aggregate database.
 */
import { agregatDocs, agregatSchema, type AgregatDoc } from '../../app/lib/domain/agregat';
import { bulanDari, FIGUR_AGREGAT, type Figur } from '../../app/lib/domain/dasbor';
import { kueriDasbor, type BarisView, type OpsiView, type TanyaView } from '../../app/lib/domain/dasbor-kueri';
import { FIGUR_STOK, geserBulan, kueriSemua, stokDoc, stokSchema, type StokDoc } from '../../app/lib/domain/dasbor-stok';
import { AGREGAT_DB, kabupatenDb, parseDbName } from '../../app/lib/domain/databases';
import { compactCode } from '../../app/lib/domain/wilayah';
import { CouchHttpError, couchAdmin, describeError, type CouchAdmin } from '../router/couch-admin';
import { irisanKabupaten } from './irisan';
import { koreksiKabupaten } from './kesenjangan';

export interface RollupOptions {
  /** Server admin URL with credentials. */
  couchUrl: string;
  /** Dotted kabupaten codes; default every kabupaten database on the server. */
  kabupaten?: readonly string[];
  /** The last month rolled up is the month of this moment (default now). */
  sekarang?: Date;
}

export interface RollupReport {
  kabupaten: string[];
  /** Aggregate documents written (new or changed). */
  ditulis: number;
  /** Aggregate documents already up to date. */
  tetap: number;
  /** Kabupaten not rolled up, and why (never a document's content). */
  gagal: { kabupaten: string; pesan: string }[];
}

export const STATUS_REKAP = '_local/slrt-rekap';

const db = (name: string) => `/${encodeURIComponent(name)}`;

/** The path of a view query (`ddoc/view` with JSON-encoded options) on the CouchDB HTTP API. */
export function viewPath(dbName: string, view: string, options: OpsiView): string {
  const [ddoc, name] = view.split('/');
  const query = new URLSearchParams(Object.entries(options).map(([k, v]) => [k, JSON.stringify(v)]));
  return `${db(dbName)}/_design/${ddoc}/_view/${name}?${query}`;
}

/** A view query as server admin, the same query the browser sends through the data port. */
export function tanyaAdmin(couch: CouchAdmin, dbName: string): TanyaView {
  return async (view, options) => (await couch.json<{ rows: BarisView[] }>(viewPath(dbName, view, options))).rows;
}

async function kabupatenDiServer(couch: CouchAdmin): Promise<string[]> {
  const names = await couch.allDbs();
  return names.flatMap((name) => {
    const kind = parseDbName(name);
    return kind?.kind === 'kabupaten' ? [kind.kabupaten] : [];
  });
}

/** JSON with keys in order: a document read back from CouchDB need not keep ours. */
function kanonik(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(kanonik).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([k]) => k !== '_rev').sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${kanonik(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

async function revisiSekarang(couch: CouchAdmin, dbName: string, prefix: string): Promise<Map<string, { _rev: string; isi: string }>> {
  const range = new URLSearchParams({ startkey: JSON.stringify(prefix), endkey: JSON.stringify(`${prefix}\ufff0`), include_docs: 'true' });
  const res = await couch.json<{ rows: { id: string; doc: { _rev: string } }[] }>(`${db(dbName)}/_all_docs?${range}`);
  return new Map(res.rows.map((r) => [r.id, { _rev: r.doc._rev, isi: kanonik(r.doc) }]));
}

type BulkResult = { id: string; error?: string; reason?: string }[];

/** Writes the documents whose numbers changed; a conflict (another rollup wrote meanwhile) is retried once on its new revision. */
async function tulisYangBerubah(couch: CouchAdmin, dbName: string, prefix: string, docs: readonly { _id: string }[]): Promise<number> {
  let ditulis = 0;
  let sisa = docs;
  for (let percobaan = 0; percobaan < 2 && sisa.length > 0; percobaan++) {
    const ada = await revisiSekarang(couch, dbName, prefix);
    const berubah = sisa.filter((d) => ada.get(d._id)?.isi !== kanonik(d));
    if (berubah.length === 0) break;
    const body = { docs: berubah.map((d) => ({ ...d, ...(ada.has(d._id) ? { _rev: ada.get(d._id)?._rev } : {}) })) };
    const hasil = await couch.json<BulkResult>(`${db(dbName)}/_bulk_docs`, { method: 'POST', body: JSON.stringify(body) });
    const gagal = hasil.filter((r) => r.error && r.error !== 'conflict');
    if (gagal.length > 0) throw new CouchHttpError(500, `${dbName}/_bulk_docs`, `${gagal[0].id}: ${gagal[0].error} ${gagal[0].reason ?? ''}`);
    const konflik = new Set(hasil.filter((r) => r.error === 'conflict').map((r) => r.id));
    ditulis += berubah.length - konflik.size;
    sisa = berubah.filter((d) => konflik.has(d._id));
  }
  return ditulis;
}

/**
 * The aggregate documents of a kabupaten and the district's stock snapshots, up to the month
 * before `sampai`. A stock is read once for both, over every area of the database: the
 * aggregates take the kabupaten's rows of it (tabelDari keeps the area asked for).
 */
async function angkaKabupaten(couch: CouchAdmin, kabupaten: string, sampai: string): Promise<{ agregat: AgregatDoc[]; stok: StokDoc[] }> {
  const tanya = tanyaAdmin(couch, kabupatenDb(kabupaten));
  const rows: Partial<Record<Figur, BarisView[]>> = {};
  for (const figur of new Set([...FIGUR_AGREGAT, ...FIGUR_STOK])) {
    const { view, options } = FIGUR_STOK.includes(figur) ? kueriSemua(figur) : kueriDasbor(figur, { wilayah: kabupaten, dari: '', sampai });
    rows[figur] = await tanya(view, options);
  }
  // Checked before anything is written: only numbers and codes go to the provinces, or stay as counts.
  return {
    agregat: agregatDocs(kabupaten, rows, sampai).map((doc) => agregatSchema.parse(doc)),
    stok: FIGUR_STOK.map((figur) => stokSchema.parse(stokDoc(kabupaten, figur, geserBulan(sampai, -1), rows[figur] ?? [])))
  };
}

export async function rollup(options: RollupOptions): Promise<RollupReport> {
  const couch = couchAdmin(options.couchUrl);
  const sampai = bulanDari((options.sekarang ?? new Date()).toISOString());
  const kabupaten = [...(options.kabupaten ?? (await kabupatenDiServer(couch)))];
  const report: RollupReport = { kabupaten, ditulis: 0, tetap: 0, gagal: [] };
  for (const kode of kabupaten) {
    // One kabupaten failing (its database unreachable, a document refused) leaves the others rolled up.
    try {
      const kab = compactCode(kode);
      // The gap's corrections first: every figure read after counts a need met twice once.
      const koreksi = await koreksiKabupaten(tanyaAdmin(couch, kabupatenDb(kode)), kode);
      const koreksiDitulis = await tulisYangBerubah(couch, kabupatenDb(kode), `koreksi:${kab}:`, [koreksi]);
      const { agregat, stok } = await angkaKabupaten(couch, kode, sampai);
      const irisan = await irisanKabupaten(tanyaAdmin(couch, kabupatenDb(kode)), kode, sampai);
      const ditulis =
        koreksiDitulis +
        (await tulisYangBerubah(couch, AGREGAT_DB, `agregat:${kab}:`, agregat)) +
        (await tulisYangBerubah(couch, AGREGAT_DB, `irisan:${kab}:`, irisan.agregat)) +
        (await tulisYangBerubah(couch, kabupatenDb(kode), `irisan:${kab}:`, irisan.distrik)) +
        (await tulisYangBerubah(couch, kabupatenDb(kode), `stok:${kab}:`, stok));
      report.ditulis += ditulis;
      report.tetap += 1 + agregat.length + irisan.agregat.length + irisan.distrik.length + stok.length - ditulis;
    } catch (error) {
      report.gagal.push({ kabupaten: kode, pesan: describeError(error) });
    }
  }
  await catatStatus(couch, report);
  return report;
}

async function catatStatus(couch: CouchAdmin, report: RollupReport): Promise<void> {
  const path = `${db(AGREGAT_DB)}/${STATUS_REKAP}`;
  const lama = await couch.json<{ _rev: string }>(path).catch((e: unknown) => {
    if (e instanceof CouchHttpError && e.status === 404) return null;
    throw e;
  });
  const body = { ...(lama ? { _rev: lama._rev } : {}), selesai: new Date().toISOString(), ...report };
  await couch.json(path, { method: 'PUT', body: JSON.stringify(body) });
}
