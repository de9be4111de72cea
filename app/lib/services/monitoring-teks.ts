/** The monitoring summary's words in the user's language: periods, units, table headings. */
import { formatNumber, t } from '$lib/i18n';
import { geserPeriode } from '$lib/domain/kuesioner';
import type { UnitMonitoring } from '$lib/domain/monitoring';
import type { TeksTabelMonitoring } from './monitoring-tabel';

const ROMAWI = ['I', 'II', 'III', 'IV'];

/** `2025-TW3` → "Triwulan III 2025". */
export function namaPeriode(periode: string): string {
  const [tahun, tw] = periode.split('-TW');
  return t('monitoring.periode.nama', { tw: ROMAWI[Number(tw) - 1] ?? tw, tahun });
}

/** The current quarter and the `jumlah - 1` before it, latest first. */
export function daftarPeriode(sekarang: string, jumlah = 8): string[] {
  return Array.from({ length: jumlah }, (_, i) => geserPeriode(sekarang, -i));
}

export function namaUnit(u: UnitMonitoring, namaWilayah: (kode: string) => string): string {
  return t(`monitoring.unit.${u.jenis}`, { nama: namaWilayah(u.kode) });
}

export function teksTabelMonitoring(namaWilayah: (kode: string) => string): TeksTabelMonitoring {
  const k = (key: string) => t(`monitoring.kolom.${key}`);
  return {
    pertanyaan: k('pertanyaan'),
    unit: k('unit'),
    menjawab: k('menjawab'),
    jumlah: k('jumlah'),
    rataRata: k('rataRata'),
    min: k('min'),
    maks: k('maks'),
    ya: t('monitoring.isi.ya'),
    tidak: t('monitoring.isi.tidak'),
    pilihan: k('pilihan'),
    jawaban: k('jawaban'),
    judulAngka: (bagian) => t('monitoring.tabel.angka', { bagian }),
    judulYaTidak: (bagian) => t('monitoring.tabel.hitungan', { bagian }),
    judulTeks: (bagian) => t('monitoring.tabel.teks', { bagian }),
    judulBelum: t('monitoring.tabel.belum'),
    namaUnit: (u) => namaUnit(u, namaWilayah),
    bulatkan: (n) => Math.round(n * 10) / 10
  };
}

/** A number as people read it, for tables shown on screen. */
export const angkaTampil = (n: number | string | null): string => (typeof n === 'number' ? formatNumber(n) : (n ?? '—'));
