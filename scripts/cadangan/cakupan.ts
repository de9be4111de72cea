/**
 * What a backup holds and where it lies on disk: pure rules shared by `npm run backup`,
 * `npm run restore` and their tests.
 */
import { parseDbName } from '../../app/lib/domain/databases';

export const USERS_DB = '_users';
export const USER_DOC_PREFIX = 'org.couchdb.user:';
export const DEFAULT_BACKUP_ROOT = 'cadangan';

/**
 * The databases to back up, in a stable order: every SLRT database and `_users`. Left out:
 * `slrt-router`, whose route reports hold the old server's sequence numbers (the router
 * rebuilds it, and its checkpoints live in `_local` documents, which no backup holds), and
 * any database that is not SLRT's (`_replicator`, another application's).
 */
export function databasesToBackUp(allDbs: readonly string[]): string[] {
  const slrt = allDbs.filter((name) => {
    const kind = parseDbName(name);
    return kind !== null && kind.kind !== 'router';
  });
  return [...(allDbs.includes(USERS_DB) ? [USERS_DB] : []), ...slrt.sort()];
}

/**
 * Of `_users`, only the user documents: its design document and `_security` belong to the
 * server (CouchDB 3 writes its own and refuses a `_security` change by default).
 */
export function isBackedUpDoc(db: string, id: string): boolean {
  return db !== USERS_DB || id.startsWith(USER_DOC_PREFIX);
}

/** Whether the backup carries the database's `_security` (see isBackedUpDoc). */
export function hasBackedUpSecurity(db: string): boolean {
  return db !== USERS_DB;
}

/** `2026-12-02T1100`: the minute the backup started, in UTC, sortable and safe in any file system. */
export function backupFolderName(at: Date): string {
  return at.toISOString().slice(0, 16).replace(':', '');
}

/** The NDJSON file of one database, inside the backup folder. */
export function databaseFileName(db: string): string {
  return `${encodeURIComponent(db)}.ndjson`;
}
