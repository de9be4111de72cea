/**
 * The standard column set of a registry extract (docs/import-format.md) and the mapping of a
 * file's own headings onto it. A mapping names headings, not positions, so a saved preset
 * still fits next month's extract when its columns come in another order.
 */
export const FIELD_IMPOR = [
  'idDtks',
  'kodeDesa',
  'noKK',
  'alamat',
  'rt',
  'rw',
  'desil',
  'nik',
  'nama',
  'jenisKelamin',
  'tanggalLahir',
  'hubungan',
  'disabilitas',
  'pendidikan',
  'statusSekolah',
  'pekerjaan'
] as const;
export type FieldImpor = (typeof FIELD_IMPOR)[number];

/** Without these a row cannot become a household member. */
export const FIELD_WAJIB: readonly FieldImpor[] = [
  'idDtks',
  'kodeDesa',
  'noKK',
  'rt',
  'rw',
  'nik',
  'nama',
  'jenisKelamin',
  'tanggalLahir',
  'hubungan',
  'pendidikan',
  'statusSekolah'
];

/** The standard heading of each field, then other headings extracts are known to use. */
export const NAMA_KOLOM: Record<FieldImpor, readonly string[]> = {
  idDtks: ['ID_DTKS', 'IDDTKS', 'ID_RUMAH_TANGGA', 'IDBDT', 'ID_DTSEN', 'ID_KELUARGA'],
  kodeDesa: ['KODE_DESA', 'KDDESA', 'KODE_WILAYAH', 'KODE_KELURAHAN'],
  noKK: ['NO_KK', 'NOKK', 'NOMOR_KK'],
  alamat: ['ALAMAT', 'ALAMAT_JALAN'],
  rt: ['RT'],
  rw: ['RW'],
  desil: ['DESIL', 'DESIL_NASIONAL'],
  nik: ['NIK', 'NO_NIK', 'NIK_ART'],
  nama: ['NAMA', 'NAMA_ART', 'NAMA_LENGKAP'],
  jenisKelamin: ['JENIS_KELAMIN', 'JNS_KEL', 'JK'],
  tanggalLahir: ['TANGGAL_LAHIR', 'TGL_LAHIR'],
  hubungan: ['HUBUNGAN', 'HUB_KRT', 'HUBUNGAN_KRT'],
  disabilitas: ['DISABILITAS', 'JENIS_DISABILITAS', 'JNS_CACAT'],
  pendidikan: ['PENDIDIKAN', 'IJAZAH_TERTINGGI', 'PENDIDIKAN_TERTINGGI'],
  statusSekolah: ['STATUS_SEKOLAH', 'PARTISIPASI_SEKOLAH'],
  pekerjaan: ['PEKERJAAN', 'LAPANGAN_USAHA']
};

/** Field → the file's heading it is read from. */
export type PetaKolom = Partial<Record<FieldImpor, string>>;

const rapikan = (s: string) => s.trim().toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_|_$/g, '');

/** The mapping the headings suggest on their own: standard or known headings, any case or spacing. */
export function petaOtomatis(judul: readonly string[]): PetaKolom {
  const peta: PetaKolom = {};
  const dipakai = new Set<string>();
  for (const field of FIELD_IMPOR) {
    const dikenal = NAMA_KOLOM[field];
    const cocok = judul.find((j) => !dipakai.has(j) && dikenal.includes(rapikan(j)));
    if (cocok !== undefined) {
      peta[field] = cocok;
      dipakai.add(cocok);
    }
  }
  return peta;
}

/** Fields a mapping still lacks, or that name a heading the file does not have. */
export function fieldBelumDipetakan(peta: PetaKolom, judul: readonly string[]): FieldImpor[] {
  return FIELD_WAJIB.filter((f) => peta[f] === undefined || !judul.includes(peta[f]));
}

/** Position of each mapped field in a row of this file. */
export function posisiKolom(peta: PetaKolom, judul: readonly string[]): Partial<Record<FieldImpor, number>> {
  const posisi: Partial<Record<FieldImpor, number>> = {};
  for (const field of FIELD_IMPOR) {
    const i = peta[field] === undefined ? -1 : judul.indexOf(peta[field]);
    if (i >= 0) posisi[field] = i;
  }
  return posisi;
}

/** A row's cells by field, trimmed; '' for a field not mapped or a cell the row lacks. */
export type SelBaris = Record<FieldImpor, string>;

export function bacaSel(sel: readonly string[], posisi: Partial<Record<FieldImpor, number>>): SelBaris {
  const hasil = {} as SelBaris;
  for (const field of FIELD_IMPOR) {
    const i = posisi[field];
    hasil[field] = i === undefined ? '' : (sel[i] ?? '').trim();
  }
  return hasil;
}
