import type { CouchDoc, StoredWilayah } from '../../../../couchdb-types';

/**
 * Every number of the dashboards (app/lib/domain/dasbor.ts, FIGUR), summed (`_sum`): a record
 * counts 1 — except in `kesenjangan`, where an event that meets a need counts −1 (and one that
 * takes that back +1) under the need's keys. Each record emits, per figure it counts in, two rows:
 *
 *   [figur, kabupaten, bulan, kecamatan, ...dimensi]
 *   [figur, kecamatan, bulan, desa,      ...dimensi]
 *
 * (`bulan` = `YYYY-MM` of createdAt), so one prefix range answers any area at any level:
 * `startkey=[figur, area, dari]&endkey=[figur, area, sampai, {}]&group_level=<whole key>` gives
 * one row per month, child area and combination of dimensions; the reader sums the months
 * (a stock starts at `dari = ""`). Dimensions per figure, in key order (CIRI_FIGUR):
 *   usulan [jenis] · verifikasi [hasil] · kepesertaan, kebutuhan [programId, ...profil] ·
 *   keluhan [kategori, programId, ...profil] · rujukan [programId, kanal] ·
 *   tindaklanjut [hasil, programId] · penyelesaian [programId, hari] (a closing response's
 *   `hariSejakDibuka`: the reader makes median and 90th percentile from these counts) · anggota [...profil] (members of households, age at the household's createdAt) ·
 *   pemutakhiran [createdBy] (every field record a person wrote) ·
 *   kesenjangan [programId, ...profil]: +1 per need, −1 per response whose
 *   `pemenuhan` is `terpenuhi` (a programme's acceptance, or the secretariat handling the case;
 *   +1 `batal`), −1 per need a participation lists in `memenuhi`, and the rollup's `koreksi`
 *   rows where a need was met twice (app/lib/domain/kesenjangan.ts says when a need is met).
 * profil = [jenisKelamin L/P, disabilitas ya/tidak, kelompokUmur balita/anak/dewasa/lansia] of the
 * person concerned (`profil`);
 * `?` where a record does not say (older records, a complaint without a household, a response
 * without its programme), and `?` for the desa of a case event that names none. No name, NIK or address leaves a document.
 */
export default function (doc: CouchDoc) {
  const profil = (p: unknown): string[] => {
    const orang = (p || {}) as { jenisKelamin?: unknown; disabilitas?: unknown; kelompokUmur?: unknown };
    const disabilitas = orang.disabilitas === true ? 'ya' : orang.disabilitas === false ? 'tidak' : '?';
    const umur = typeof orang.kelompokUmur === 'string' ? orang.kelompokUmur : '?';
    return [orang.jenisKelamin === 'L' || orang.jenisKelamin === 'P' ? orang.jenisKelamin : '?', disabilitas, umur];
  };
  // The rollup's corrections to the gap (kesenjangan-koreksi.ts), under the keys of the events they correct.
  if (doc.type === 'koreksi' && Array.isArray(doc.baris)) {
    type Baris = { bulan: string; kecamatan: string; desa: string; programId: string; profil: unknown; n: number };
    for (const b of doc.baris as Baris[]) {
      const dimensi = [b.programId].concat(profil(b.profil));
      emit(['kesenjangan', doc.kabupaten, b.bulan, b.kecamatan].concat(dimensi), b.n);
      emit(['kesenjangan', b.kecamatan, b.bulan, b.desa].concat(dimensi), b.n);
    }
    return;
  }
  if (typeof doc.type !== 'string' || typeof doc.createdAt !== 'string') return;
  const wilayah = (doc.wilayah || {}) as StoredWilayah;
  const bulan = doc.createdAt.slice(0, 7);
  const hitung = (figur: string, dimensi: unknown[], nilai = 1) => {
    emit([figur, wilayah.kabupaten, bulan, wilayah.kecamatan].concat(dimensi), nilai);
    emit([figur, wilayah.kecamatan, bulan, wilayah.desa || '?'].concat(dimensi), nilai);
  };
  // kelompokUmur of app/lib/domain/kelompok-umur.ts (a view cannot import it; the spec checks they agree).
  const kelompokUmur = (lahir: unknown, pada: string): string => {
    if (typeof lahir !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(lahir)) return '?';
    const [ly, lm, ld] = lahir.split('-').map(Number);
    const [py, pm, pd] = pada.split('-').map(Number);
    const umur = py - ly - (pm < lm || (pm === lm && pd < ld) ? 1 : 0);
    return umur >= 60 ? 'lansia' : umur >= 18 ? 'dewasa' : umur >= 6 ? 'anak' : 'balita';
  };

  if (doc.type === 'rumahtangga') {
    const anggota = Array.isArray(doc.anggota) ? (doc.anggota as { jenisKelamin?: unknown; disabilitas?: unknown; tanggalLahir?: unknown }[]) : [];
    for (const a of anggota) {
      const disabilitas = a.disabilitas ? a.disabilitas !== 'tidak' : undefined;
      hitung('anggota', profil({ jenisKelamin: a.jenisKelamin, disabilitas, kelompokUmur: kelompokUmur(a.tanggalLahir, doc.createdAt.slice(0, 10)) }));
    }
    return;
  }
  type Ringkasan = { programId?: unknown; profil?: unknown };
  const kesenjangan = (k: Ringkasan, nilai: number) => hitung('kesenjangan', [k.programId].concat(profil(k.profil)), nilai);
  if (doc.type === 'kebutuhan') kesenjangan(doc as Ringkasan, 1);
  if (doc.type === 'kepesertaan' && Array.isArray(doc.memenuhi)) for (const k of doc.memenuhi as Ringkasan[]) kesenjangan(k, -1);
  const pemenuhan = doc.type === 'tindaklanjut' ? (doc.pemenuhan as (Ringkasan & { arah?: unknown }) | undefined) : undefined;
  if (pemenuhan) kesenjangan(pemenuhan, pemenuhan.arah === 'batal' ? 1 : -1);

  if (doc.type === 'kepesertaan' || doc.type === 'kebutuhan') hitung(doc.type, [doc.programId].concat(profil(doc.profil)));
  else if (doc.type === 'keluhan') hitung('keluhan', [doc.kategori, doc.programId].concat(profil(doc.profil)));
  else if (doc.type === 'usulan') hitung('usulan', [doc.jenis]);
  else if (doc.type === 'verifikasi') hitung('verifikasi', [doc.hasil]);
  else if (doc.type === 'rujukan') hitung('rujukan', [doc.programId, doc.kanal]);
  else if (doc.type === 'tindaklanjut') {
    hitung('tindaklanjut', [doc.hasil, doc.programId || '?']);
    if (typeof doc.hariSejakDibuka === 'number') hitung('penyelesaian', [doc.programId || '?', doc.hariSejakDibuka]);
  }
  else return;
  if (doc.type !== 'rujukan' && doc.type !== 'tindaklanjut') hitung('pemutakhiran', [doc.createdBy]);
}
