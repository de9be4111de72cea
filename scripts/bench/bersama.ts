/**
 * What the bench items share: progress on stderr (stdout carries the table), sizes from the
 * environment, a clock, and a memory sampler.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export const log = (pesan: string) => process.stderr.write(`[bench] ${pesan}\n`);

/** A size from `BENCH_<NAME>`, else the default that keeps the whole run within 20 minutes here. */
export function ukuranEnv(nama: string, bawaan: number): number {
  const teks = process.env[nama];
  if (teks === undefined || teks === '') return bawaan;
  const n = Number(teks.replace(/_/g, ''));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${nama} harus bilangan bulat positif, bukan "${teks}"`);
  return n;
}

/** Seconds an async function takes, with what it returned. */
export async function waktu<T>(fn: () => Promise<T>): Promise<{ detik: number; hasil: T }> {
  const t0 = performance.now();
  const hasil = await fn();
  return { detik: (performance.now() - t0) / 1000, hasil };
}

/** Milliseconds of each call, `n` calls one after another. */
export async function ulangi(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    ms.push(performance.now() - t0);
  }
  return ms;
}

export interface Memori {
  /** Live heap (after a full collection) when sampling started. */
  awalHeapMb: number;
  /** The largest live heap seen: what the work holds, garbage not counted. */
  puncakHidupMb: number;
  /** The largest heap in use seen, garbage not yet collected included. */
  puncakHeapMb: number;
  puncakRssMb: number;
}

/**
 * A full garbage collection on demand: `--expose-gc` set at run time makes `gc` appear in
 * contexts created afterwards, so the bench needs no Node flag of its own.
 */
function pengumpul(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/**
 * Samples this process's memory until stopped: heap and RSS every `ms`, and the live heap
 * after a full collection every `hidupMs` (a collection costs time, so rarely). Peaks, not
 * averages: a leak shows as a live heap that keeps growing with the rows read.
 */
export function sampelMemori(ms = 200, hidupMs = 2_000): { berhenti(): Memori } {
  const gc = pengumpul();
  const mb = (n: number) => n / 2 ** 20;
  gc();
  const awal = process.memoryUsage();
  const m: Memori = { awalHeapMb: mb(awal.heapUsed), puncakHidupMb: mb(awal.heapUsed), puncakHeapMb: mb(awal.heapUsed), puncakRssMb: mb(awal.rss) };
  const sampel = () => {
    const u = process.memoryUsage();
    m.puncakHeapMb = Math.max(m.puncakHeapMb, mb(u.heapUsed));
    m.puncakRssMb = Math.max(m.puncakRssMb, mb(u.rss));
  };
  const hidup = () => {
    gc();
    m.puncakHidupMb = Math.max(m.puncakHidupMb, mb(process.memoryUsage().heapUsed));
  };
  const t1 = setInterval(sampel, ms);
  const t2 = setInterval(hidup, hidupMs);
  return {
    berhenti() {
      clearInterval(t1);
      clearInterval(t2);
      sampel();
      hidup();
      return { ...m };
    }
  };
}

/**
 * Until the replication router has moved everything (each try waits up to its own minute): on a
 * busy 2-core machine routing a freshly loaded kecamatan into the programme inboxes takes longer.
 */
export async function tungguRouter(slrt: { routerSettled(): Promise<void> }, menit = 10): Promise<void> {
  const sampai = Date.now() + menit * 60_000;
  for (;;) {
    try {
      return await slrt.routerSettled();
    } catch (error) {
      if (Date.now() > sampai) throw error;
      log(`${(error as Error).message}; still waiting…`);
    }
  }
}
