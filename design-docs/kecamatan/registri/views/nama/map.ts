import type { Rumahtangga } from '$lib/domain/household';
import type { CouchDoc } from '../../../../couchdb-types';

/**
 * Households by every word of every member's name, for prefix search while typing.
 *
 * A word is the name lower-cased, with diacritics removed (é → e) and apostrophes dropped
 * (Ma'ruf → maruf), split on anything that is not a–z or 0–9. The search box must normalise what
 * is typed the same way, query its longest word as a prefix —
 * `startkey="<word>"&endkey="<word>\ufff0"` — and keep the rows whose `nama`, normalised,
 * holds the other typed words too. Engines without String.prototype.normalize split on an
 * accented letter instead of removing its accent (all engines CouchDB 3 ships have it).
 *
 * Value: the member and enough of the family (head, desa) to show a result line without loading
 * the household. Households proposed on pre-lists are here too (`statusRegistri` `prelist`, the
 * proposal's id: see registri/nik).
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
  for (const anggota of rumahtangga.anggota) {
    if (typeof anggota.nama !== 'string') continue;
    let nama = anggota.nama.toLowerCase();
    if (typeof nama.normalize === 'function') nama = nama.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const words = nama.replace(/['`\u2018\u2019]/g, '').split(/[^a-z0-9]+/);
    const emitted: string[] = [];
    for (const word of words) {
      if (word === '' || emitted.indexOf(word) !== -1) continue;
      emitted.push(word);
      emit(word, {
        rumahtanggaId: doc._id,
        nama: anggota.nama,
        nik: anggota.nik,
        hubungan: anggota.hubungan,
        kepala,
        desa: wilayah.desa,
        statusRegistri
      });
    }
  }
}
