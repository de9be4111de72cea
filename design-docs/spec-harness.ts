import { runInNewContext } from 'node:vm';
import { buildDesignDocs, type DbKindName, type DesignDoc } from './build';
import { parseDbName } from '../app/lib/domain/databases';
import { securityFor } from '../couch/provision/security';
import type { SecObj, UserCtx } from './couchdb-types';

/**
 * Runs the design-document functions the build produced, as CouchDB runs them: the source
 * string evaluated alone in a fresh JavaScript context that has `emit` and nothing of Node
 * (no require, no process), with documents passed as JSON. A function that leaned on anything
 * outside itself fails here as it would on the server.
 */

const built = buildDesignDocs();

export function designDoc(kind: DbKindName, name: string): DesignDoc {
  const doc = built[kind].find((d) => d._id === `_design/${name}`);
  if (!doc) throw new Error(`no _design/${name} in ${kind} databases`);
  return doc;
}

export interface Row {
  key: unknown;
  value: unknown;
}

const asJson = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

/** The map function of `ddoc/view` (from kecamatan databases unless `kind` says otherwise). */
export function mapOf(ddoc: string, view: string, kind: DbKindName = 'kecamatan'): (doc: object) => Row[] {
  const source = designDoc(kind, ddoc).views?.[view]?.map;
  if (!source) throw new Error(`no view ${ddoc}/${view} in ${kind} databases`);
  let rows: Row[] = [];
  const emit = (key: unknown, value: unknown = null) => rows.push(asJson({ key, value }));
  const map = runInNewContext(`(${source})`, { emit }) as (doc: unknown) => void;
  return (doc) => {
    rows = [];
    map(asJson(doc));
    return rows;
  };
}

/** Every row a view emits for `docs`, in key order. */
export function rowsOf(map: (doc: object) => Row[], docs: object[]): Row[] {
  return docs.flatMap(map).sort((a, b) => compareKeys(a.key, b.key));
}

/** The rows of `startkey=[...prefix]&endkey=[...prefix, {}]`. */
export function rowsUnder(rows: Row[], prefix: unknown[]): Row[] {
  return rows.filter(
    (row) => Array.isArray(row.key) && prefix.every((part, i) => JSON.stringify((row.key as unknown[])[i]) === JSON.stringify(part))
  );
}

/**
 * Orders keys as CouchDB does for the keys of these views (arrays element by element, then
 * ASCII strings); not a general implementation of its collation.
 */
function compareKeys(a: unknown, b: unknown): number {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compareKeys(a[i], b[i]);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/** What `group_level=n` of a `_count` or `_sum` view returns for `rows`. */
export function reduceRows(rows: Row[], reduce: string, groupLevel: number): Row[] {
  const groups = new Map<string, Row>();
  for (const row of rows) {
    const key = Array.isArray(row.key) ? row.key.slice(0, groupLevel) : row.key;
    const id = JSON.stringify(key);
    const add = reduce === '_count' ? 1 : (row.value as number | number[]);
    const group = groups.get(id);
    if (!group) groups.set(id, { key, value: add });
    else if (Array.isArray(add)) group.value = (group.value as number[]).map((v, i) => v + add[i]);
    else group.value = (group.value as number) + add;
  }
  return [...groups.values()];
}

export type Verdict = 'allowed' | { forbidden: string } | { unauthorized: string };

type Validate = (newDoc: object, oldDoc: object | null, userCtx: UserCtx, secObj: SecObj) => void;

/** The validate_doc_update of `ddoc` in `kind` databases, answering what CouchDB would. */
/**
 * The validate_doc_update of `ddoc` in `kind` databases, answering what CouchDB would in the
 * database named `db`, whose `_security` is what provisioning gives it.
 */
export function validatorOf(
  kind: DbKindName,
  ddoc = 'validasi'
): (newDoc: object, oldDoc: object | null, userCtx: UserCtx, db: string) => Verdict {
  const source = designDoc(kind, ddoc).validate_doc_update;
  if (!source) throw new Error(`no validate_doc_update in _design/${ddoc} of ${kind} databases`);
  const validate = runInNewContext(`(${source})`, {}) as Validate;
  return (newDoc, oldDoc, userCtx, db) => {
    const kindOfDb = parseDbName(db);
    const secObj = kindOfDb ? securityFor(kindOfDb) : { members: { names: [], roles: [] } };
    try {
      validate(asJson(newDoc), asJson(oldDoc), asJson(userCtx), asJson(secObj));
      return 'allowed';
    } catch (thrown) {
      if (thrown && typeof thrown === 'object' && ('forbidden' in thrown || 'unauthorized' in thrown)) {
        return { ...(thrown as { forbidden: string } | { unauthorized: string }) };
      }
      throw thrown;
    }
  };
}
