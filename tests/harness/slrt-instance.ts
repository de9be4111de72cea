/**
 * A whole SLRT on a free port with a throw-away data directory, as the integration and
 * end-to-end suites use it: the same code path as `npm start`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../../couch/config';
import { startSlrt, type RunningSlrt } from '../../couch/slrt';

/** Small enough to load in seconds, large enough for every case state to occur. */
export const TEST_DEMO_HOUSEHOLDS = 300;

export interface TestInstance {
  slrt: RunningSlrt;
  dataDir: string;
  stop(): Promise<void>;
}

export async function startTestInstance(options: { demoHouseholds?: number; port?: number; kabupaten?: string[] } = {}): Promise<TestInstance> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'slrt-test-'));
  const config = readConfig({
    PORT: String(options.port ?? 0),
    SLRT_DATA_DIR: dataDir,
    SLRT_ADMIN_USER: 'admin',
    SLRT_ADMIN_PASSWORD: 'test-admin-password',
    ...(process.env.COUCHDB_URL ? { COUCHDB_URL: process.env.COUCHDB_URL } : {})
  });
  const slrt = await startSlrt({
    config,
    kabupaten: options.kabupaten ?? ['74.01'],
    demoHouseholds: options.demoHouseholds ?? TEST_DEMO_HOUSEHOLDS,
    buildDir: path.resolve('build'),
    log: () => {}
  });
  return {
    slrt,
    dataDir,
    async stop() {
      await slrt.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}
