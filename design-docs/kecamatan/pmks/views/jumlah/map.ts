import type { CouchDoc, StoredWilayah } from '../../../../couchdb-types';

/**
 * The numbers of the PMKS/PSKS data center (Kolaka's Data Center, source 004), counted
 * (`_count`). A PMKS record emits two rows, so one prefix range answers any area:
 *
 *   ['pmks', kabupaten, kecamatan, jenisPmks, jenisKelamin, tanggalLahir]
 *   ['pmks', kecamatan, desa,      jenisPmks, jenisKelamin, tanggalLahir]
 *
 * `startkey=['pmks', area]&endkey=['pmks', area, {}]&group_level=6` gives the counts of an area
 * by child area, type, sex and birth date; a desa is `['pmks', kecamatan, desa]`. The birth date,
 * not an age group, is in the key: an age changes with time, a map runs only when its document
 * changes, so the reader groups ages on the day it asks for (app/lib/domain/pusat-data.ts).
 * There is at most one group per record, and only readers of the database (who may read the
 * record itself) see it. `?` where the record does not say.
 *
 * A PSKS record (kecamatan level) emits ['psks', kabupaten, kecamatan, jenisPsks].
 */
export default function (doc: CouchDoc) {
  const wilayah = (doc.wilayah || {}) as StoredWilayah;
  if (doc.type === 'pmks') {
    const jenisKelamin = doc.jenisKelamin === 'L' || doc.jenisKelamin === 'P' ? doc.jenisKelamin : '?';
    const lahir = typeof doc.tanggalLahir === 'string' ? doc.tanggalLahir : '?';
    emit(['pmks', wilayah.kabupaten, wilayah.kecamatan, doc.jenisPmks, jenisKelamin, lahir]);
    emit(['pmks', wilayah.kecamatan, wilayah.desa, doc.jenisPmks, jenisKelamin, lahir]);
  } else if (doc.type === 'psks') {
    emit(['psks', wilayah.kabupaten, wilayah.kecamatan, doc.jenisPsks]);
  }
}
