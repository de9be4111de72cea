/**
 * A cell of the extract to the value a household document holds, or the reason it cannot be:
 * the registry writes codes, labels and dates in more than one way (docs/import-format.md
 * lists what is accepted), and a district should not have to clean its file first.
 */
import { DISABILITAS, HUBUNGAN, PENDIDIKAN, STATUS_SEKOLAH, type Anggota } from '../domain/household';
import { validateNik, validateNoKk, type HasilPeriksa } from '../domain/nik';

export type Hasil<T> = { ok: true; nilai: T } | { ok: false; alasan: string };
const ok = <T>(nilai: T): Hasil<T> => ({ ok: true, nilai });
const salah = (alasan: string): Hasil<never> => ({ ok: false, alasan });

const kunci = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** A value from a closed list: the list's own words, the labels extracts use, or a code. */
function pilihan<T extends string>(nama: string, kamus: Record<string, T>) {
  return (sel: string): Hasil<T> => {
    const hit = kamus[kunci(sel)];
    return hit ? ok(hit) : salah(`${nama} "${sel}" tidak dikenal`);
  };
}

function kamusDari<T extends string>(nilai: readonly T[], label: Record<string, T>, kodeBerurut = false): Record<string, T> {
  const kamus: Record<string, T> = {};
  nilai.forEach((n, i) => {
    kamus[kunci(n)] = n;
    if (kodeBerurut) kamus[String(i + 1)] = n;
  });
  for (const [l, n] of Object.entries(label)) kamus[kunci(l)] = n;
  return kamus;
}

