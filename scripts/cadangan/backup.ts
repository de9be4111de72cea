/**
 * `npm run backup`: every SLRT database and the `_users` user documents into a folder, one
 * NDJSON file per database and `manifest.json` last. Each line is one leaf revision as
 * replication reads it (`_changes?style=all_docs`, then `_bulk_get` with `revs` and
 * `attachments`): winners, unresolved conflicts and deletions, each with its revision history
 * and attachments as base64, so a restored server continues the same revision trees and a
 * device that syncs with it afterwards sees nothing new. `_local` documents (replication
 * checkpoints) are not part of a backup: after a restore every replication starts over.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { couchAt, couchCall, databaseInfo, serverLabel, type Couch } from './couch';
import { databaseFileName, databasesToBackUp, hasBackedUpSecurity, isBackedUpDoc } from './cakupan';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MANIFEST_FILE,
  type Manifest,
  type ManifestDatabase,
  type SecurityObject
} from './manifest';
import { ndjsonWriter, type NdjsonWriter } from './ndjson';
import type { Progress } from './progress';

export interface BackupOptions {
  adminUrl: string;
  /** The folder to write; created, and refused when it holds anything already. */
  dir: string;
  onProgress?: (progress: Progress) => void;
  /** Changes read per request. */
  pageSize?: number;
  /** Revisions (with their attachments) fetched per `_bulk_get`: bounds memory when photos are large. */
  bulkGetSize?: number;
}

export class BackupError extends Error {
  override name = 'BackupError';
}

interface ChangesPage {
  results: { id: string; changes: { rev: string }[] }[];
  last_seq: string | number;
}

/** CouchDB nests the error (`{ error: { error, reason } }`); PouchDB Server flattens it (`{ error, reason }`). */
type BulkGetEntry = { ok: Record<string, unknown> } | { error: string | { error?: string; reason?: string }; reason?: string };

interface BulkGetAnswer {
  results: { id: string; docs: BulkGetEntry[] }[];
}

export async function backup(options: BackupOptions): Promise<Manifest> {
  const startedAt = new Date().toISOString();
  const couch = couchAt(options.adminUrl);
  prepareFolder(options.dir);
  const dbs = databasesToBackUp(await couchCall('Daftar basis data', () => couch.db.list()));
  const databases: ManifestDatabase[] = [];
  let documents = 0;
  const report = (db: string) => options.onProgress?.({ databasesDone: databases.length, databasesTotal: dbs.length, documents, db });
  for (const db of dbs) {
    report(db);
    const info = await databaseInfo(couch, db);
    const security = hasBackedUpSecurity(db)
      ? await couchCall<SecurityObject>(`_security ${db}`, () => couch.request({ db, path: '_security' }))
      : undefined;
    const file = databaseFileName(db);
    const out = ndjsonWriter(path.join(options.dir, file));
    const revisions = await copyRevisions(couch, db, out, options, (n) => {
      documents += n;
      report(db);
    }).finally(() => out.close());
    databases.push({
      name: db,
      file,
      revisions,
      docCount: info.doc_count,
      ...(info.doc_del_count === undefined ? {} : { docDelCount: info.doc_del_count }),
      updateSeq: info.update_seq,
      ...(security ? { security } : {})
    });
  }
  report('');
  const manifest: Manifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    slrtVersion: slrtVersion(),
    server: serverLabel(options.adminUrl),
    startedAt,
    finishedAt: new Date().toISOString(),
    databases
  };
  writeFileSync(path.join(options.dir, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n', { mode: 0o600 });
  return manifest;
}

/** Never mixes two backups in one folder. */
function prepareFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (readdirSync(dir).length > 0) {
    throw new BackupError(`Folder ${dir} sudah berisi berkas. Pilih folder kosong atau baru dengan --ke <folder>.`);
  }
}

async function copyRevisions(
  couch: Couch,
  db: string,
  out: NdjsonWriter,
  options: BackupOptions,
  onWritten: (n: number) => void
): Promise<number> {
  const pageSize = options.pageSize ?? 1000;
  const bulkGetSize = options.bulkGetSize ?? 100;
  let since: string | number = 0;
  let written = 0;
  for (;;) {
    const page: ChangesPage = await couchCall(`_changes ${db}`, () =>
      couch.request({ db, path: '_changes', qs: { style: 'all_docs', since, limit: pageSize } })
    );
    const leaves = page.results
      .filter((change) => isBackedUpDoc(db, change.id))
      .flatMap((change) => change.changes.map((c) => ({ id: change.id, rev: c.rev })));
    for (let i = 0; i < leaves.length; i += bulkGetSize) {
      const docs = await fetchRevisions(couch, db, leaves.slice(i, i + bulkGetSize));
      for (const doc of docs) await out.write(doc);
      written += docs.length;
      onWritten(docs.length);
    }
    since = page.last_seq;
    if (page.results.length < pageSize) return written;
  }
}

async function fetchRevisions(couch: Couch, db: string, keys: { id: string; rev: string }[]): Promise<Record<string, unknown>[]> {
  const answer: BulkGetAnswer = await couchCall(`_bulk_get ${db}`, () =>
    couch.request({ db, path: '_bulk_get', method: 'POST', qs: { revs: true, attachments: true }, body: { docs: keys } })
  );
  const docs: Record<string, unknown>[] = [];
  for (const entry of answer.results.flatMap((result) => result.docs)) {
    if ('ok' in entry) {
      docs.push(entry.ok);
      continue;
    }
    const error = typeof entry.error === 'string' ? { error: entry.error, reason: entry.reason } : entry.error;
    // Updated since `_changes` listed it, and compacted: the new revision comes in a later page.
    if (error.error === 'not_found') continue;
    // Only the reason: a document id may carry personal data.
    throw new BackupError(`Satu revisi di ${db} tidak dapat dibaca (${error.error ?? ''}: ${error.reason ?? ''}). Ulangi pencadangan.`);
  }
  return docs;
}

function slrtVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
