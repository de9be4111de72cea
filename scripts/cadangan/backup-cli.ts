/**
 * `npm run backup [-- --ke <folder>]`: every SLRT database and the `_users` accounts into
 * `cadangan/<YYYY-MM-DDTHHmm>/` (UTC), or the folder given. The server is COUCHDB_URL, or the
 * embedded one on SLRT_DATA_DIR (couch/cli/admin-couch.ts).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { withAdminCouch } from '../../couch/cli/admin-couch';
import { backup } from './backup';
import { DEFAULT_BACKUP_ROOT, backupFolderName } from './cakupan';
import { progressBar } from './progress';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { ke: { type: 'string' } } });
  const dir = path.resolve(values.ke ?? path.join(DEFAULT_BACKUP_ROOT, backupFolderName(new Date())));
  const bar = progressBar();
  const manifest = await withAdminCouch((adminUrl) => backup({ adminUrl, dir, onProgress: bar.update })).finally(() => bar.stop());
  const revisions = manifest.databases.reduce((sum, db) => sum + db.revisions, 0);
  console.log(`Cadangan selesai: ${manifest.databases.length} basis data, ${revisions} dokumen, di ${dir}`);
  console.log('Cadangan memuat data pribadi dan hash kata sandi akun: simpan di tempat yang hanya dapat dibaca operator.');
}

main().catch((error: Error) => {
  console.error(`\nPencadangan gagal: ${error.message}`);
  process.exit(1);
});
