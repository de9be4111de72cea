/**
 * `npm run setup`: provision the databases, `_security` and design documents. Against a real
 * CouchDB: `COUCHDB_URL=http://admin:pw@host:5984 npm run setup [-- --provinsi 74 | --kabupaten 74.01,74.02]`.
 * Without COUCHDB_URL it provisions the embedded server's data directory.
 */
import { parseArgs } from 'node:util';
import { ConfigError } from '../config';
import { provision } from '../provision/provision';
import { withAdminCouch } from './admin-couch';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { kabupaten: { type: 'string', default: '74.01' }, provinsi: { type: 'string' } }
  });
  await withAdminCouch(async (adminUrl) => {
    const target = values.provinsi ? { provinsi: values.provinsi } : { kabupaten: values.kabupaten.split(',') };
    const report = await provision(adminUrl, target, (m) => console.log(m));
    console.log(
      `Selesai: ${report.databases.length} basis data; ${report.databasesCreated.length} dibuat, ` +
        `${report.securityUpdated.length} _security diperbarui, ${report.designDocsUpdated.length} design document diperbarui.`
    );
  });
}

main().catch((error: Error) => {
  console.error(error instanceof ConfigError ? `Konfigurasi: ${error.message}` : `Provisioning gagal: ${error.message}`);
  process.exit(1);
});
