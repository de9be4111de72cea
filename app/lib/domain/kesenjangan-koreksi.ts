/**
 * The rollup's corrections to the service gap (kesenjangan.ts, "both paths"). The `dasbor/angka`
 * view sums each need's events under the need's keys; where a need was met twice (or a take-back
 * meets a need still met another way), that sum is off by one. The rollup reads every need's
 * events together (view `kesenjangan/peristiwa`, kabupaten databases), applies the one rule
 * (koreksiPemenuhan) and writes one `koreksi` document per kabupaten into its database: what to
 * add, by month and by the keys of the event concerned. `dasbor/angka` emits those rows like any
 * other count, so district views, stock snapshots and aggregates all count a need met once.
 * Numbers and codes only. Fresh as the last rollup (15 minutes): until then a need met twice
 * shows as 0 in its cell at worst (tabelDari never shows a gap below 0).
 */
import { z } from 'zod';
import type { Bulan } from './dasbor';
import { profilSchema } from './household';
import { koreksiPemenuhan } from './kesenjangan';
import { compactCode, kodeKabupaten } from './wilayah';

const barisKoreksiSchema = z.strictObject({
  bulan: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  kecamatan: z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/),
  /** Dotted desa code, or `?` where the event names none (as `dasbor/angka` keys it). */
  desa: z.string().regex(/^(\d{2}\.\d{2}\.\d{2}\.\d{4}|\?)$/),
  programId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  profil: z.strictObject(profilSchema.shape).nullable(),
  /** What the gap adds there (never 0). */
  n: z.number().int()
});
export type BarisKoreksi = z.infer<typeof barisKoreksiSchema>;

export const koreksiSchema = z.strictObject({
  _id: z.string().regex(/^koreksi:\d{4}:kesenjangan$/),
  _rev: z.string().optional(),
  type: z.literal('koreksi'),
  schema: z.literal(1),
  kabupaten: kodeKabupaten,
  baris: z.array(barisKoreksiSchema)
});
export type KoreksiDoc = z.infer<typeof koreksiSchema>;

export function koreksiDocId(kabupaten: string): string {
  return `koreksi:${compactCode(kabupaten)}:kesenjangan`;
}

/** One row of `kesenjangan/peristiwa`, as the rollup reads it. */
export interface PeristiwaKebutuhan {
  kebutuhanId: string;
  bulan: Bulan;
  nilai: number;
  kecamatan: string;
  desa: string;
  programId: string;
  profil: BarisKoreksi['profil'];
}

/**
 * Folds the view's rows, sorted by need then time (the view's order), into the corrections:
 * one need's events are held at a time, the sums by keys across them.
 */
export class PenghitungKoreksi {
  private readonly jumlah = new Map<string, BarisKoreksi>();
  private kebutuhan: PeristiwaKebutuhan[] = [];

  tambah(p: PeristiwaKebutuhan): void {
    if (this.kebutuhan.length > 0 && this.kebutuhan[0].kebutuhanId !== p.kebutuhanId) this.tutup();
    this.kebutuhan.push(p);
  }

  private tutup(): void {
    for (const { peristiwa: p, koreksi } of koreksiPemenuhan(this.kebutuhan)) {
      const baris = { bulan: p.bulan, kecamatan: p.kecamatan, desa: p.desa, programId: p.programId, profil: p.profil };
      const kunci = JSON.stringify(baris);
      const n = (this.jumlah.get(kunci)?.n ?? 0) + koreksi;
      if (n === 0) this.jumlah.delete(kunci);
      else this.jumlah.set(kunci, { ...baris, n });
    }
    this.kebutuhan = [];
  }

  /** The kabupaten's correction document; rows in a stable order, so it is rewritten only when a number changed. */
  dokumen(kabupaten: string): KoreksiDoc {
    this.tutup();
    const baris = [...this.jumlah].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, b]) => b);
    return { _id: koreksiDocId(kabupaten), type: 'koreksi', schema: 1, kabupaten, baris };
  }
}
