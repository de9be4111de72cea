/**
 * The bench's one table (issue 10): per figure, ours beside the baseline measured in the same
 * run, their ratio, the target and whether it is met. Pure, so the runner, the items and the
 * unit tests share one way of judging and printing a figure.
 */

export type Satuan = 'ms' | 's' | 'baris/s' | 'dok/s' | 'MB' | 'KB' | '%' | 'dok';

export interface Ukuran {
  nilai: number;
  satuan: Satuan;
  /** Shown after the number, e.g. "p95" or "(450 MB file)". */
  keterangan?: string;
}

/**
 * One condition of a target: on our figure itself, or on the ratio ours ÷ baseline (a time
 * "≤ 1.5× the bare put" is `{ pada: 'rasio', batas: 'maks', nilai: 1.5 }`; a throughput
 * "≥ 2× the baseline" is `{ pada: 'rasio', batas: 'min', nilai: 2 }`).
 */
export interface Syarat {
  pada: 'nilai' | 'rasio';
  batas: 'maks' | 'min';
  nilai: number;
  satuan?: Satuan;
}

export interface BarisBench {
  item: string;
  apa: string;
  kita: Ukuran | null;
  dasar?: Ukuran | null;
  /** Empty: a figure reported without a target (the issue asks only to report it). */
  target: Syarat[];
  catatan?: string;
  /** Set when the item failed: the row shows the error instead of figures. */
  galat?: string;
}

export type Hasil = 'terpenuhi' | 'tidak' | '—';

/** The nearest-rank percentile of values sorted ascending (p in 0..100); NaN for none. */
export function persentil(urut: readonly number[], p: number): number {
  if (urut.length === 0) return Number.NaN;
  const i = Math.ceil((p / 100) * urut.length) - 1;
  return urut[Math.min(urut.length - 1, Math.max(0, i))];
}

/** p50 and p95 of unsorted samples. */
export function ringkas(sampel: readonly number[]): { p50: number; p95: number } {
  const urut = [...sampel].sort((a, b) => a - b);
  return { p50: persentil(urut, 50), p95: persentil(urut, 95) };
}

/** Ours ÷ baseline, when both exist in the same unit and the baseline is not zero. */
export function rasio(b: Pick<BarisBench, 'kita' | 'dasar'>): number | null {
  if (!b.kita || !b.dasar || b.kita.satuan !== b.dasar.satuan || b.dasar.nilai === 0) return null;
  return b.kita.nilai / b.dasar.nilai;
}

function memenuhi(nilai: number, s: Syarat): boolean {
  return s.batas === 'maks' ? nilai <= s.nilai : nilai >= s.nilai;
}

/** Met when every condition holds; a condition that cannot be judged (no figure, no ratio) fails it. */
export function nilaiTarget(b: BarisBench): Hasil {
  if (b.galat) return 'tidak';
  if (b.target.length === 0) return '—';
  const r = rasio(b);
  const ok = b.target.every((s) => {
    const nilai = s.pada === 'rasio' ? r : b.kita && (!s.satuan || s.satuan === b.kita.satuan) ? b.kita.nilai : null;
    return nilai !== null && Number.isFinite(nilai) && memenuhi(nilai, s);
  });
  return ok ? 'terpenuhi' : 'tidak';
}

/** Three significant digits at most, thousands grouped: 0.0123, 4.56, 78.9, 12,345. */
export function angka(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  const digit = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : abs >= 0.1 ? 3 : 4;
  return n.toLocaleString('en-US', { maximumFractionDigits: digit, minimumFractionDigits: 0 });
}

export function teksUkuran(u: Ukuran | null | undefined): string {
  if (!u) return '—';
  const satuan = u.satuan === '%' ? '%' : ` ${u.satuan}`;
  return `${angka(u.nilai)}${satuan}${u.keterangan ? ` ${u.keterangan}` : ''}`;
}

export function teksSyarat(s: Syarat): string {
  const tanda = s.batas === 'maks' ? '≤' : '≥';
  if (s.pada === 'rasio') return `${tanda} ${angka(s.nilai)}× baseline`;
  const satuan = s.satuan === '%' ? '%' : s.satuan ? ` ${s.satuan}` : '';
  return `${tanda} ${angka(s.nilai)}${satuan}`;
}

const sel = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The table in Markdown, which reads as well in a terminal as in docs/benchmarks.md. */
export function tabelMarkdown(baris: readonly BarisBench[]): string {
  const kepala = ['#', 'what', 'ours', 'baseline (same run)', 'ratio', 'target', 'met', 'notes'];
  const isi = baris.map((b) => {
    if (b.galat) return [b.item, b.apa, 'error', '—', '—', b.target.map(teksSyarat).join('; ') || '—', 'no', b.galat];
    const r = rasio(b);
    const hasil = nilaiTarget(b);
    return [
      b.item,
      b.apa,
      teksUkuran(b.kita),
      teksUkuran(b.dasar),
      r === null ? '—' : `${angka(r)}×`,
      b.target.map(teksSyarat).join('; ') || '—',
      hasil === 'terpenuhi' ? 'yes' : hasil === 'tidak' ? '**no**' : '—',
      b.catatan ?? ''
    ];
  });
  return [kepala, kepala.map(() => '---'), ...isi].map((r) => `| ${r.map(sel).join(' | ')} |`).join('\n');
}
