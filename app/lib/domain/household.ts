import { z } from 'zod';
import { mutableDocFields, tanggal } from './base';
import { kelompokUmur, kelompokUmurSchema } from './kelompok-umur';
import { wilayahDesaSchema } from './wilayah';

export const JENIS_KELAMIN = ['L', 'P'] as const;
export const HUBUNGAN = [
  'kepala',
  'pasangan',
  'anak',
  'menantu',
  'cucu',
  'orang-tua',
  'mertua',
  'famili-lain',
  'lainnya'
] as const;
/** Disability categories of UU 8/2016 (fisik, intelektual, mental, sensorik) plus ganda. */
export const DISABILITAS = [
  'tidak',
  'fisik',
  'intelektual',
  'mental',
  'sensorik-netra',
  'sensorik-rungu',
  'sensorik-wicara',
  'ganda'
] as const;
export const PENDIDIKAN = [
  'belum-sekolah',
  'tidak-sekolah',
  'sd',
  'smp',
  'sma',
  'diploma',
  's1',
  's2-s3'
] as const;
export const STATUS_SEKOLAH = ['tidak-bersekolah', 'masih-sekolah', 'tidak-lagi'] as const;
/** In the registry (DT-PPFM, later DTKS), or a pre-list proposal not yet verified. */
export const STATUS_REGISTRI = ['dtks', 'prelist'] as const;

export const nikFormat = z.string().regex(/^\d{16}$/, 'NIK harus 16 digit angka');
export const noKkFormat = z.string().regex(/^\d{16}$/, 'Nomor KK harus 16 digit angka');

export const anggotaSchema = z.object({
  nik: nikFormat,
  nama: z.string().trim().min(1, 'Nama wajib diisi'),
  jenisKelamin: z.enum(JENIS_KELAMIN),
  tanggalLahir: tanggal,
  hubungan: z.enum(HUBUNGAN),
  disabilitas: z.enum(DISABILITAS),
  pendidikan: z.enum(PENDIDIKAN),
  statusSekolah: z.enum(STATUS_SEKOLAH),
  pekerjaan: z.string().trim().min(1)
});
export type Anggota = z.infer<typeof anggotaSchema>;

/** A member's fields, in the order forms and change lists show them. */
export const FIELD_ANGGOTA = [
  'nama',
  'nik',
  'jenisKelamin',
  'tanggalLahir',
  'hubungan',
  'disabilitas',
  'pendidikan',
  'statusSekolah',
  'pekerjaan'
] as const satisfies readonly (keyof Anggota)[];

/**
 * The members of one household: exactly one head, no NIK twice. A list-level rule, so a
 * pre-list proposal (usulan.ts) that embeds a household obeys the same rules.
 */
export const daftarAnggotaSchema = z
  .array(anggotaSchema)
  .min(1, 'Rumah tangga harus punya minimal satu anggota')
  .refine((anggota) => anggota.filter((a) => a.hubungan === 'kepala').length === 1, {
    message: 'Rumah tangga harus punya tepat satu kepala rumah tangga'
  })
  .refine((anggota) => new Set(anggota.map((a) => a.nik)).size === anggota.length, {
    message: 'NIK anggota tidak boleh sama'
  });

export const alamatSchema = z.object({
  rt: z.string().regex(/^\d{3}$/, 'RT harus 3 digit, mis. 001'),
  rw: z.string().regex(/^\d{3}$/, 'RW harus 3 digit, mis. 002'),
  jalan: z.string().trim().optional()
});

export const rumahtanggaSchema = z.object({
  ...mutableDocFields,
  type: z.literal('rumahtangga'),
  wilayah: wilayahDesaSchema,
  alamat: alamatSchema,
  noKK: noKkFormat,
  statusRegistri: z.enum(STATUS_REGISTRI),
  /** Registry id of the household in DT-PPFM/DTKS; absent for pre-lists. */
  idDtks: z.string().min(1).optional(),
  /** Welfare decile 1 (poorest) … 10; null when not yet ranked (pre-list). */
  desil: z.number().int().min(1, 'Desil 1 sampai 10').max(10, 'Desil 1 sampai 10').nullable(),
  anggota: daftarAnggotaSchema
});
export type Rumahtangga = z.infer<typeof rumahtanggaSchema>;

/**
 * Sex and disability of the person a participation, need or complaint concerns, copied from
 * the household when it is recorded: the dashboards' profiles by sex and disability (asas
 * kesetaraan gender) count them from the record alone, without the household.
 */
export const profilSchema = z.object({
  jenisKelamin: z.enum(JENIS_KELAMIN),
  disabilitas: z.boolean(),
  /** At the record's date (kelompok-umur.ts); absent on records written before it was kept. */
  kelompokUmur: kelompokUmurSchema.optional()
});
export type Profil = z.infer<typeof profilSchema>;

/** The profile of the member named by `nik`, else of the head of household, on the record's date `pada` (ISO). */
export function profilOrang(rt: Pick<Rumahtangga, 'anggota'>, nik: string | undefined, pada: string): Profil {
  const orang = (nik ? rt.anggota.find((a) => a.nik === nik) : undefined) ?? kepalaRumahTangga(rt);
  return { jenisKelamin: orang.jenisKelamin, disabilitas: orang.disabilitas !== 'tidak', kelompokUmur: kelompokUmur(orang.tanggalLahir, pada) };
}

export function kepalaRumahTangga(rt: Pick<Rumahtangga, 'anggota'>): Anggota {
  const kepala = rt.anggota.find((a) => a.hubungan === 'kepala');
  if (!kepala) throw new Error('Rumah tangga tanpa kepala rumah tangga');
  return kepala;
}
