import type { CouchDoc, StoredWilayah } from '../../../../couchdb-types';

/**
 * Participation records by [rumahtanggaId, programId, bulan] (`bulan` = `YYYY-MM` of createdAt),
 * the value the desa: a household's records side by side, for the rollup's overlap of
 * programmes (app/lib/domain/irisan.ts), which reads the whole view in pages (`limit`,
 * `startkey`/`startkey_docid` of the last row, `skip=1`). No reduce: a household's set of
 * programmes is not a sum. Only codes leave a document.
 */
export default function (doc: CouchDoc) {
  if (doc.type !== 'kepesertaan' || typeof doc.createdAt !== 'string' || typeof doc.rumahtanggaId !== 'string') return;
  const wilayah = (doc.wilayah || {}) as StoredWilayah;
  if (typeof wilayah.desa !== 'string') return;
  emit([doc.rumahtanggaId, doc.programId, doc.createdAt.slice(0, 7)], wilayah.desa);
}
