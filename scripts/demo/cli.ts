/**
 * `npm run demo -- --households 20000 --kecamatan 74.01.01 --seed 7`: loads a demo district
 * into the provisioned CouchDB named by COUCHDB_URL (admin credentials in the URL).
 * `--kecamatan` takes dotted codes separated by commas, or `semua` for all of Kabupaten Kolaka;
 * `--now 2025-06-30` pins the demo's "today" to reproduce a load exactly.
 */
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { DEFAULT_KECAMATAN } from './generate';
import { DEFAULT_DEMO_HOUSEHOLDS, DEMO_SEED, DemoDitolakError, loadDemo, type LoadDemoResult } from './load';

class CliError extends Error {
  override name = 'CliError';
}

function wholeNumber(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new CliError(`--${name} harus bilangan bulat ≥ 0, bukan "${raw}"`);
  return n;
}

function parseNow(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const ms = Date.parse(`${raw}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(ms)) throw new CliError(`--now harus tanggal TTTT-BB-HH, bukan "${raw}"`);
  return ms;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      households: { type: 'string', default: String(DEFAULT_DEMO_HOUSEHOLDS) },
      kecamatan: { type: 'string', default: DEFAULT_KECAMATAN.join(',') },
      seed: { type: 'string', default: String(DEMO_SEED) },
      now: { type: 'string' }
    }
  });
  const couchUrl = process.env.COUCHDB_URL;
  if (!couchUrl) {
    throw new CliError('Setel COUCHDB_URL ke alamat admin CouchDB yang sudah diprovisioning, mis. http://admin:sandi@127.0.0.1:5984');
  }
  const households = wholeNumber('households', values.households);
  const seed = wholeNumber('seed', values.seed);
  const now = parseNow(values.now);
  const kecamatan = values.kecamatan === 'semua' ? 'semua' : values.kecamatan.split(',').map((k) => k.trim());
  const bar = new cliProgress.SingleBar({
    format: 'Rumah tangga {bar} {value}/{total} | {docs} dokumen | {rate} dok/detik | {duration_formatted}',
    hideCursor: true
  });
  bar.start(households, 0, { docs: 0, rate: 0 });
  let result: LoadDemoResult;
  try {
    result = await loadDemo({
      couchUrl,
      households,
      seed,
      kecamatan,
      now,
      onProgress: (p) =>
        bar.update(p.households, { docs: p.docs, rate: Math.round(p.docs / Math.max(p.elapsedMs / 1000, 0.001)) })
    });
  } finally {
    bar.stop();
  }
  console.log(
    `Selesai dalam ${result.seconds} detik: ${result.docs} dokumen ditulis` +
      (result.alreadyPresent ? `, ${result.alreadyPresent} sudah ada` : '') +
      ` (kecamatan ${result.kecamatan.join(', ')}, seed ${result.seed}).`
  );
  console.log(
    `Akun demo: ${result.users.created.length} dibuat, ${result.users.updated.length} diperbarui, ` +
      `${result.users.unchanged.length} tidak berubah.`
  );
}

main().catch((error: Error) => {
  console.error(`\nData demo gagal dimuat: ${error.message}`);
  if (error instanceof DemoDitolakError) console.error(JSON.stringify(error.rejections.slice(0, 20), null, 2));
  process.exit(1);
});