/** A 16-digit number Excel stored as a number shows as 3.2E+15 and has lost its last digits. */
function nomorIndukDari(nama: string, sel: string, periksa: (n: string, pada: string) => HasilPeriksa, pada: string): Hasil<string> {
  if (/^\d(\.\d+)?E\+\d+$/i.test(sel)) {
    return salah(`${nama} tersimpan sebagai angka di Excel (${sel}) dan digit terakhirnya hilang: format kolom ${nama} sebagai Teks lalu ekspor ulang`);
  }
  const nomor = sel.replace(/^'/, '').replace(/\s+/g, '');
  // Old region codes still arrive in extracts: an unknown kecamatan code is not a reason to refuse.
  const masalah = periksa(nomor, pada).problems.filter((p) => !p.startsWith('Kode wilayah'));
  return masalah.length === 0 ? ok(nomor) : salah(masalah.join('; '));
}

export const nik = (sel: string, pada: string) => nomorIndukDari('NIK', sel, validateNik, pada);
export const noKK = (sel: string, pada: string) => nomorIndukDari('Nomor KK', sel, validateNoKk, pada);

export function idDtks(sel: string): Hasil<string> {
  return /^[0-9A-Za-z-]{1,40}$/.test(sel) ? ok(sel) : salah('ID DTKS hanya boleh huruf, angka dan tanda hubung, paling panjang 40');
}

/** `7401012001` or `74.01.01.2001` → the dotted code, if it is a desa of the district. */
export function kodeDesa(sel: string, kabupaten: string, desaDikenal: ReadonlySet<string>): Hasil<string> {
  const angka = sel.replace(/\./g, '');
  if (!/^\d{10}$/.test(angka)) return salah(`Kode desa "${sel}" harus 10 digit, mis. 7401012001`);
  const kode = `${angka.slice(0, 2)}.${angka.slice(2, 4)}.${angka.slice(4, 6)}.${angka.slice(6)}`;
  if (!kode.startsWith(`${kabupaten}.`)) return salah(`Desa ${kode} di luar kabupaten ${kabupaten} yang diimpor`);
  return desaDikenal.has(kode) ? ok(kode) : salah(`Kode desa ${kode} tidak ada dalam daftar wilayah Kemendagri`);
}

export function rtRw(nama: 'RT' | 'RW') {
  return (sel: string): Hasil<string> =>
    /^\d{1,3}$/.test(sel) ? ok(sel.padStart(3, '0')) : salah(`${nama} "${sel}" harus angka 1–3 digit`);
}

export function desil(sel: string): Hasil<number | null> {
  if (sel === '') return ok(null);
  const n = Number(sel);
  return Number.isInteger(n) && n >= 1 && n <= 10 ? ok(n) : salah(`Desil "${sel}" harus 1 sampai 10 atau kosong`);
}

export function nama(sel: string): Hasil<string> {
  const rapi = sel.replace(/\s+/g, ' ').trim();
  return rapi ? ok(rapi) : salah('Nama kosong');
}

export const jenisKelamin = pilihan<Anggota['jenisKelamin']>(
  'Jenis kelamin',
  kamusDari(['L', 'P'], { 'laki laki': 'L', lakilaki: 'L', pria: 'L', perempuan: 'P', wanita: 'P' }, true)
);

const EXCEL_NOL = Date.UTC(1899, 11, 30);
const DUA = (n: number) => String(n).padStart(2, '0');

function tanggalSah(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${DUA(m)}-${DUA(d)}`;
}

/** `YYYY-MM-DD`, `DD-MM-YYYY`, `DD/MM/YYYY` or an Excel date serial; not after `pada`. */
export function tanggalLahir(sel: string, pada: string): Hasil<string> {
  let iso: string | null = null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(sel);
  if (m) iso = tanggalSah(+m[1], +m[2], +m[3]);
  else if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(sel))) iso = tanggalSah(+m[3], +m[2], +m[1]);
  else if (/^\d{4,5}(\.0+)?$/.test(sel)) iso = new Date(EXCEL_NOL + Math.trunc(Number(sel)) * 86_400_000).toISOString().slice(0, 10);
  if (iso === null) return salah(`Tanggal lahir "${sel}" tidak valid; tulis TTTT-BB-HH atau HH-BB-TTTT`);
  if (iso > pada) return salah(`Tanggal lahir ${iso} di masa depan`);
  return iso < '1900-01-01' ? salah(`Tanggal lahir ${iso} terlalu lampau`) : ok(iso);
}

export const hubungan = pilihan(
  'Hubungan dengan kepala rumah tangga',
  kamusDari<Anggota['hubungan']>(
    HUBUNGAN,
    {
      'kepala rumah tangga': 'kepala',
      krt: 'kepala',
      'kepala keluarga': 'kepala',
      istri: 'pasangan',
      suami: 'pasangan',
      'istri suami': 'pasangan',
      'orang tua': 'orang-tua',
      orangtua: 'orang-tua',
      famili: 'famili-lain',
      'famili lain': 'famili-lain',
      'keluarga lain': 'famili-lain',
      'pembantu rumah tangga': 'lainnya'
    },
    true
  )
);

export function disabilitas(sel: string): Hasil<Anggota['disabilitas']> {
  return sel === '' ? ok('tidak') : pilihanDisabilitas(sel);
}
const pilihanDisabilitas = pilihan(
  'Disabilitas',
  kamusDari<Anggota['disabilitas']>(DISABILITAS, {
    '0': 'tidak',
    'tidak ada': 'tidak',
    netra: 'sensorik-netra',
    'tuna netra': 'sensorik-netra',
    rungu: 'sensorik-rungu',
    'tuna rungu': 'sensorik-rungu',
    wicara: 'sensorik-wicara',
    'tuna wicara': 'sensorik-wicara',
    'tuna daksa': 'fisik',
    daksa: 'fisik',
    'disabilitas ganda': 'ganda'
  })
);

export const pendidikan = pilihan(
  'Pendidikan',
  kamusDari<Anggota['pendidikan']>(PENDIDIKAN, {
    'belum sekolah': 'belum-sekolah',
    'tidak sekolah': 'tidak-sekolah',
    'tidak punya ijazah': 'tidak-sekolah',
    'tidak tamat sd': 'tidak-sekolah',
    'sd mi': 'sd',
    'sd sederajat': 'sd',
    'smp mts': 'smp',
    'smp sederajat': 'smp',
    'sma smk ma': 'sma',
    'sma sederajat': 'sma',
    smk: 'sma',
    ma: 'sma',
    d1: 'diploma',
    d2: 'diploma',
    d3: 'diploma',
    'd1 d2 d3': 'diploma',
    d4: 's1',
    's1 d4': 's1',
    s2: 's2-s3',
    s3: 's2-s3'
  })
);

export const statusSekolah = pilihan(
  'Status sekolah',
  kamusDari<Anggota['statusSekolah']>(
    STATUS_SEKOLAH,
    {
      'tidak belum pernah sekolah': 'tidak-bersekolah',
      'belum pernah sekolah': 'tidak-bersekolah',
      'masih sekolah': 'masih-sekolah',
      'tidak sekolah lagi': 'tidak-lagi'
    },
    true
  )
);

/** Free text; an extract without the column (or an empty cell) says it is not known. */
export function pekerjaan(sel: string): Hasil<string> {
  return ok(sel.replace(/\s+/g, ' ').trim() || 'Tidak diketahui');
}
