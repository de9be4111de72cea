import type { CouchDoc, StoredWilayah } from '../../../../couchdb-types';

/**
 * The supervisor's queue in one range (issue 10, item 5): every case of a kecamatan, its opener
 * and its steps, key [kecamatan, kasusId, createdAt]; query startkey=["K"]&endkey=["K",{}].
 *
 * - An opener (keluhan, kebutuhan, usulan) carries what a queue line shows: {jenis, desa,
 *   createdBy, rumahtanggaId, programId}, jenis as in antrean/pengajuan.
 * - A step (review, rujukan, tindaklanjut, perbaikan, banding) carries its type and the fields
 *   that move the case on, as in kasus/peristiwa.
 *
 * Steps are filed under their own wilayah: every step is written with its case opener's desa
 * (eventHead), which is also how the router puts it in the opener's kecamatan database. This
 * replaces querying antrean/pengajuan and the whole of kasus/peristiwa: one index to build
 * instead of two, one query, and no opener twice (domain/antrean.ts: `dataAntrean`).
 */
export default function (doc: CouchDoc) {
  const type = doc.type;
  const wilayah = (doc.wilayah || {}) as StoredWilayah;
  if (type === 'keluhan' || type === 'kebutuhan' || type === 'usulan') {
    emit([wilayah.kecamatan, doc._id, doc.createdAt], {
      jenis: type === 'usulan' ? doc.jenis : type,
      desa: wilayah.desa,
      createdBy: doc.createdBy,
      rumahtanggaId: doc.rumahtanggaId,
      programId: doc.programId
    });
  } else if (typeof doc.kasusId !== 'string') {
    return;
  } else if (type === 'review') {
    emit([wilayah.kecamatan, doc.kasusId, doc.createdAt], { type, tahap: doc.tahap, keputusan: doc.keputusan });
  } else if (type === 'rujukan') {
    emit([wilayah.kecamatan, doc.kasusId, doc.createdAt], { type, programId: doc.programId, kanal: doc.kanal });
  } else if (type === 'tindaklanjut') {
    emit([wilayah.kecamatan, doc.kasusId, doc.createdAt], { type, hasil: doc.hasil });
  } else if (type === 'perbaikan' || type === 'banding') {
    emit([wilayah.kecamatan, doc.kasusId, doc.createdAt], { type });
  }
}
