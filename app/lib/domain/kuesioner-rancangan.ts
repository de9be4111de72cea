import { kuesionerDocId, kuesionerSchema, versiBerikut, type JenisPertanyaan, type Kuesioner, type Pertanyaan } from './kuesioner';
import type { JobRole } from './roles';
import { wilayahOf } from './wilayah';

/**
 * The next version of a questionnaire as the district admin edits it (guideline VII: a district
 * adds its own variables): the fields as typed (numbers as text, choices as lines), started
 * from the version in force and kept as a draft on the device until it is published. Published,
 * it becomes a new `kuesioner` document; the version it came from is never rewritten, so every
 * answer already given keeps reading against the questions it was given.
 */
export interface PertanyaanRancangan {
  /** The answer key: kept for a question carried over (the summary matches answers by it), empty for a new one. */
  id: string;
  teks: string;
  jenis: JenisPertanyaan;
  wajib: boolean;
  min: string;
  maks: string;
  pilihan: string[];
}

export interface BagianRancangan {
  judul: string;
  pertanyaan: PertanyaanRancangan[];
}

export interface RancanganKuesioner {
  kode: string;
  judul: string;
  /** The first quarter the new version is used for. */
  mulai: string;
  bagian: BagianRancangan[];
}

export const pertanyaanKosong = (jenis: JenisPertanyaan = 'angka'): PertanyaanRancangan => ({
  id: '',
  teks: '',
  jenis,
  wajib: true,
  min: jenis === 'angka' ? '0' : '',
  maks: '',
  pilihan: jenis === 'pilihan' ? ['', ''] : []
});

export const bagianKosong = (): BagianRancangan => ({ judul: '', pertanyaan: [pertanyaanKosong()] });

function rancanganPertanyaan(p: Pertanyaan): PertanyaanRancangan {
  return {
    id: p.id,
    teks: p.teks,
    jenis: p.jenis,
    wajib: p.wajib,
    min: p.jenis === 'angka' && p.min !== undefined ? String(p.min) : '',
    maks: p.jenis === 'angka' && p.maks !== undefined ? String(p.maks) : '',
    pilihan: p.jenis === 'pilihan' ? [...p.pilihan] : []
  };
}

/** The draft of the version after `k`, for quarters from `mulai`: a copy of its questions. */
export function rancanganDari(k: Kuesioner, mulai: string): RancanganKuesioner {
  return {
    kode: k.kode,
    judul: k.judul,
    mulai: k.mulai > mulai ? k.mulai : mulai,
    bagian: k.bagian.map((b) => ({ judul: b.judul, pertanyaan: b.pertanyaan.map(rancanganPertanyaan) }))
  };
}

/** `daftar` with the item at `i` moved one place up (-1) or down (+1); unchanged at an end. */
export function pindah<T>(daftar: readonly T[], i: number, arah: -1 | 1): T[] {
  const j = i + arah;
  if (i < 0 || i >= daftar.length || j < 0 || j >= daftar.length) return [...daftar];
  const hasil = [...daftar];
  [hasil[i], hasil[j]] = [hasil[j], hasil[i]];
  return hasil;
}

/** `teks` as an answer key: lower case words joined by hyphens, at most five words. */
export function kodeDariTeks(teks: string): string {
  const kata = teks
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 5);
  return kata.join('-') || 'pertanyaan';
}

/**
 * A new question gets a key from its text, unique in the questionnaire and never one an earlier
 * version used: an old answer must not be counted for a different question.
 */
function kunciBaru(teks: string, terpakai: Set<string>): string {
  const dasar = kodeDariTeks(teks);
  let kunci = dasar;
  for (let n = 2; terpakai.has(kunci); n++) kunci = `${dasar}-${n}`;
  terpakai.add(kunci);
  return kunci;
}

