import type { Rumahtangga } from '$lib/domain/household';
import type { CouchDoc } from '../../../../couchdb-types';

/**
 * Households by address: [desa, rw, rt], and those proposed on pre-lists (`statusRegistri`
 * `prelist`, the proposal's id: see registri/nik). A facilitator's round through one RT:
 * `startkey=["74.01.01.1002","002","001"]&endkey=["74.01.01.1002","002","001",{}]`;
 * a whole desa: `startkey=["74.01.01.1002"]&endkey=["74.01.01.1002",{}]`.
 */
export default function (doc: CouchDoc) {
  let rumahtangga: Partial<Rumahtangga> | null = null;
  let statusRegistri: unknown = null;
  if (doc.type === 'rumahtangga') {
    rumahtangga = doc as unknown as Rumahtangga;
    statusRegistri = rumahtangga.statusRegistri;
  } else if (doc.type === 'usulan' && doc.jenis === 'prelist' && doc.rumahtangga && typeof doc.rumahtangga === 'object') {
    rumahtangga = doc.rumahtangga as Partial<Rumahtangga>;
    statusRegistri = 'prelist';
  }
  const wilayah = doc.wilayah as Rumahtangga['wilayah'] | undefined;
  if (!rumahtangga || !Array.isArray(rumahtangga.anggota) || !wilayah || !rumahtangga.alamat) return;
  let kepala = null;
  for (const anggota of rumahtangga.anggota) if (anggota.hubungan === 'kepala') kepala = anggota.nama;
  emit([wilayah.desa, rumahtangga.alamat.rw, rumahtangga.alamat.rt], {
    kepala,
    noKK: rumahtangga.noKK,
    statusRegistri,
    jumlahAnggota: rumahtangga.anggota.length
  });
}
