import { kabupatenDb, kecamatanDb } from '../../app/lib/domain/databases';
import type { SlrtDoc } from '../../app/lib/domain/schemas';
import { DEMO_ACCOUNTS, DEMO_KABUPATEN, DEMO_PASSWORD } from './accounts';
import { CouchClient } from './couch-http';
import { DEFAULT_KECAMATAN, generateDemo, startOfDay, type DemoBatch } from './generate';
import { upsertUsers, type UsersResult } from './users';
import { loadKabupaten, selectKecamatan } from './wilayah-data';

/**
 * Writes the demo district into a provisioned CouchDB (Apache or embedded) with `_bulk_docs`,
 * and the demo accounts into `_users`. The databases must exist already: creating them, with
 * their `_security` and design documents, is provisioning's job.
 */
export const DEMO_SEED = 1;
export const DEFAULT_DEMO_HOUSEHOLDS = 2_400;

export interface LoadDemoOptions {
  /** CouchDB admin URL with credentials, e.g. http://admin:pw@127.0.0.1:5984 */
  couchUrl: string;
  seed?: number;
  households?: number;
  kecamatan?: readonly string[] | 'semua';
  /**
   * The demo's "now" (ms); the same seed and day give the same documents. Default: the day of
   * the demo already in the databases, else today.
   */
  now?: number;
  batchSize?: number;
  onProgress?: (progress: LoadProgress) => void;
  /** Which generated documents to write (default all): the bench keeps households and fewer events. */
  pilih?: (doc: SlrtDoc, db: string) => boolean;
}

export interface LoadProgress {
  households: number;
  totalHouseholds: number;
  docs: number;
  elapsedMs: number;
}

export interface LoadDemoResult {
  seed: number;
  households: number;
  kecamatan: string[];
  /** Documents written now. */
  docs: number;
  /** Documents already there (a second run, or one resumed after an interruption). */
  alreadyPresent: number;
  users: UsersResult;
  seconds: number;
}

export class DatabaseTidakAdaError extends Error {
  override name = 'DatabaseTidakAdaError';
}

export class DemoLainSudahAdaError extends Error {
  override name = 'DemoLainSudahAdaError';
}

export interface DocRejection {
  id: string;
  error: string;
  reason: string;
}

/** CouchDB refused documents for a reason other than "already there": a bug to see, not to skip. */
export class DemoDitolakError extends Error {
  override name = 'DemoDitolakError';
  readonly rejections: DocRejection[];

  constructor(db: string, rejections: DocRejection[]) {
    const sample = rejections.slice(0, 5).map((r) => `${r.id}: ${r.error} (${r.reason})`).join('; ');
    super(`${rejections.length} dokumen demo ditolak oleh ${db}: ${sample}`);
    this.rejections = rejections;
  }
}

type BulkResult = { id: string; rev?: string; error?: string; reason?: string }[];

async function assertDatabasesExist(couch: CouchClient, dbs: readonly string[]): Promise<void> {
  const missing: string[] = [];
  for (const db of dbs) {
    const res = await couch.request('GET', encodeURIComponent(db));
    if (res.status === 404) missing.push(db);
    else if (res.status !== 200) throw new DatabaseTidakAdaError(`Basis data ${db} tidak dapat dibaca (HTTP ${res.status})`);
  }
  if (missing.length > 0) {
    throw new DatabaseTidakAdaError(
      `Basis data belum ada di ${couch.base}: ${missing.join(', ')}. Jalankan provisioning dulu (npm start membuatnya).`
    );
  }
}

/**
 * What a database already holds: registry households keep their registry ids across runs, so
 * a second demo of another seed or size would mix with the first (its events pointing at the
 * first one's members). `_local` documents never replicate, so the marker stays where it is.
 */
const MARKER = '_local/slrt-demo';
interface DemoMarker {
  seed: number;
  households: number;
  kecamatan: string[];
  now: string;
}

