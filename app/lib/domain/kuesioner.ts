import { z } from 'zod';
import { mutableDocFields, typeFields } from './base';
import { compactCode } from './wilayah';

/** Monitoring runs every quarter (guideline VII): `2025-TW1` … `2025-TW4`. */
export const periodeSchema = z
  .string()
  .regex(/^\d{4}-TW[1-4]$/, 'Periode harus triwulan seperti 2025-TW1');

/** The quarter a day (`YYYY-MM-DD`) falls in. */
export function periodeTriwulan(tanggal: string): string {
  const [tahun, bulan] = tanggal.split('-').map(Number);
  return `${tahun}-TW${Math.ceil(bulan / 3)}`;
}

/** The quarter `n` quarters after `periode` (before it when `n` is negative). */
export function geserPeriode(periode: string, n: number): string {
  const [tahun, tw] = periode.split('-TW').map(Number);
  const urut = tahun * 4 + (tw - 1) + n;
  return `${Math.floor(urut / 4)}-TW${(urut % 4) + 1}`;
}

const kodeSchema = (pesan: string) => z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, pesan);

const pertanyaanFields = {
  /** Stable key of the answer in `monitoring.jawaban`, kept from one version to the next. */
  id: kodeSchema('Kode pertanyaan hanya huruf kecil, angka dan tanda hubung'),
  teks: z.string().trim().min(1, 'Teks pertanyaan wajib diisi'),
  wajib: z.boolean()
};

export const pertanyaanSchema = z.discriminatedUnion('jenis', [
  z
    .object({
      ...pertanyaanFields,
      jenis: z.literal('angka'),
      min: z.number().optional(),
      maks: z.number().optional()
    })
    .refine((p) => p.min === undefined || p.maks === undefined || p.min <= p.maks, {
      message: 'Nilai minimal tidak boleh lebih dari nilai maksimal',
      path: ['maks']
    }),
  z.object({ ...pertanyaanFields, jenis: z.literal('ya-tidak') }),
  z.object({
    ...pertanyaanFields,
    jenis: z.literal('pilihan'),
    pilihan: z
      .array(z.string().trim().min(1, 'Pilihan tidak boleh kosong'))
      .min(2, 'Pertanyaan pilihan harus punya minimal dua pilihan')
      .refine((ps) => new Set(ps).size === ps.length, { message: 'Pilihan tidak boleh sama' })
  }),
  z.object({ ...pertanyaanFields, jenis: z.literal('teks') })
]);
export type Pertanyaan = z.infer<typeof pertanyaanSchema>;
export type JenisPertanyaan = Pertanyaan['jenis'];
export const JENIS_PERTANYAAN: readonly JenisPertanyaan[] = ['angka', 'ya-tidak', 'pilihan', 'teks'];

export const bagianSchema = z.object({
  judul: z.string().trim().min(1, 'Judul bagian wajib diisi'),
  pertanyaan: z.array(pertanyaanSchema).min(1, 'Bagian harus berisi minimal satu pertanyaan')
});
export type BagianKuesioner = z.infer<typeof bagianSchema>;

/**
 * One version of a questionnaire. `kode` names the questionnaire across its versions; each
 * version is its own document, `kuesioner:<kabupaten>:<kode>-v<versi>` (kuesionerDocId), and
 * a filled questionnaire points at the version it answered. A version is never rewritten once
 * written: a change is saved as the next version (kuesioner.service), so an answer always
 * reads against the questions it was given. The id is derived, not random, so two managers who
 * both save "version 3" offline make one document in conflict (shown to a person in
 * /sinkronisasi), never two different version 3s, and provisioning's seed is idempotent.
 * `mulai` is the first quarter the version is used for (kuesionerBerlaku).
 */
export const kuesionerSchema = z
  .object({
    ...mutableDocFields,
    ...typeFields('kuesioner'),
    kode: kodeSchema('Kode kuesioner hanya huruf kecil, angka dan tanda hubung'),
    versi: z.number().int().positive('Versi harus bilangan bulat positif'),
    judul: z.string().trim().min(1, 'Judul kuesioner wajib diisi'),
    mulai: periodeSchema,
    bagian: z.array(bagianSchema).min(1, 'Kuesioner harus berisi minimal satu bagian')
  })
  .refine((k) => new Set(semuaPertanyaan(k).map((p) => p.id)).size === semuaPertanyaan(k).length, {
    message: 'Kode pertanyaan tidak boleh sama',
    path: ['bagian']
  })
  .refine((k) => !k.wilayah.kabupaten || k._id === kuesionerDocId(k.wilayah.kabupaten, k.kode, k.versi), {
    message: 'ID kuesioner harus kuesioner:<kabupaten>:<kode>-v<versi>',
    path: ['_id']
  });
export type Kuesioner = z.infer<typeof kuesionerSchema>;

/** `kuesioner:7401:slrt-triwulanan-v2`. */
export function kuesionerDocId(kodeKabupaten: string, kode: string, versi: number): string {
  return `kuesioner:${compactCode(kodeKabupaten)}:${kode}-v${versi}`;
}

/** The questionnaire (`kode`) a version's id names: `kuesioner:7401:slrt-triwulanan-v2` → `slrt-triwulanan`. */
export function kodeDariKuesionerId(id: string): string {
  return id.split(':')[2]?.replace(/-v\d+$/, '') ?? id;
}

/** The questions of every section, in order. */
export function semuaPertanyaan(k: { bagian: readonly BagianKuesioner[] }): Pertanyaan[] {
  return k.bagian.flatMap((b) => b.pertanyaan);
}

/**
 * The questionnaires to fill for `periode`: of each questionnaire (kode), the highest version
 * whose `mulai` is not after the period. A version made for a later quarter leaves the
 * earlier quarters on the version they had. Sorted by title.
 */
export function kuesionerBerlaku<K extends Pick<Kuesioner, 'kode' | 'versi' | 'mulai' | 'judul'>>(semua: readonly K[], periode: string): K[] {
  const terpilih = new Map<string, K>();
  for (const k of semua) {
    if (k.mulai > periode) continue;
    const lain = terpilih.get(k.kode);
    if (!lain || k.versi > lain.versi) terpilih.set(k.kode, k);
  }
  return [...terpilih.values()].sort((a, b) => a.judul.localeCompare(b.judul, 'id'));
}

/** The next version number of questionnaire `kode` among `semua`. */
export function versiBerikut(semua: readonly Pick<Kuesioner, 'kode' | 'versi'>[], kode: string): number {
  return Math.max(0, ...semua.filter((k) => k.kode === kode).map((k) => k.versi)) + 1;
}
