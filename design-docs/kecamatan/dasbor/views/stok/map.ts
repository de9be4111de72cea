import type { CouchDoc } from '../../../../couchdb-types';

/**
 * The rollup's stock snapshots (type `stok`, app/lib/domain/dasbor-stok.ts; kabupaten databases
 * only), row by row under the keys of `dasbor/angka` with the snapshot's month:
 * `[figur, area, bulan, anak, ...dimensi]` → the sum of every month up to `bulan`. A district
 * reads its area's few rows, `startkey=[figur, area]&endkey=[figur, area, {}]`, instead of the
 * whole history of `dasbor/angka`. Map only: one document per figure, so no key repeats.
 */
export default function (doc: CouchDoc) {
  if (doc.type !== 'stok' || typeof doc.figur !== 'string' || typeof doc.bulan !== 'string' || !Array.isArray(doc.baris)) return;
  for (const [kunci, jumlah] of doc.baris as [unknown[], number][]) {
    emit([doc.figur, kunci[0], doc.bulan].concat(kunci.slice(1)), jumlah);
  }
}
