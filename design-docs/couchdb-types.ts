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

/** `userCtx` of validate_doc_update. */
export interface UserCtx {
  name: string | null;
  roles: string[];
}

/** `secObj` of validate_doc_update: the database's `_security` (couch/provision/security.ts). */
export interface SecObj {
  members?: { names?: string[]; roles?: string[] };
}

/** The wilayah of a document as stored; each level may be missing on a malformed document. */
export interface StoredWilayah {
  provinsi?: unknown;
  kabupaten?: unknown;
  kecamatan?: unknown;
  desa?: unknown;
}
