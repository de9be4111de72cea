import type { Rumahtangga } from '$lib/domain/household';
import type { CouchDoc } from '../../../../couchdb-types';

/**
 * Households by the NIK of every member: the registry search by national ID number.
 * Query: `key="7401014507850001"`. More than one row means the NIK sits in two households
 * (a move not yet settled): the app shows both.
 */
export default function (doc: CouchDoc) {
  if (doc.type !== 'rumahtangga') return;
  const rumahtangga = doc as unknown as Rumahtangga;
  if (!Array.isArray(rumahtangga.anggota)) return;
  for (const anggota of rumahtangga.anggota) {
    emit(anggota.nik, { rumahtanggaId: doc._id, nama: anggota.nama, hubungan: anggota.hubungan });
  }
}
