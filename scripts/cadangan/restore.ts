/**
 * `npm run restore -- <folder>`: rebuilds a server from a backup (backup.ts). Each database
 * is created, given its `_security`, and receives its revisions through `_bulk_docs` with
 * `new_edits: false`, as replication writes them: ids, revisions, histories, conflicts,
 * deletions and attachments stay what they were. Nothing is written until every database has
 * been checked: one that already holds documents stops the whole restore, unless `timpa`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { couchAt, couchCall, databaseInfo, type Couch } from './couch';
import { USERS_DB } from './cakupan';
import { MANIFEST_FILE, ManifestError, parseManifest, type Manifest, type ManifestDatabase } from './manifest';
import { batchLines, readLines, type BatchLimits } from './ndjson';
import type { Progress } from './progress';

export interface RestoreOptions {
  adminUrl: string;
  dir: string;
  /**
   * Replace databases that already hold documents: an SLRT database is deleted and created
   * anew; `_users` is never deleted (the server's own accounts live there too), the backup's
   * user documents are merged in as replication would.
   */
  timpa?: boolean;
  onProgress?: (progress: Progress) => void;
  limits?: BatchLimits;
}

export interface RestoreReport {
  manifest: Manifest;
  revisions: number;
  /** Databases that held documents and were replaced (only with `timpa`). */
  replaced: string[];
}

export class RestoreError extends Error {
  override name = 'RestoreError';
}

export class RestoreRefusedError extends RestoreError {
  override name = 'RestoreRefusedError';
  constructor(readonly occupied: string[]) {
    const shown = occupied.slice(0, 5).join(', ') + (occupied.length > 5 ? ` (dan ${occupied.length - 5} lainnya)` : '');
    super(
      `Pemulihan dibatalkan, tidak ada yang diubah: basis data berikut di server sudah berisi dokumen: ${shown}. ` +
        'Pulihkan ke server yang baru, atau jalankan lagi dengan --timpa untuk mengganti isinya dengan isi cadangan ' +
        '(akun di _users digabungkan, tidak dihapus).'
    );
  }
}

const DEFAULT_LIMITS: BatchLimits = { maxDocs: 200, maxBytes: 8 * 1024 * 1024 };

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST_FILE);
  if (!existsSync(file)) {
    throw new ManifestError(`${file} tidak ada: folder ini bukan cadangan SLRT, atau pencadangannya tidak selesai.`);
  }
  const manifest = parseManifest(readFileSync(file, 'utf8'));
  const missing = manifest.databases.find((db) => !existsSync(path.join(dir, db.file)));
  if (missing) throw new RestoreError(`Berkas ${missing.file} (basis data ${missing.name}) tidak ada di ${dir}: cadangan tidak lengkap.`);
  return manifest;
}

export async function restore(options: RestoreOptions): Promise<RestoreReport> {
  const manifest = readManifest(options.dir);
  const couch = couchAt(options.adminUrl);
  const existing = new Set(await couchCall('Daftar basis data', () => couch.db.list()));
  const occupied: string[] = [];
  for (const db of manifest.databases) {
    if (existing.has(db.name) && (await holdsDocuments(couch, db.name))) occupied.push(db.name);
  }
  if (occupied.length > 0 && !options.timpa) throw new RestoreRefusedError(occupied);

  const total = manifest.databases.length;
  let revisions = 0;
  for (const [done, db] of manifest.databases.entries()) {
    options.onProgress?.({ databasesDone: done, databasesTotal: total, documents: revisions, db: db.name });
    await prepareDatabase(couch, db.name, existing.has(db.name), occupied.includes(db.name));
    if (db.security) {
      await couchCall(`_security ${db.name}`, () => couch.request({ db: db.name, path: '_security', method: 'PUT', body: db.security }));
    }
    const written = await writeRevisions(couch, options, db, (n) => {
      revisions += n;
      options.onProgress?.({ databasesDone: done, databasesTotal: total, documents: revisions, db: db.name });
    });
    if (written !== db.revisions) {
      throw new RestoreError(
        `${db.file} memuat ${written} revisi, manifes menyebut ${db.revisions}: berkas rusak atau terpotong. ` +
          `Basis data ${db.name} belum pulih sepenuhnya; ulangi dengan --timpa dari cadangan yang utuh.`
      );
    }
  }
  options.onProgress?.({ databasesDone: total, databasesTotal: total, documents: revisions, db: '' });
  return { manifest, revisions, replaced: options.timpa ? occupied : [] };
}

/** Design documents alone (as `npm run setup` writes them, or a fresh `_users`) leave a database empty. */
async function holdsDocuments(couch: Couch, db: string): Promise<boolean> {
  const info = await databaseInfo(couch, db);
  if (info.doc_count === 0) return false;
  const design: { rows: unknown[] } = await couchCall(`Design document ${db}`, () =>
    couch.request({ db, path: '_all_docs', qs: { startkey: '_design/', endkey: '_design0' } })
  );
  return info.doc_count > design.rows.length;
}

async function prepareDatabase(couch: Couch, db: string, exists: boolean, occupied: boolean): Promise<void> {
  if (exists && occupied && db !== USERS_DB) {
    await couchCall(`Menghapus ${db}`, () => couch.db.destroy(db));
    exists = false;
  }
  if (!exists) await couchCall(`Membuat ${db}`, () => couch.db.create(db));
}

async function writeRevisions(
  couch: Couch,
  options: RestoreOptions,
  db: ManifestDatabase,
  onWritten: (n: number) => void
): Promise<number> {
  let written = 0;
  for await (const lines of batchLines(readLines(path.join(options.dir, db.file)), options.limits ?? DEFAULT_LIMITS)) {
    const docs = lines.map((line, i) => parseLine(line, db, written + i + 1));
    const answer: { error?: string; reason?: string }[] = await couchCall(`_bulk_docs ${db.name}`, () =>
      couch.request({ db: db.name, path: '_bulk_docs', method: 'POST', body: { docs, new_edits: false } })
    );
    const refused = answer.filter((r) => r.error);
    if (refused.length > 0) {
      throw new RestoreError(
        `Server menolak ${refused.length} revisi di ${db.name} (${refused[0].error}: ${refused[0].reason ?? ''}). ` +
          'Periksa bahwa kredensialnya milik admin server, lalu ulangi dengan --timpa.'
      );
    }
    written += docs.length;
    onWritten(docs.length);
  }
  return written;
}

function parseLine(line: string, db: ManifestDatabase, lineNumber: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new RestoreError(`${db.file} baris ${lineNumber} bukan JSON yang valid: berkas rusak atau terpotong.`);
  }
}
