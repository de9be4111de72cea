/**
 * The server's check for programmes added to a district's catalogue (the manager writes them
 * from the app, straight into CouchDB): every minute, the inbox of each new programme is
 * created with its `_security` and design documents (provision.ts `siapkanKotakProgram`), so
 * its programme manager can be given an account and read its referrals. Never two checks at
 * once; a failure is logged and tried again at the next one.
 */
import { describeError } from '../router/couch-admin';

export const KOTAK_INTERVAL_MS = 60_000;

export interface KotakBerkala {
  stop(): Promise<void>;
}

export function startKotakBerkala(options: {
  periksa: () => Promise<string[]>;
  log: (message: string) => void;
  intervalMs?: number;
}): KotakBerkala {
  let berjalan: Promise<void> | null = null;
  const sekali = () => {
    berjalan ??= options
      .periksa()
      .then((dibuat) => dibuat.forEach((db) => options.log(`Kotak rujukan program baru dibuat: ${db}`)))
      .catch((error: unknown) => options.log(`Pemeriksaan kotak rujukan program gagal: ${describeError(error)}; dicoba lagi nanti`))
      .finally(() => (berjalan = null));
  };
  const timer = setInterval(sekali, options.intervalMs ?? KOTAK_INTERVAL_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await berjalan;
    }
  };
}
