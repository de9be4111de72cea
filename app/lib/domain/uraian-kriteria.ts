import { UMUR_LANSIA, type Kriteria, type OperatorDesil, type SyaratAnggota } from './kriteria';

/**
 * Eligibility criteria in plain Bahasa Indonesia, as a manager builds them and as a facilitator
 * or an agency reads them: "Desil ≤ 4 DAN (ada anggota umur 6–21 yang masih sekolah ATAU ada
 * anggota lanjut usia (≥ 60 tahun))". The words are the catalogue's own, in Indonesian only:
 * the criteria are the district's rules, written and read in the language they are decided in.
 */

const OPERATOR: Record<OperatorDesil, string> = { '<': '<', '<=': '≤', '=': '=', '>=': '≥', '>': '>' };

const HUBUNGAN: Record<NonNullable<SyaratAnggota['hubungan']>, string> = {
  kepala: 'kepala rumah tangga',
  pasangan: 'istri/suami',
  anak: 'anak',
  menantu: 'menantu',
  cucu: 'cucu',
  'orang-tua': 'orang tua',
  mertua: 'mertua',
  'famili-lain': 'famili lain',
  lainnya: 'lainnya'
};

const STATUS_SEKOLAH: Record<NonNullable<SyaratAnggota['statusSekolah']>, string> = {
  'masih-sekolah': 'yang masih sekolah',
  'tidak-lagi': 'yang tidak sekolah lagi',
  'tidak-bersekolah': 'yang tidak/belum pernah sekolah'
};

function uraianUmur(s: SyaratAnggota): string | null {
  if (s.umurMin !== undefined && s.umurMaks !== undefined) {
    return s.umurMin === s.umurMaks ? `umur ${s.umurMin}` : `umur ${s.umurMin}–${s.umurMaks}`;
  }
  if (s.umurMin !== undefined) return `umur ≥ ${s.umurMin}`;
  if (s.umurMaks !== undefined) return `umur ≤ ${s.umurMaks}`;
  return null;
}

/** "ada anggota perempuan umur 6–21 sebagai anak yang masih sekolah, dengan disabilitas". */
export function uraikanSyaratAnggota(s: SyaratAnggota): string {
  const bagian = [
    'ada anggota',
    s.jenisKelamin === undefined ? null : s.jenisKelamin === 'P' ? 'perempuan' : 'laki-laki',
    uraianUmur(s),
    s.hubungan === undefined ? null : `sebagai ${HUBUNGAN[s.hubungan]}`,
    s.statusSekolah === undefined ? null : STATUS_SEKOLAH[s.statusSekolah]
  ].filter((b) => b !== null);
  const teks = bagian.join(' ');
  if (s.disabilitas === undefined) return teks;
  return `${teks}${bagian.length > 1 ? ',' : ''} ${s.disabilitas ? 'dengan disabilitas' : 'tanpa disabilitas'}`;
}

/** One fact (not a group) in words. */
export function uraikanFakta(k: Exclude<Kriteria, { dan: unknown } | { atau: unknown }>): string {
  switch (k.fakta) {
    case 'desil':
      return `Desil ${OPERATOR[k.op]} ${k.nilai}`;
    case 'status-registri':
      return k.nilai === 'dtks' ? 'terdaftar di data terpadu (DTKS)' : 'usulan baru (pre-list)';
    case 'ada-anggota':
      return uraikanSyaratAnggota(k.syarat);
    case 'ada-disabilitas':
      return 'ada anggota penyandang disabilitas';
    case 'ada-lansia':
      return `ada anggota lanjut usia (≥ ${UMUR_LANSIA} tahun)`;
    case 'kepala-perempuan':
      return 'kepala rumah tangga perempuan';
  }
}

/**
 * The whole tree in words. A group of one reads as its member; a group inside another group is
 * put in brackets when it joins more than one rule, so "A DAN (B ATAU C)" is never "A DAN B ATAU C".
 */
export function uraikanKriteria(k: Kriteria, dalamGabungan = false): string {
  if (!('dan' in k) && !('atau' in k)) return uraikanFakta(k);
  const [anak, kata] = 'dan' in k ? [k.dan, ' DAN '] : [k.atau, ' ATAU '];
  if (anak.length === 1) return uraikanKriteria(anak[0], dalamGabungan);
  const teks = anak.map((a) => uraikanKriteria(a, true)).join(kata);
  return dalamGabungan ? `(${teks})` : teks;
}