/** A bound typed with a comma or a point; empty as none; anything else is reported at `jalur`. */
function batas(teks: string, jalur: string, masalah: Record<string, string>): number | undefined {
  const bersih = teks.trim().replace(',', '.');
  if (bersih === '') return undefined;
  const n = Number(bersih);
  if (Number.isFinite(n)) return n;
  masalah[jalur] = 'Harus angka, atau kosongkan';
  return undefined;
}

function pertanyaanDari(p: PertanyaanRancangan, id: string, jalur: string, masalah: Record<string, string>): Pertanyaan {
  const dasar = { id, teks: p.teks, wajib: p.wajib };
  switch (p.jenis) {
    case 'angka': {
      const min = batas(p.min, `${jalur}.min`, masalah);
      const maks = batas(p.maks, `${jalur}.maks`, masalah);
      return { ...dasar, jenis: 'angka', ...(min === undefined ? {} : { min }), ...(maks === undefined ? {} : { maks }) };
    }
    case 'pilihan':
      return { ...dasar, jenis: 'pilihan', pilihan: p.pilihan.map((x) => x.trim()).filter((x) => x !== '') };
    default:
      return { ...dasar, jenis: p.jenis };
  }
}

export interface PembuatVersi {
  kodeKabupaten: string;
  user: string;
  peran?: JobRole | null;
  now: Date;
  /** The current quarter: a new version applies from it on, never to quarters already reported. */
  periodeKini: string;
}

export type VersiHasil =
  | { ok: true; kuesioner: Kuesioner }
  /** Problems by field path of the draft (`bagian.0.pertanyaan.2.teks`); `''` for the whole. */
  | { ok: false; masalah: Record<string, string> };

/**
 * The next version of the draft's questionnaire among `semua` (every version the district
 * holds), checked by the questionnaire's schema with the problems by field.
 */
export function versiBaru(r: RancanganKuesioner, semua: readonly Kuesioner[], pembuat: PembuatVersi): VersiHasil {
  const versi = versiBerikut(semua, r.kode);
  const terpakai = new Set(semua.filter((k) => k.kode === r.kode).flatMap((k) => k.bagian.flatMap((b) => b.pertanyaan.map((p) => p.id))));
  for (const b of r.bagian) for (const p of b.pertanyaan) if (p.id) terpakai.add(p.id);
  const masalah: Record<string, string> = {};
  const doc = {
    _id: kuesionerDocId(pembuat.kodeKabupaten, r.kode, versi),
    type: 'kuesioner' as const,
    schema: 1 as const,
    wilayah: wilayahOf(pembuat.kodeKabupaten),
    createdBy: pembuat.user,
    ...(pembuat.peran ? { peran: pembuat.peran } : {}),
    createdAt: pembuat.now.toISOString(),
    kode: r.kode,
    versi,
    judul: r.judul,
    mulai: r.mulai,
    bagian: r.bagian.map((b, i) => ({
      judul: b.judul,
      pertanyaan: b.pertanyaan.map((p, j) => pertanyaanDari(p, p.id || kunciBaru(p.teks, terpakai), `bagian.${i}.pertanyaan.${j}`, masalah))
    }))
  };
  const hasil = kuesionerSchema.safeParse(doc);
  if (!hasil.success) {
    for (const issue of hasil.error.issues) {
      const jalur = issue.path.join('.');
      masalah[jalur] ??= issue.message;
    }
  }
  const sebelumnya = semua.filter((k) => k.kode === r.kode).reduce<Kuesioner | null>((a, k) => (!a || k.versi > a.versi ? k : a), null);
  if (r.mulai < pembuat.periodeKini) masalah.mulai ??= `Versi baru berlaku mulai triwulan ini (${pembuat.periodeKini}) atau sesudahnya`;
  else if (sebelumnya && r.mulai < sebelumnya.mulai) masalah.mulai ??= `Versi baru tidak boleh berlaku sebelum versi ${sebelumnya.versi} (${sebelumnya.mulai})`;
  return Object.keys(masalah).length > 0 || !hasil.success ? { ok: false, masalah } : { ok: true, kuesioner: hasil.data };
}
