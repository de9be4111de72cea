import type { CouchDoc, StoredWilayah } from '../../../../couchdb-types';

/**
 * Responses by [hasil, kecamatan], counted (`_count`): how cases were handled (diterima,
 * ditolak, ditinjau, selesai, ditangani-langsung). group_level 1 per outcome, 2 per kecamatan.
 */
export default function (doc: CouchDoc) {
  if (doc.type !== 'tindaklanjut') return;
  const wilayah = (doc.wilayah || {}) as StoredWilayah;
  emit([doc.hasil, wilayah.kecamatan]);
}
