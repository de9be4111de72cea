/**
 * Shapes CouchDB hands to design-document functions. Imported with `import type` only: design
 * documents carry no runtime imports.
 */

/** Any stored document as a map or validate function sees it: nothing beyond `_id` is certain. */
export interface CouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  type?: unknown;
  [field: string]: unknown;
}

/** `userCtx` of validate_doc_update; `db` is set by Apache CouchDB and by express-pouchdb. */
export interface UserCtx {
  db?: string;
  name: string | null;
  roles: string[];
}

/** The wilayah of a document as stored; each level may be missing on a malformed document. */
export interface StoredWilayah {
  provinsi?: unknown;
  kabupaten?: unknown;
  kecamatan?: unknown;
  desa?: unknown;
}
