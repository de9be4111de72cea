import type { CouchDoc } from '../../../../couchdb-types';

/**
 * Aggregate documents (app/lib/domain/agregat.ts) by [wilayah, figur, bulan], and the overlap
 * of programmes (app/lib/domain/irisan.ts) as figure `irisan`, where wilayah is
 * `''` (the country), the province and the kabupaten: one range reads a figure's months for
 * any of the three. `startkey=[wilayah, figur, dari]&endkey=[wilayah, figur, sampai, {}]
 * &include_docs=true` (`dari = ""` for a stock). No reduce: the documents are the numbers.
 */
export default function (doc: CouchDoc) {
  if ((doc.type !== 'agregat' && doc.type !== 'irisan') || typeof doc.kabupaten !== 'string') return;
  const kabupaten = doc.kabupaten;
  const figur = doc.type === 'irisan' ? 'irisan' : doc.figur;
  for (const wilayah of ['', kabupaten.slice(0, 2), kabupaten]) emit([wilayah, figur, doc.bulan]);
}
