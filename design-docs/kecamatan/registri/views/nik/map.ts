import type { Rumahtangga } from '$lib/domain/household';
import type { CouchDoc } from '../../../../couchdb-types';

/**
 * Households by the NIK of every member: the registry search by national ID number.
 * Query: `key="7401014507850001"`. More than one row means the NIK sits in two households
 * (a move not yet settled, or a family also proposed on a pre-list): the app shows both.
 *
 * Like the device's search (app/lib/search/entri.ts), the registry views hold the households
 * proposed on pre-lists too — a `usulan` of jenis `prelist`, its household in `rumahtangga` —
 * with `statusRegistri` `prelist` and the proposal's id, so a desk searching the server finds
 * them as a tablet does. The database is the read boundary: they are read by whoever reads the
 * proposals themselves.
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
  if (!rumahtangga || !Array.isArray(rumahtangga.anggota)) return;
  for (const anggota of rumahtangga.anggota) {
    emit(anggota.nik, { rumahtanggaId: doc._id, nama: anggota.nama, hubungan: anggota.hubungan, statusRegistri });
  }
}
