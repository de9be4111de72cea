import type { CouchDoc, StoredWilayah } from '../../../../couchdb-types';

/**
 * Proposals to the registry by [jenis, kecamatan, desa], counted (`_count`): proposed updates
 * (perubahan-data), additions (prelist) and PMKS data. group_level 1 per kind, 2 per kecamatan,
 * 3 per desa.
 */
export default function (doc: CouchDoc) {
  if (doc.type !== 'usulan') return;
  const wilayah = (doc.wilayah || {}) as StoredWilayah;
  emit([doc.jenis, wilayah.kecamatan, wilayah.desa]);
}
