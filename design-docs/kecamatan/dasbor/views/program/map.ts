import type { CouchDoc, StoredWilayah } from '../../../../couchdb-types';

/**
 * Programme participation and needs side by side, by [programId, kecamatan, desa], summed
 * (`_sum` of [kepesertaan, kebutuhan]): one query gives both, and their gap (kesenjangan,
 * needs not met) per programme. group_level 1 per programme, 2 per kecamatan, 3 per desa.
 * Counts records, not households: a household recorded twice for one programme counts twice.
 */
export default function (doc: CouchDoc) {
  let value: number[];
  if (doc.type === 'kepesertaan') value = [1, 0];
  else if (doc.type === 'kebutuhan') value = [0, 1];
  else return;
  const wilayah = (doc.wilayah || {}) as StoredWilayah;
  emit([doc.programId, wilayah.kecamatan, wilayah.desa], value);
}
