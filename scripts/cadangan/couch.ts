/**
 * The CouchDB HTTP calls backup and restore share, through nano. Only requests that both
 * Apache CouchDB 3 and the embedded PouchDB Server answer the same way (STACK-NOTES): the
 * `_changes` and `_bulk_get` pair every replication uses, `_bulk_docs` with
 * `new_edits: false`, `_security` as admin.
 */
import nano from 'nano';

export type Couch = nano.ServerScope;

export interface DatabaseInfo {
  doc_count: number;
  /** Apache CouchDB only: PouchDB Server leaves it out. */
  doc_del_count?: number;
  update_seq: string | number;
}

export class CouchRequestError extends Error {
  override name = 'CouchRequestError';
}

/** nano's errors carry CouchDB's reason; the operator learns what was refused, never a document. */
export async function couchCall<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const e = error as { statusCode?: number; description?: string; message?: string; cause?: { code?: string } };
    if (e.statusCode) throw new CouchRequestError(`${what} ditolak server (${e.statusCode} ${e.description ?? e.message ?? ''}).`);
    throw new CouchRequestError(`${what} gagal: server basis data tidak dapat dihubungi (${e.cause?.code ?? e.message ?? 'tanpa keterangan'}).`);
  }
}

export function couchAt(adminUrl: string): Couch {
  return nano(adminUrl);
}

/** The server address without credentials, for messages and the manifest. */
export function serverLabel(adminUrl: string): string {
  const url = new URL(adminUrl);
  url.username = '';
  url.password = '';
  return url.href.replace(/\/$/, '');
}

export function databaseInfo(couch: Couch, db: string): Promise<DatabaseInfo> {
  return couchCall(`Info basis data ${db}`, () => couch.db.get(db));
}
