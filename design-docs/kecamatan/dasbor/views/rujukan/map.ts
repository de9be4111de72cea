import type { CouchDoc, StoredWilayah } from '../../../../couchdb-types';

/**
 * Referrals by [programId, kanal, kecamatan], counted (`_count`): where cases were sent and how
 * (langsung / lapor / siks-ng). group_level 1 per programme, 2 per channel, 3 per kecamatan.
 */
export default function (doc: CouchDoc) {
  if (doc.type !== 'rujukan') return;
  const wilayah = (doc.wilayah || {}) as StoredWilayah;
  emit([doc.programId, doc.kanal, wilayah.kecamatan]);
}
