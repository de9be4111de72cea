import type { CouchDoc } from '../../../../couchdb-types';

/**
 * The rollup's overlap documents of the district (type `irisan`, app/lib/domain/irisan.ts) by
 * month: the stock at a month is the last one up to it,
 * `descending=true&startkey="2025-03"&endkey=""&limit=1&include_docs=true`.
 */
export default function (doc: CouchDoc) {
  if (doc.type === 'irisan' && typeof doc.bulan === 'string') emit(doc.bulan);
}
