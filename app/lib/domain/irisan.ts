/**
 * Complementarity and overlap of programmes (irisan, issue 6 item 4): how many households
 * receive programme A and programme B (a matrix; its diagonal: households receiving A), and
 * which sets of programmes households receive most often.
 *
 * A household's set spans several participation records, which a view keyed per figure cannot
 * bring together (decision 0002, "Consequences"). So the rollup does it server-side: it reads
 * the `irisan/peserta` view of a kabupaten database (one row per record, sorted by household),
 * folds each household into the month its set changed (PenghitungIrisan), and writes numbers
 * only — one IrisanDoc per kabupaten and month, the stock at the month's end: unsuppressed per
 * kabupaten, kecamatan and desa into the kabupaten database for the district, suppressed per
 * kabupaten and kecamatan into `slrt-agregat` for provinces and the nation.
 */
import { z } from 'zod';
import { AMBANG_SEL, type Bulan } from './dasbor';
import { programIdSchema } from './program';
import { compactCode, kodeKabupaten } from './wilayah';

/** A set of programmes as one code: its ids sorted, joined by `+` (ids never hold one). */
export const PEMISAH_KOMBINASI = '+';

export function kunciKombinasi(program: Iterable<string>): string {
  return [...new Set(program)].sort().join(PEMISAH_KOMBINASI);
}

/** A set's code as a person reads it: the programmes' names joined by ` + `. */
export function labelKombinasi(kunci: string, labelProgram: (kode: string) => string): string {
  return kunci.split(PEMISAH_KOMBINASI).map(labelProgram).join(' + ');
}

const sel = z.number().int().nonnegative().nullable();

/** One area's households by programme: strict, numbers and programme codes only. */
export const irisanWilayahSchema = z.strictObject({
  /** Dotted code of the kabupaten, a kecamatan, or (district documents only) a desa. */
  kode: z.string().regex(/^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/),
  /** The programmes of the matrix, in order. */
  program: z.array(programIdSchema),
  /** `matriks[i][j]`: households receiving `program[i]` and `program[j]`; null where suppressed. */
  matriks: z.array(z.array(sel)),
  /** Households per exact set of programmes, most first. */
  kombinasi: z.array(z.strictObject({ program: z.array(programIdSchema).min(1), rumahtangga: sel }))
});
export type IrisanWilayah = z.infer<typeof irisanWilayahSchema>;

export const irisanSchema = z.strictObject({
  _id: z.string().regex(/^irisan:\d{4}:\d{4}-(0[1-9]|1[0-2])$/),
  _rev: z.string().optional(),
  type: z.literal('irisan'),
  schema: z.literal(1),
  kabupaten: kodeKabupaten,
  bulan: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  /** Small cells suppressed (the aggregates' copy), or the district's own exact numbers. */
  terlindungi: z.boolean(),
  /** One entry per area, in code order. */
  isi: z.array(irisanWilayahSchema)
});
export type IrisanDoc = z.infer<typeof irisanSchema>;

export function irisanDocId(kabupaten: string, bulan: Bulan): string {
  return `irisan:${compactCode(kabupaten)}:${bulan}`;
}

/** One participation record as the `irisan/peserta` view gives it. */
export interface Peserta {
  rumahtanggaId: string;
  programId: string;
  bulan: Bulan;
  /** Dotted desa code. */
  desa: string;
}

/** Households per set of programmes (kunciKombinasi), per area code. */
export type KombinasiPerWilayah = Map<string, Map<string, number>>;

const tambahKe = (peta: Map<string, number>, kunci: string, n: number) => {
  const baru = (peta.get(kunci) ?? 0) + n;
  if (baru === 0) peta.delete(kunci);
  else peta.set(kunci, baru);
};

/**
 * Folds participation records, sorted by household (the view's order), into each month's sets:
 * a household counts in the set it has at a month's end, in its desa, kecamatan and kabupaten.
 * A month where its set grows moves it from the old set to the new one, so only the changes
 * are kept (a household's records, not all of them, are held at once).
 */
export class PenghitungIrisan {
  /** Area → month → set → change in households. */
  private readonly perubahan = new Map<string, Map<Bulan, Map<string, number>>>();
  private rumahtangga: string | null = null;
  private desa = '';
  private awal = new Map<string, Bulan>();

  tambah(p: Peserta): void {
    if (p.rumahtanggaId !== this.rumahtangga) this.tutup();
    this.rumahtangga = p.rumahtanggaId;
    this.desa = p.desa;
    const ada = this.awal.get(p.programId);
    if (!ada || p.bulan < ada) this.awal.set(p.programId, p.bulan);
  }

