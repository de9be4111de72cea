import type { CouchDoc, StoredWilayah } from '../../../../couchdb-types';

/**
 * Complaints by [kategori, programId, kecamatan, desa], counted (`_count`): complaint types per
 * programme. group_level 1 per category (kepesertaan / non-kepesertaan), 2 per programme,
 * 3 per kecamatan, 4 per desa.
 */
export default function (doc: CouchDoc) {
  if (doc.type !== 'keluhan') return;
  const wilayah = (doc.wilayah || {}) as StoredWilayah;
  emit([doc.kategori, doc.programId, wilayah.kecamatan, wilayah.desa]);
}
