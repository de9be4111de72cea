/**
 * The rollup as the SLRT server runs it: once the router has moved what waits (after start,
 * and after the demo district is loaded), then every `intervalMs`. Never two at once: a run
 * asked for while one runs happens once more after it, so data that arrived meanwhile is
 * counted. Never in the way of start, and a failure is logged, not thrown.
 */
import { describeError } from '../router/couch-admin';
import type { RollupReport } from './rollup';

export const REKAP_INTERVAL_MS = 15 * 60_000;

export interface RekapBerkala {
  /** Asks for a run; resolves when a run that started after the call has ended (null if it failed). */
  jalankan(): Promise<RollupReport | null>;
  stop(): Promise<void>;
}

export interface RekapBerkalaOptions {
  /** One rollup (rollup.ts). */
  rekap: () => Promise<RollupReport>;
  log: (message: string) => void;
  /** The first run waits for this (the router having moved what waits), whether it succeeds or not. */
  mulaiSetelah?: Promise<unknown>;
  intervalMs?: number;
}

export function startRekapBerkala(options: RekapBerkalaOptions): RekapBerkala {
  let berjalan: Promise<RollupReport | null> | null = null;
  let berikut: Promise<RollupReport | null> | null = null;
  let berhenti = false;

  async function sekali(): Promise<RollupReport | null> {
    try {
      const report = await options.rekap();
      if (report.ditulis > 0) options.log(`Rekap agregat: ${report.ditulis} dokumen diperbarui (${report.kabupaten.join(', ')})`);
      for (const g of report.gagal) options.log(`Rekap agregat ${g.kabupaten} gagal: ${g.pesan}; dicoba lagi pada jadwal berikutnya`);
      return report;
    } catch (error) {
      options.log(`Rekap agregat gagal: ${describeError(error)}; dicoba lagi pada jadwal berikutnya`);
      return null;
    }
  }

  function jalankan(): Promise<RollupReport | null> {
    if (berhenti) return Promise.resolve(null);
    if (!berjalan) {
      berjalan = sekali().finally(() => (berjalan = null));
      return berjalan;
    }
    berikut ??= berjalan.then(() => {
      berikut = null;
      return jalankan();
    });
    return berikut;
  }

  const timer = setInterval(() => void jalankan(), options.intervalMs ?? REKAP_INTERVAL_MS);
  timer.unref();
  void Promise.resolve(options.mulaiSetelah)
    .catch(() => undefined)
    .then(() => jalankan());

  return {
    jalankan,
    async stop() {
      berhenti = true;
      clearInterval(timer);
      await berjalan;
    }
  };
}
