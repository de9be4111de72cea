/**
 * Everything `npm start` runs, as one function the test harness runs too: the CouchDB
 * (embedded and supervised, or an external Apache CouchDB), provisioning, the demo district
 * on a new data directory, the replication router and the SLRT server.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { type SlrtConfig, withoutCredentials } from './config';
import { startEmbeddedCouch } from './embedded/supervisor';
import { startKotakBerkala } from './provision/kotak-berkala';
import { provision, siapkanKotakProgram } from './provision/provision';
import { startRekapBerkala } from './rollup/berkala';
import { rollup } from './rollup/rollup';
import { startRouter, routerStatus } from './router/router';
import { createApp } from './server/app';
import { loadDemo } from '../scripts/demo/load';

export interface SlrtOptions {
  config: SlrtConfig;
  /** Dotted kabupaten codes to provision. */
  kabupaten: string[];
  /** Households of the demo district to load when the data directory has none yet; 0 for none. */
  demoHouseholds: number;
  buildDir: string;
  log?: (message: string) => void;
}

export interface RunningSlrt {
  /** The app and `/db/`, e.g. http://127.0.0.1:8080 */
  url: string;
  /** CouchDB with admin credentials (scripts, tests). */
  couchAdminUrl: string;
  /** CouchDB without credentials. */
  couchUrl: string;
  demoLoaded: boolean;
  /** Resolves when the router has moved everything that is waiting (every route at lag 0). */
  routerSettled(): Promise<void>;
  /**
   * Runs `fn` with the router stopped, then starts it again (it sweeps every route from its
   * checkpoint, as at start). For the bench, which places its fixture itself and marks the
   * routes as carried (scripts/bench/muat-kecamatan.ts); nothing else needs it.
   */
  withoutRouter<T>(fn: () => Promise<T>): Promise<T>;
  /** Kill the embedded CouchDB process (supervision tests). */
  killCouch(): void;
  stop(): Promise<void>;
}

export async function startSlrt(options: SlrtOptions): Promise<RunningSlrt> {
  const { config } = options;
  const log = options.log ?? ((m: string) => console.log(m));
  mkdirSync(config.dataDir, { recursive: true });
  const demoMarker = path.join(config.dataDir, 'demo-loaded.json');

  const embedded = config.couchdbUrl
    ? null
    : await startEmbeddedCouch({
        dataDir: config.dataDir,
        adminUser: config.adminUser,
        adminPassword: config.adminPassword,
        log
      });
  const couchAdminUrl = embedded ? embedded.adminUrl : config.couchdbUrl!.href.replace(/\/$/, '');
  const couchUrl = embedded ? embedded.url : withoutCredentials(config.couchdbUrl!);

  const stopCouch = async () => embedded?.stop();
  try {
    const report = await provision(couchAdminUrl, { kabupaten: options.kabupaten }, log);
    log(
      `Basis data: ${report.databases.length} siap (${report.databasesCreated.length} baru, ` +
        `${report.designDocsUpdated.length} design document diperbarui)`
    );
  } catch (error) {
    await stopCouch();
    throw error;
  }

  const runRouter = () =>
    startRouter({
      couchUrl: couchAdminUrl,
      source: embedded ? (listener) => embedded.onDbUpdated(listener) : undefined,
      log
    });
  let router = await runRouter();

  let demoLoaded = false;
  if (options.demoHouseholds > 0 && !existsSync(demoMarker)) {
    log(`Memuat distrik demo Kabupaten Kolaka (${options.demoHouseholds} rumah tangga)…`);
    const result = await loadDemo({ couchUrl: couchAdminUrl, households: options.demoHouseholds });
    writeFileSync(demoMarker, JSON.stringify({ at: new Date().toISOString(), ...result }, null, 2));
    demoLoaded = true;
  }

  // The aggregates follow what the router has moved (the demo district included); start never waits.
  const rekap = startRekapBerkala({ rekap: () => rollup({ couchUrl: couchAdminUrl }), log, mulaiSetelah: router.settled() });

  // The demo's regional programmes (and any added while the server was down) get their inboxes now.
  const periksaKotak = () => siapkanKotakProgram(couchAdminUrl, options.kabupaten);
  for (const db of await periksaKotak()) log(`Kotak rujukan program dibuat: ${db}`);
  const kotak = startKotakBerkala({ periksa: periksaKotak, log });

  const app = createApp({ couchUrl, couchAdminUrl, buildDir: options.buildDir, routerStatus: () => routerStatus(couchAdminUrl), log });
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.port, '0.0.0.0', () => resolve(s));
    s.on('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;

  return {
    url: `http://127.0.0.1:${port}`,
    couchAdminUrl,
    couchUrl,
    demoLoaded,
    routerSettled: () => router.settled(),
    async withoutRouter(fn) {
      await router.stop();
      try {
        return await fn();
      } finally {
        router = await runRouter();
      }
    },
    killCouch: () => embedded?.kill(),
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rekap.stop();
      await kotak.stop();
      await router.stop();
      await stopCouch();
    }
  };
}
