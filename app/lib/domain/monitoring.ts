import { z } from 'zod';
import { baseDocFields, refTo, typeFields } from './base';
import { periodeSchema, type Kuesioner, type Pertanyaan } from './kuesioner';

export const nilaiJawabanSchema = z.union([z.string(), z.number(), z.boolean()]);
export type NilaiJawaban = z.infer<typeof nilaiJawabanSchema>;

/** One filled-in questionnaire; `jawaban` maps question ids to answers. */
export const monitoringSchema = z.object({
  ...baseDocFields,
  ...typeFields('monitoring'),
  kuesionerId: refTo('kuesioner'),
  periode: periodeSchema,
  jawaban: z.record(z.string(), nilaiJawabanSchema)
});
export type Monitoring = z.infer<typeof monitoringSchema>;

function masalahJawaban(p: Pertanyaan, nilai: NilaiJawaban): string | null {
  switch (p.jenis) {
    case 'angka':
      if (typeof nilai !== 'number' || !Number.isFinite(nilai)) return `"${p.teks}": jawaban harus angka`;
      if (p.min !== undefined && nilai < p.min) return `"${p.teks}": jawaban minimal ${p.min}`;
      if (p.maks !== undefined && nilai > p.maks) return `"${p.teks}": jawaban maksimal ${p.maks}`;
      return null;
    case 'ya-tidak':
      return typeof nilai === 'boolean' ? null : `"${p.teks}": jawaban harus ya atau tidak`;
    case 'pilihan':
      return typeof nilai === 'string' && p.pilihan.includes(nilai)
        ? null
        : `"${p.teks}": jawaban harus salah satu dari ${p.pilihan.join(', ')}`;
    case 'teks':
      return typeof nilai === 'string' ? null : `"${p.teks}": jawaban harus teks`;
  }
}

/**
 * Every problem of a response against its questionnaire, in Bahasa Indonesia: missing required
 * answers, answers of the wrong kind, and answers to questions the questionnaire does not ask.
 */
export function periksaJawaban(
  kuesioner: Pick<Kuesioner, 'pertanyaan' | 'periode'>,
  monitoring: Pick<Monitoring, 'jawaban' | 'periode'>
): string[] {
  const masalah: string[] = [];
  if (monitoring.periode !== kuesioner.periode) {
    masalah.push(`Periode ${monitoring.periode} tidak sama dengan periode kuesioner ${kuesioner.periode}`);
  }
  for (const p of kuesioner.pertanyaan) {
    const nilai = monitoring.jawaban[p.id];
    const kosong = nilai === undefined || (typeof nilai === 'string' && nilai.trim() === '');
    if (kosong) {
      if (p.wajib) masalah.push(`"${p.teks}" wajib dijawab`);
      continue;
    }
    const m = masalahJawaban(p, nilai);
    if (m) masalah.push(m);
  }
  const dikenal = new Set(kuesioner.pertanyaan.map((p) => p.id));
  for (const id of Object.keys(monitoring.jawaban)) {
    if (!dikenal.has(id)) masalah.push(`Jawaban "${id}" tidak ada pertanyaannya di kuesioner`);
  }
  return masalah;
}
