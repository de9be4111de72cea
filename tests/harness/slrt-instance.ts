/**
 * A whole SLRT on a free port with a throw-away data directory, as the integration and
 * end-to-end suites use it: the same code path as `npm start`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../../couch/config';
import { startEmbeddedCouch, type EmbeddedCouch } from '../../couch/embedded/supervisor';
import { startSlrt, type RunningSlrt } from '../../couch/slrt';

/** Small enough to load in seconds, large enough for every case state to occur. */
export const TEST_DEMO_HOUSEHOLDS = 300;

export const TEST_ADMIN = { name: 'admin', password: 'test-admin-password' };

export interface TestInstance {
  readonly slrt: RunningSlrt;
  dataDir: string;
  /** Stops the whole SLRT (server, router, CouchDB) and starts it again on the same port and data. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface TestInstanceOptions {
  demoHouseholds?: number;
  port?: number;
  /** Where the server's log lines go (dropped by default); the log-privacy test reads them. */
  log?: (message: string) => void;
  /** Dotted kabupaten codes to provision (default Kolaka, 74.01). */
  kabupaten?: string[];
}

export async function startTestInstance(options: TestInstanceOptions = {}): Promise<TestInstance> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'slrt-test-'));
  const start = (port: number) =>
    startSlrt({
      config: readConfig({
        PORT: String(port),
        SLRT_DATA_DIR: dataDir,
        SLRT_ADMIN_USER: TEST_ADMIN.name,
        SLRT_ADMIN_PASSWORD: TEST_ADMIN.password,
        ...(process.env.COUCHDB_URL ? { COUCHDB_URL: process.env.COUCHDB_URL } : {})
      }),
      kabupaten: options.kabupaten ?? ['74.01'],
      demoHouseholds: options.demoHouseholds ?? TEST_DEMO_HOUSEHOLDS,
      buildDir: path.resolve('build'),
      log: options.log ?? (() => {})
    });
  let slrt = await start(options.port ?? 0);
  return {
    get slrt() {
      return slrt;
    },
    dataDir,
    async restart() {
      const port = Number(new URL(slrt.url).port);
      await slrt.stop();
      slrt = await start(port);
    },
    async stop() {
      await slrt.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

export interface BareCouch {
  couch: EmbeddedCouch;
  stop(): Promise<void>;
}

/**
 * The embedded CouchDB alone, on a throw-away data directory: no provisioning, demo, router,
 * rollup or app, so nothing writes to it but the test (a restore target, a still source).
 */
export async function startBareCouch(): Promise<BareCouch> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'slrt-bare-'));
  const couch = await startEmbeddedCouch({ dataDir, adminUser: TEST_ADMIN.name, adminPassword: TEST_ADMIN.password, log: () => {} });
  return {
    couch,
    async stop() {
      await couch.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}
