import type { CouchDoc, StoredWilayah } from '../../../../couchdb-types';

/**
 * Review queues, part 1 of 2: every submission that opens a case, by kecamatan, kind and time:
 * key [kecamatan, jenis, createdAt], jenis = 'perubahan-data' | 'prelist' | 'pmks' (an usulan's
 * own jenis), 'kebutuhan' or 'keluhan'. Value: the case id and what a queue line shows.
 *
 * Map/reduce cannot subtract, so "what still waits" is these rows minus the decisions in
 * antrean/keputusan (key [kecamatan, tahap, keputusan, createdAt], value.kasusId):
 *
 * - Supervisor of kecamatan K, kind J:
 *     pengajuan  startkey=["K","J"]&endkey=["K","J",{}]
 *   minus every kasusId of
 *     keputusan  startkey=["K","supervisor"]&endkey=["K","supervisor",{}]
 *   Leave out J (startkey=["K"]&endkey=["K",{}]) for the whole queue. A returned case
 *   (`kembalikan`) no longer waits here: it waits on its submitter, listed by
 *     keputusan  startkey=["K","supervisor","kembalikan"]&endkey=["K","supervisor","kembalikan",{}]
 *   and the corrected submission comes back as a new document.
 * - Manager (in the kabupaten database, every K in turn or one K): the kasusIds of
 *     keputusan  startkey=["K","supervisor","setuju"]&endkey=["K","supervisor","setuju",{}]
 *   minus every kasusId of
 *     keputusan  startkey=["K","manajer"]&endkey=["K","manajer",{}]
 *
 * Both sides of a subtraction are one kecamatan's keys and small values, a few thousand rows a
 * year, cheap to fetch whole.
 */
export default function (doc: CouchDoc) {
  const type = doc.type;
  let jenis: unknown;
  if (type === 'usulan') jenis = doc.jenis;
  else if (type === 'keluhan' || type === 'kebutuhan') jenis = type;
  else return;
  const wilayah = (doc.wilayah || {}) as StoredWilayah;
  emit([wilayah.kecamatan, jenis, doc.createdAt], {
    kasusId: doc._id,
    desa: wilayah.desa,
    rumahtanggaId: doc.rumahtanggaId,
    programId: doc.programId,
    createdBy: doc.createdBy
  });
}
