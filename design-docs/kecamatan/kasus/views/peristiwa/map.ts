import type { CouchDoc } from '../../../../couchdb-types';

/**
 * Every document of a case, in time order: key [kasusId, createdAt]. The case id is the `_id` of
 * its opener (keluhan, kebutuhan, usulan); reviews, referrals, responses, corrections
 * (perbaikan) and appeals (banding) name it in `kasusId`.
 *
 * One case's timeline: `startkey=["<kasusId>"]&endkey=["<kasusId>",{}]&include_docs=true`.
 * Value: the type and the one field that moves the case on (tahap/keputusan of a review, programId
 * and kanal of a referral, hasil of a response), so a status line needs no documents: the rows
 * of many cases at once, without documents, give each case's status (domain/antrean.ts).
 */
export default function (doc: CouchDoc) {
  const type = doc.type;
  if (type === 'keluhan' || type === 'kebutuhan' || type === 'usulan') {
    emit([doc._id, doc.createdAt], { type });
  } else if (typeof doc.kasusId !== 'string') {
    return;
  } else if (type === 'review') {
    emit([doc.kasusId, doc.createdAt], { type, tahap: doc.tahap, keputusan: doc.keputusan });
  } else if (type === 'rujukan') {
    emit([doc.kasusId, doc.createdAt], { type, programId: doc.programId, kanal: doc.kanal });
  } else if (type === 'tindaklanjut') {
    emit([doc.kasusId, doc.createdAt], { type, hasil: doc.hasil });
  } else if (type === 'perbaikan' || type === 'banding') {
    emit([doc.kasusId, doc.createdAt], { type });
  }
}
