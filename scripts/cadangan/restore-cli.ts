/**
 * `npm run restore -- <folder> [--timpa]`: rebuilds the server (COUCHDB_URL, or the embedded
 * one on SLRT_DATA_DIR) from a folder that `npm run backup` wrote.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { withAdminCouch } from '../../couch/cli/admin-couch';
import { progressBar } from './progress';
import { restore, RestoreRefusedError } from './restore';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { timpa: { type: 'boolean', default: false } }, allowPositionals: true });
  if (positionals.length !== 1) {
    throw new Error('Sebutkan satu folder cadangan, mis. npm run restore -- cadangan/2026-12-02T1100');
  }
  const dir = path.resolve(positionals[0]);
  const bar = progressBar();
  const report = await withAdminCouch((adminUrl) => restore({ adminUrl, dir, timpa: values.timpa, onProgress: bar.update })).finally(() =>
    bar.stop()
  );
  console.log(
    `Pemulihan selesai: ${report.manifest.databases.length} basis data, ${report.revisions} dokumen ` +
      `(cadangan ${report.manifest.startedAt}, SLRT ${report.manifest.slrtVersion}).`
  );
  if (report.replaced.length > 0) console.log(`Diganti isinya: ${report.replaced.join(', ')}.`);
  console.log('Lalu jalankan npm run setup (design document dan basis data baru), baru mulai SLRT.');
}

main().catch((error: Error) => {
  console.error(error instanceof RestoreRefusedError ? `\n${error.message}` : `\nPemulihan gagal: ${error.message}`);
  process.exit(1);
});
