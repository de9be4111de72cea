import { z } from 'zod';
import { baseDocFields, refTo, typeFields } from './base';
import { kodeDariKuesionerId, periodeSchema, semuaPertanyaan, type Kuesioner, type Pertanyaan } from './kuesioner';

export const nilaiJawabanSchema = z.union([z.string(), z.number(), z.boolean()]);
export type NilaiJawaban = z.infer<typeof nilaiJawabanSchema>;

/**
 * What a filled questionnaire reports on: a Puskesos (in this model, one per kecamatan, named
 * by the kecamatan's code), a kecamatan, or the kabupaten's SLRT secretariat.
 */
export const JENIS_UNIT = ['puskesos', 'kecamatan', 'kabupaten'] as const;
export type JenisUnit = (typeof JENIS_UNIT)[number];
export const unitSchema = z.object({ jenis: z.enum(JENIS_UNIT), kode: z.string().min(1) });
export type UnitMonitoring = z.infer<typeof unitSchema>;

export const kunciUnit = (u: UnitMonitoring): string => `${u.jenis}:${u.kode}`;

/**
 * One filled-in questionnaire, an immutable event; `jawaban` maps question ids to answers. A
 * correction is a new event naming the one it corrects (`menggantikan`, for the trail); the
 * latest per unit and period counts (terbaruPerUnit). A Puskesos' or kecamatan's answers name
 * that kecamatan in `wilayah` (they live in its database); the kabupaten's name no kecamatan.
 */
export const monitoringSchema = z
  .object({
    ...baseDocFields,
    ...typeFields('monitoring'),
    kuesionerId: refTo('kuesioner'),
    periode: periodeSchema,
    unit: unitSchema,
    menggantikan: refTo('monitoring').optional(),
    jawaban: z.record(z.string(), nilaiJawabanSchema)
  })
  .refine(
    (m) =>
      !m.wilayah.kabupaten ||
      (m.unit.jenis === 'kabupaten' ? m.unit.kode === m.wilayah.kabupaten && !m.wilayah.kecamatan : m.unit.kode === m.wilayah.kecamatan),
    {
    message: 'Unit harus sama dengan wilayah data: kecamatan untuk Puskesos dan kecamatan, kabupaten tanpa kecamatan untuk kabupaten',
      path: ['unit']
    }
  );
export type Monitoring = z.infer<typeof monitoringSchema>;

/** What is wrong with an answer that is there, or null. */
export function masalahNilai(p: Pertanyaan, nilai: NilaiJawaban): string | null {
  switch (p.jenis) {
    case 'angka':
      if (typeof nilai !== 'number' || !Number.isFinite(nilai)) return 'Jawaban harus angka';
      if (p.min !== undefined && nilai < p.min) return `Jawaban minimal ${p.min}`;
      if (p.maks !== undefined && nilai > p.maks) return `Jawaban maksimal ${p.maks}`;
      return null;
    case 'ya-tidak':
      return typeof nilai === 'boolean' ? null : 'Jawaban harus ya atau tidak';
    case 'pilihan':
      return typeof nilai === 'string' && p.pilihan.includes(nilai) ? null : `Jawaban harus salah satu dari ${p.pilihan.join(', ')}`;
    case 'teks':
      return typeof nilai === 'string' ? null : 'Jawaban harus teks';
  }
}

export const jawabanKosong = (nilai: NilaiJawaban | undefined): nilai is undefined =>
  nilai === undefined || (typeof nilai === 'string' && nilai.trim() === '');

/** A problem of a response, next to its question (`pertanyaanId`) or of the whole (null). */
export interface MasalahJawaban {
  pertanyaanId: string | null;
  pesan: string;
}

/**
 * Every problem of a response against the questionnaire version it answers, in Bahasa
 * Indonesia: a period before the version applies, missing required answers, answers of the
 * wrong kind, and answers to questions the version does not ask.
 */
export function periksaJawaban(
  kuesioner: Pick<Kuesioner, 'bagian' | 'mulai'>,
  monitoring: Pick<Monitoring, 'jawaban' | 'periode'>
): MasalahJawaban[] {
  const masalah: MasalahJawaban[] = [];
  if (monitoring.periode < kuesioner.mulai) {
    masalah.push({ pertanyaanId: null, pesan: `Kuesioner versi ini berlaku mulai ${kuesioner.mulai}, bukan untuk ${monitoring.periode}` });
  }
  const pertanyaan = semuaPertanyaan(kuesioner);
  for (const p of pertanyaan) {
    const nilai = monitoring.jawaban[p.id];
    if (jawabanKosong(nilai)) {
      if (p.wajib) masalah.push({ pertanyaanId: p.id, pesan: 'Wajib dijawab' });
      continue;
    }
    const m = masalahNilai(p, nilai);
    if (m) masalah.push({ pertanyaanId: p.id, pesan: m });
  }
  const dikenal = new Set(pertanyaan.map((p) => p.id));
  for (const id of Object.keys(monitoring.jawaban)) {
    if (!dikenal.has(id)) masalah.push({ pertanyaanId: null, pesan: `Jawaban "${id}" tidak ada pertanyaannya di kuesioner` });
  }
  return masalah;
}

/**
 * The answer that counts for each questionnaire, unit and period: the latest written (by `createdAt`, then
 * id, which is time-ordered too). Earlier ones stay as the record of what was corrected.
 */
export function terbaruPerUnit<M extends Pick<Monitoring, '_id' | 'createdAt' | 'periode' | 'unit' | 'kuesionerId'>>(semua: readonly M[]): M[] {
  const terbaru = new Map<string, M>();
  for (const m of semua) {
    const kunci = `${kodeDariKuesionerId(m.kuesionerId)}|${kunciUnit(m.unit)}|${m.periode}`;
    const lain = terbaru.get(kunci);
    if (!lain || m.createdAt > lain.createdAt || (m.createdAt === lain.createdAt && m._id > lain._id)) terbaru.set(kunci, m);
  }
  return [...terbaru.values()];
}
