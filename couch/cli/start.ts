/**
 * `npm start`: the whole product on one machine, then a table of where to go and who to be.
 */
import path from 'node:path';
import { ConfigError, readConfig } from '../config';
import { startSlrt } from '../slrt';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../scripts/demo/accounts';

const DEFAULT_DEMO_HOUSEHOLDS = 2_000;

async function main(): Promise<void> {
  const config = readConfig();
  const slrt = await startSlrt({
    config,
    kabupaten: (process.env.SLRT_KABUPATEN ?? '74.01').split(',').map((s) => s.trim()),
    // Never load demo households into a production CouchDB.
    demoHouseholds: config.couchdbUrl ? 0 : Number(process.env.SLRT_DEMO_HOUSEHOLDS ?? DEFAULT_DEMO_HOUSEHOLDS),
    buildDir: path.resolve('build')
  });

  const shown = config.port === 0 ? slrt.url : `http://localhost:${config.port}`;
  console.log(`\nSLRT berjalan di ${shown}  (API CouchDB: ${shown}/db/)`);
  console.log(`Data: ${config.dataDir}${config.couchdbUrl ? ` · CouchDB: ${slrt.couchUrl}` : ' · server basis data tertanam'}`);
  console.log(`\nAkun demo (kata sandi semua: ${DEMO_PASSWORD}):`);
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.name.length));
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.name.padEnd(width)}  ${account.description}`);
  console.log('Tekan Ctrl-C untuk berhenti.\n');

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log('\nMenghentikan SLRT…');
    await slrt.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(error instanceof ConfigError ? `Konfigurasi: ${error.message}` : `SLRT gagal mulai: ${error.stack ?? error.message}`);
  process.exit(1);
});
