import type { CouchDoc, StoredWilayah } from '../../../../couchdb-types';

/**
 * Referrals by [programId, createdAt]: a programme manager's inbox (in its rujukan database) and
 * the secretariat's follow-up of every referral (in the kabupaten database).
 * Query, newest first: `descending=true&startkey=["pkh",{}]&endkey=["pkh"]`. Which of them are
 * still unanswered: POST their ids as `keys` to rujukan/tanggapan.
 */
export default function (doc: CouchDoc) {
  if (doc.type !== 'rujukan') return;
  const wilayah = (doc.wilayah || {}) as StoredWilayah;
  emit([doc.programId, doc.createdAt], {
    kasusId: doc.kasusId,
    tujuan: doc.tujuan,
    namaTujuan: doc.namaTujuan,
    kanal: doc.kanal,
    kecamatan: wilayah.kecamatan
  });
}
