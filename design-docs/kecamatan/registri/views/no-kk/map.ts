import type { Rumahtangga } from '$lib/domain/household';
import type { CouchDoc } from '../../../../couchdb-types';

/**
 * Households by family card number (No. KK), and those proposed on pre-lists (`statusRegistri`
 * `prelist`, the proposal's id: see registri/nik). Query: `key="7401010101100001"`.
 * Value: what a result line shows without loading the household.
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
  if (!rumahtangga || !Array.isArray(rumahtangga.anggota) || !wilayah) return;
  let kepala = null;
  for (const anggota of rumahtangga.anggota) if (anggota.hubungan === 'kepala') kepala = anggota.nama;
  emit(rumahtangga.noKK, {
    kepala,
    desa: wilayah.desa,
    statusRegistri,
    jumlahAnggota: rumahtangga.anggota.length
  });
}