/** The demo's "now": the one of the demo already loaded here, or `now` (default today) for a new one. */
async function claimDemo(couch: CouchClient, db: string, wanted: Omit<DemoMarker, 'now'>, now?: number): Promise<number> {
  const path = `${encodeURIComponent(db)}/${MARKER}`;
  const res = await couch.request<DemoMarker>('GET', path);
  if (res.status === 200) {
    const m = res.body;
    const same =
      m.seed === wanted.seed && m.households === wanted.households && m.kecamatan.join() === wanted.kecamatan.join();
    if (same && (now === undefined || now === Date.parse(m.now))) return Date.parse(m.now);
    throw new DemoLainSudahAdaError(
      `${db} sudah berisi data demo lain (seed ${m.seed}, ${m.households} rumah tangga, kecamatan ${m.kecamatan.join(', ')}, ` +
        `tanggal ${m.now.slice(0, 10)}). Muat ke basis data baru, atau ulangi dengan parameter yang sama.`
    );
  }
  if (res.status !== 404) throw new DatabaseTidakAdaError(`${db} tidak dapat dibaca (HTTP ${res.status})`);
  const chosen = now ?? startOfDay(Date.now());
  await couch.ok('PUT', path, { ...wanted, now: new Date(chosen).toISOString() });
  return chosen;
}

async function writeBatch(couch: CouchClient, batch: DemoBatch): Promise<{ written: number; conflicts: number }> {
  const results = await couch.ok<BulkResult>('POST', `${encodeURIComponent(batch.db)}/_bulk_docs`, { docs: batch.docs });
  const rejected: DocRejection[] = [];
  let conflicts = 0;
  for (const r of results) {
    if (!r.error) continue;
    if (r.error === 'conflict') conflicts++;
    else rejected.push({ id: r.id, error: r.error, reason: r.reason ?? '' });
  }
  if (rejected.length > 0) throw new DemoDitolakError(batch.db, rejected);
  return { written: results.length - conflicts, conflicts };
}

export async function loadDemo(options: LoadDemoOptions): Promise<LoadDemoResult> {
  const started = Date.now();
  const couch = new CouchClient(options.couchUrl);
  const seed = options.seed ?? DEMO_SEED;
  const households = options.households ?? DEFAULT_DEMO_HOUSEHOLDS;
  const kecamatan = selectKecamatan(await loadKabupaten(DEMO_KABUPATEN), options.kecamatan ?? DEFAULT_KECAMATAN);
  await assertDatabasesExist(couch, ['_users', kabupatenDb(DEMO_KABUPATEN), ...kecamatan.map((k) => kecamatanDb(k.kode))]);
  const users = await upsertUsers(couch, DEMO_ACCOUNTS, DEMO_PASSWORD);
  const kodes = kecamatan.map((k) => k.kode);
  const now = await claimDemo(couch, kabupatenDb(DEMO_KABUPATEN), { seed, households, kecamatan: kodes }, options.now);

  const progress: LoadProgress = { households: 0, totalHouseholds: households, docs: 0, elapsedMs: 0 };
  let alreadyPresent = 0;
  // One batch is written while the next is generated; a failure surfaces at the next await.
  let inFlight: Promise<void> = Promise.resolve();
  const stream = generateDemo({
    seed,
    households,
    kecamatan: kodes,
    now,
    batchSize: options.batchSize
  });
  for await (const generated of stream) {
    const pilih = options.pilih;
    const batch = pilih ? { ...generated, docs: generated.docs.filter((d) => pilih(d, generated.db)) } : generated;
    await inFlight;
    inFlight = writeBatch(couch, batch).then(({ written, conflicts }) => {
      alreadyPresent += conflicts;
      progress.docs += written;
      progress.households += batch.households;
      progress.elapsedMs = Date.now() - started;
      options.onProgress?.({ ...progress });
    });
    // Keep a rejection from being reported as unhandled while the next batch is generated.
    inFlight.catch(() => undefined);
  }
  await inFlight;

  return {
    seed,
    households,
    kecamatan: kodes,
    docs: progress.docs,
    alreadyPresent,
    users,
    seconds: Math.round((Date.now() - started) / 100) / 10
  };
}
