import type { CouchDoc, StoredWilayah } from '../../../../couchdb-types';

/**
 * Every number of the dashboards (app/lib/domain/dasbor.ts, FIGUR), counted (`_count`). Each
 * record emits, per figure it counts in, two rows:
 *
 *   [figur, kabupaten, bulan, kecamatan, ...dimensi]
 *   [figur, kecamatan, bulan, desa,      ...dimensi]
 *
 * (`bulan` = `YYYY-MM` of createdAt), so one prefix range answers any area at any level:
 * `startkey=[figur, area, dari]&endkey=[figur, area, sampai, {}]&group_level=<whole key>` gives
 * one row per month, child area and combination of dimensions; the reader sums the months
 * (a stock starts at `dari = ""`). Dimensions per figure, in key order (CIRI_FIGUR):
 *   usulan [jenis] · kepesertaan, kebutuhan [programId, jenisKelamin, disabilitas] ·
 *   keluhan [kategori, programId, jenisKelamin, disabilitas] · rujukan [programId, kanal] ·
 *   tindaklanjut [hasil, programId] · anggota [jenisKelamin, disabilitas] (members of households) ·
 *   pemutakhiran [createdBy] (every field record a person wrote).
 * `jenisKelamin` L/P and `disabilitas` ya/tidak are those of the person concerned (`profil`);
 * `?` where a record does not say (older records, a complaint without a household, a response
 * without its programme), and `?` for the desa of a case event that names none. No name, NIK or address leaves a document.
 */
export default function (doc: CouchDoc) {
  if (typeof doc.type !== 'string' || typeof doc.createdAt !== 'string') return;
  const wilayah = (doc.wilayah || {}) as StoredWilayah;
  const bulan = doc.createdAt.slice(0, 7);
  const hitung = (figur: string, dimensi: unknown[]) => {
    emit([figur, wilayah.kabupaten, bulan, wilayah.kecamatan].concat(dimensi));
    emit([figur, wilayah.kecamatan, bulan, wilayah.desa || '?'].concat(dimensi));
  };
  const profil = (p: unknown): string[] => {
    const orang = (p || {}) as { jenisKelamin?: unknown; disabilitas?: unknown };
    const disabilitas = orang.disabilitas === true ? 'ya' : orang.disabilitas === false ? 'tidak' : '?';
    return [orang.jenisKelamin === 'L' || orang.jenisKelamin === 'P' ? orang.jenisKelamin : '?', disabilitas];
  };

  if (doc.type === 'rumahtangga') {
    const anggota = Array.isArray(doc.anggota) ? (doc.anggota as { jenisKelamin?: unknown; disabilitas?: unknown }[]) : [];
    for (const a of anggota) {
      hitung('anggota', profil({ jenisKelamin: a.jenisKelamin, disabilitas: a.disabilitas ? a.disabilitas !== 'tidak' : undefined }));
    }
    return;
  }
  if (doc.type === 'kepesertaan' || doc.type === 'kebutuhan') hitung(doc.type, [doc.programId].concat(profil(doc.profil)));
  else if (doc.type === 'keluhan') hitung('keluhan', [doc.kategori, doc.programId].concat(profil(doc.profil)));
  else if (doc.type === 'usulan') hitung('usulan', [doc.jenis]);
  else if (doc.type === 'rujukan') hitung('rujukan', [doc.programId, doc.kanal]);
  else if (doc.type === 'tindaklanjut') hitung('tindaklanjut', [doc.hasil, doc.programId || '?']);
  else return;
  if (doc.type !== 'rujukan' && doc.type !== 'tindaklanjut') hitung('pemutakhiran', [doc.createdBy]);
}