  private tutup(): void {
    const bulan = [...new Set(this.awal.values())].sort();
    const area = [this.desa.slice(0, 5), this.desa.slice(0, 8), this.desa];
    let sebelum = '';
    for (const b of bulan) {
      const sesudah = kunciKombinasi([...this.awal].filter(([, m]) => m <= b).map(([p]) => p));
      for (const kode of area) {
        const perBulan = this.perubahan.get(kode) ?? new Map<Bulan, Map<string, number>>();
        this.perubahan.set(kode, perBulan);
        const isi = perBulan.get(b) ?? new Map<string, number>();
        perBulan.set(b, isi);
        tambahKe(isi, sesudah, 1);
        if (sebelum) tambahKe(isi, sebelum, -1);
      }
      sebelum = sesudah;
    }
    this.awal = new Map();
  }

  /** The first month any household received a programme; undefined when none did. */
  bulanPertama(): Bulan | undefined {
    this.tutup();
    return [...this.perubahan.values()].flatMap((m) => [...m.keys()]).sort()[0];
  }

  /** Each area's sets at the end of each of `bulan` (ascending). */
  stok(bulan: readonly Bulan[]): Map<Bulan, KombinasiPerWilayah> {
    this.tutup();
    const hasil = new Map<Bulan, KombinasiPerWilayah>(bulan.map((b) => [b, new Map()]));
    for (const [kode, perBulan] of this.perubahan) {
      const berjalan = new Map<string, number>();
      const urut = [...perBulan.keys()].sort();
      let i = 0;
      for (const b of bulan) {
        for (; i < urut.length && urut[i] <= b; i++) for (const [k, n] of perBulan.get(urut[i]) ?? []) tambahKe(berjalan, k, n);
        if (berjalan.size > 0) hasil.get(b)?.set(kode, new Map(berjalan));
      }
    }
    return hasil;
  }
}

/** The matrix and the ranked sets of one area, exact. */
export function irisanWilayah(kode: string, kombinasi: ReadonlyMap<string, number>): IrisanWilayah {
  const set = [...kombinasi].map(([k, n]) => ({ program: k.split(PEMISAH_KOMBINASI), rumahtangga: n }));
  const program = [...new Set(set.flatMap((s) => s.program))].sort();
  const matriks = program.map((a) =>
    program.map((b) => set.reduce((t, s) => t + (s.program.includes(a) && s.program.includes(b) ? s.rumahtangga : 0), 0))
  );
  set.sort((x, y) => y.rumahtangga - x.rumahtangga || kunciKombinasi(x.program).localeCompare(kunciKombinasi(y.program)));
  return { kode, program, matriks, kombinasi: set };
}

/**
 * An area's overlap fit for the aggregates: a cell or a set of 1 to AMBANG_SEL − 1 households
 * is hidden. A matrix cell is the sum of the sets holding both its programmes, so where exactly
 * one of those sets is hidden and the cell is shown, the set could be recovered by subtraction:
 * another of them is hidden too (the smallest), or, with none left, the cell itself.
 */
export function lindungiIrisan(w: IrisanWilayah): IrisanWilayah {
  const kecil = (n: number) => n > 0 && n < AMBANG_SEL;
  const setTersembunyi = w.kombinasi.map((s) => kecil(s.rumahtangga as number));
  const selTersembunyi = w.matriks.map((baris) => baris.map((n) => kecil(n as number)));
  let berubah = true;
  while (berubah) {
    berubah = false;
    w.program.forEach((a, i) =>
      w.program.forEach((b, j) => {
        if (selTersembunyi[i][j]) return;
        const isi = w.kombinasi.flatMap((s, k) => (s.program.includes(a) && s.program.includes(b) ? [k] : []));
        if (isi.filter((k) => setTersembunyi[k]).length !== 1) return;
        const pasangan = isi.filter((k) => !setTersembunyi[k]).sort((x, y) => (w.kombinasi[x].rumahtangga as number) - (w.kombinasi[y].rumahtangga as number))[0];
        if (pasangan === undefined) selTersembunyi[i][j] = true;
        else setTersembunyi[pasangan] = true;
        berubah = true;
      })
    );
  }
  return {
    ...w,
    matriks: w.matriks.map((baris, i) => baris.map((n, j) => (selTersembunyi[i][j] ? null : n))),
    kombinasi: w.kombinasi.map((s, k) => (setTersembunyi[k] ? { ...s, rumahtangga: null } : s))
  };
}

/**
 * The overlap documents of one kabupaten, one per month from its first participation to
 * `sampai`: the district's (kabupaten, kecamatan, desa; exact) or the aggregates' (kabupaten
 * and kecamatan; protected).
 */
export function irisanDocs(kabupaten: string, stok: ReadonlyMap<Bulan, KombinasiPerWilayah>, terlindungi: boolean): IrisanDoc[] {
  return [...stok].map(([bulan, perWilayah]) => ({
    _id: irisanDocId(kabupaten, bulan),
    type: 'irisan' as const,
    schema: 1 as const,
    kabupaten,
    bulan,
    terlindungi,
    isi: [...perWilayah]
      .filter(([kode]) => !terlindungi || kode.length <= 8)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kode, kombinasi]) => (terlindungi ? lindungiIrisan(irisanWilayah(kode, kombinasi)) : irisanWilayah(kode, kombinasi)))
  }));
}
