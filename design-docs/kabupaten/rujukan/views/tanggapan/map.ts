import type { CouchDoc } from '../../../../couchdb-types';

/**
 * Responses by the referral they answer (tindaklanjut.rujukanId). Query several referrals at once
 * with `POST {"keys": ["rujukan:…", …]}`: a referral without a row has not been answered; the
 * newest row's `hasil` is where it stands. Responses of back office that handled a case itself
 * name no referral and are not here (see kasus/peristiwa).
 */
export default function (doc: CouchDoc) {
  if (doc.type !== 'tindaklanjut' || typeof doc.rujukanId !== 'string') return;
  emit(doc.rujukanId, { kasusId: doc.kasusId, hasil: doc.hasil, createdAt: doc.createdAt });
}
