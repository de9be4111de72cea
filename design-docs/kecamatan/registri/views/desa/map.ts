import type { Rumahtangga } from '$lib/domain/household';
import type { CouchDoc } from '../../../../couchdb-types';

/**
 * Households by address: [desa, rw, rt]. A facilitator's round through one RT:
 * `startkey=["74.01.01.1002","002","001"]&endkey=["74.01.01.1002","002","001",{}]`;
 * a whole desa: `startkey=["74.01.01.1002"]&endkey=["74.01.01.1002",{}]`.
 */
export default function (doc: CouchDoc) {
  if (doc.type !== 'rumahtangga') return;
  const rumahtangga = doc as unknown as Rumahtangga;
  if (!Array.isArray(rumahtangga.anggota) || !rumahtangga.wilayah || !rumahtangga.alamat) return;
  let kepala = null;
  for (const anggota of rumahtangga.anggota) if (anggota.hubungan === 'kepala') kepala = anggota.nama;
  emit([rumahtangga.wilayah.desa, rumahtangga.alamat.rw, rumahtangga.alamat.rt], {
    kepala,
    noKK: rumahtangga.noKK,
    statusRegistri: rumahtangga.statusRegistri,
    jumlahAnggota: rumahtangga.anggota.length
  });
}
