/**
 * A quarter's monitoring summary as tables: for the dashboard's figures (yes/no and choice
 * counts as TabelTampil, with their charts) and as plain tables for the quarterly report and
 * the exports (numbers with sum, mean and range; counts; free text with its unit; the units
 * that have not answered).
 */
import type { RingkasanKuesioner, RingkasanPertanyaan } from '$lib/domain/monitoring-ringkasan';
import type { UnitMonitoring } from '$lib/domain/monitoring';
import { tampilkan, type TabelTampil } from './dasbor-tampil';
import type { TabelEkspor } from './ekspor';

type Ringkasan<J extends RingkasanPertanyaan['pertanyaan']['jenis']> = Extract<RingkasanPertanyaan, { pertanyaan: { jenis: J } }>;

export function pertanyaanJenis<J extends RingkasanPertanyaan['pertanyaan']['jenis']>(daftar: readonly RingkasanPertanyaan[], jenis: J): Ringkasan<J>[] {
  return daftar.filter((p): p is Ringkasan<J> => p.pertanyaan.jenis === jenis);
}

/** Words of the tables, in the user's language. */
export interface TeksTabelMonitoring {
  pertanyaan: string;
  unit: string;
  menjawab: string;
  jumlah: string;
  rataRata: string;
  min: string;
  maks: string;
  ya: string;
  tidak: string;
  pilihan: string;
  jawaban: string;
  judulAngka(bagian: string): string;
  judulYaTidak(bagian: string): string;
  judulTeks(bagian: string): string;
  judulBelum: string;
  namaUnit(u: UnitMonitoring): string;
  /** A mean as it is read (rounded for people, not for the file). */
  bulatkan(n: number): number;
}

/** Yes/no questions of a section, one row each, as a dashboard figure; null if it has none. */
export function tampilYaTidak(daftar: readonly RingkasanPertanyaan[], teks: Pick<TeksTabelMonitoring, 'ya' | 'tidak'>): TabelTampil | null {
  const yt = pertanyaanJenis(daftar, 'ya-tidak');
  if (yt.length === 0) return null;
  const label = new Map(yt.map((p) => [p.pertanyaan.id, p.pertanyaan.teks]));
  return tampilkan(
    { baris: yt.map((p) => p.pertanyaan.id), kolom: ['ya', 'tidak'], nilai: yt.map((p) => [p.ya, p.tidak]) },
    { baris: (k) => label.get(k) ?? k, kolom: (k) => (k === 'ya' ? teks.ya : teks.tidak) }
  );
}

/** A choice question's counts, one row per choice, as a dashboard figure. */
export function tampilPilihan(p: Ringkasan<'pilihan'>, teks: Pick<TeksTabelMonitoring, 'unit'>): TabelTampil {
  return tampilkan(
    { baris: p.hitungan.map((h) => h.pilihan), kolom: ['unit'], nilai: p.hitungan.map((h) => [h.n]) },
    { baris: (k) => k, kolom: () => teks.unit }
  );
}

type Bagian = RingkasanKuesioner['bagian'][number];

/** A section's number questions: units that answered, sum, mean, min and max; null if none. */
export function tabelAngka(b: Bagian, teks: TeksTabelMonitoring): TabelEkspor | null {
  const angka = pertanyaanJenis(b.pertanyaan, 'angka');
  if (angka.length === 0) return null;
  return {
    judul: teks.judulAngka(b.judul),
    kolom: [teks.pertanyaan, teks.menjawab, teks.jumlah, teks.rataRata, teks.min, teks.maks],
    baris: angka.map((p) => [p.pertanyaan.teks, p.n, p.jumlah, p.rataRata === null ? null : teks.bulatkan(p.rataRata), p.min, p.maks])
  };
}

/** A section's yes/no and choice questions: how many units gave each answer; null if none. */
export function tabelHitungan(b: Bagian, teks: TeksTabelMonitoring): TabelEkspor | null {
  const yaTidak = pertanyaanJenis(b.pertanyaan, 'ya-tidak');
  const pilihan = pertanyaanJenis(b.pertanyaan, 'pilihan');
  if (yaTidak.length + pilihan.length === 0) return null;
  return {
    judul: teks.judulYaTidak(b.judul),
    kolom: [teks.pertanyaan, teks.pilihan, teks.menjawab],
    baris: [
      ...yaTidak.flatMap((p) => [
        [p.pertanyaan.teks, teks.ya, p.ya],
        [p.pertanyaan.teks, teks.tidak, p.tidak]
      ]),
      ...pilihan.flatMap((p) => p.hitungan.map((h) => [p.pertanyaan.teks, h.pilihan, h.n]))
    ]
  };
}

/** A section's free-text answers with their units; null if it asks none. */
export function tabelTeks(b: Bagian, teks: TeksTabelMonitoring): TabelEkspor | null {
  const bebas = pertanyaanJenis(b.pertanyaan, 'teks');
  if (bebas.length === 0) return null;
  return {
    judul: teks.judulTeks(b.judul),
    kolom: [teks.pertanyaan, teks.unit, teks.jawaban],
    baris: bebas.flatMap((p) => p.jawaban.map((j) => [p.pertanyaan.teks, teks.namaUnit(j.unit), j.teks]))
  };
}

export function tabelBelum(r: RingkasanKuesioner, teks: TeksTabelMonitoring): TabelEkspor {
  return { judul: teks.judulBelum, kolom: [teks.unit], baris: r.belum.map((u) => [teks.namaUnit(u)]) };
}

/** Every table of one questionnaire's summary, section by section, then who has not answered. */
export function tabelRingkasan(r: RingkasanKuesioner, teks: TeksTabelMonitoring): TabelEkspor[] {
  const tabel = r.bagian.flatMap((b) => [tabelAngka(b, teks), tabelHitungan(b, teks), tabelTeks(b, teks)]);
  return [...tabel.filter((t): t is TabelEkspor => t !== null), tabelBelum(r, teks)];
}
