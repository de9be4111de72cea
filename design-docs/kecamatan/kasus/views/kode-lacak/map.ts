import type { CouchDoc } from '../../../../couchdb-types';

/**
 * Cases by the tracking code on the citizen's receipt: key kodeLacak, id the case id (the
 * opener's `_id`). The public status page (`GET /api/lacak/:kode`) queries `key="7401-K3QM-8ZTD"`
 * as server admin, then reads the case's events from kasus/peristiwa. No value: the view must
 * not carry anything personal to whoever can read it.
 */
export default function (doc: CouchDoc) {
  if (doc.type !== 'keluhan' && doc.type !== 'usulan') return;
  if (typeof doc.kodeLacak !== 'string') return;
  emit(doc.kodeLacak, null);
}
