/**
 * The fallback update source for a server without `_db_updates` (PouchDB Server) when the
 * router runs on its own: every `intervalMs`, each kecamatan and kabupaten database's
 * `update_seq`, compared with the last one seen. A database seen for the first time counts as
 * changed, so nothing written before the first look is missed. `_local` checkpoints do not
 * move `update_seq`, so the router's own runs do not wake it.
 */
import { describeError, type CouchAdmin } from './couch-admin';
import { mapLimited } from './map-limited';
import { isRoutedDb } from './rules';
import type { RouterLog, UpdateSource } from './update-source';

const PARALLEL_REQUESTS = 8;

export function pollUpdateSeqs(
  couch: CouchAdmin,
  { intervalMs, log }: { intervalMs: number; log: RouterLog }
): UpdateSource {
  return (listener) => {
    const seen = new Map<string, string>();
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;

    async function poll(): Promise<void> {
      try {
        const names = (await couch.allDbs()).filter(isRoutedDb);
        for (const gone of [...seen.keys()].filter((db) => !names.includes(db))) seen.delete(gone);
        await mapLimited(names, PARALLEL_REQUESTS, async (db) => {
          const seq = await couch.dbInfo(db).then(
            (info) => JSON.stringify(info.update_seq),
            () => null
          );
          if (seq === null || seen.get(db) === seq) return;
          seen.set(db, seq);
          if (!stopped) listener(db);
        });
      } catch (error) {
        log(`Polling update_seq gagal (${describeError(error)}); dicoba lagi`);
      }
      if (!stopped) timer = setTimeout(poll, intervalMs);
    }

    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  };
}
