import type { CouchDoc, StoredWilayah } from '../../../../couchdb-types';

/**
 * Review queues, part 2 of 2: every review decision, key [kecamatan, tahap, keputusan, createdAt]
 * with tahap 'supervisor' | 'manajer' and keputusan 'setuju' | 'kembalikan' | 'tolak'; value the
 * case it decides (kasusId) and the reviewer's note. How the two parts make a queue is written
 * in antrean/pengajuan.
 */
export default function (doc: CouchDoc) {
  if (doc.type !== 'review') return;
  const wilayah = (doc.wilayah || {}) as StoredWilayah;
  emit([wilayah.kecamatan, doc.tahap, doc.keputusan, doc.createdAt], {
    kasusId: doc.kasusId,
    catatan: doc.catatan,
    createdBy: doc.createdBy
  });
}
