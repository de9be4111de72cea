import type { Rumahtangga } from '$lib/domain/household';
import type { CouchDoc } from '../../../../couchdb-types';

/**
 * Households by family card number (No. KK). Query: `key="7401010101100001"`.
 * Value: what a result line shows without loading the household.
 */
export default function (doc: CouchDoc) {
  if (doc.type !== 'rumahtangga') return;
  const rumahtangga = doc as unknown as Rumahtangga;
  if (!Array.isArray(rumahtangga.anggota) || !rumahtangga.wilayah) return;
  let kepala = null;
  for (const anggota of rumahtangga.anggota) if (anggota.hubungan === 'kepala') kepala = anggota.nama;
  emit(rumahtangga.noKK, {
    kepala,
    desa: rumahtangga.wilayah.desa,
    statusRegistri: rumahtangga.statusRegistri,
    jumlahAnggota: rumahtangga.anggota.length
  });
}
