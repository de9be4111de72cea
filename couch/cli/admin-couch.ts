/**
 * The server the operator's command-line tools work on: the Apache CouchDB of COUCHDB_URL
 * (admin credentials in the URL), or else the embedded server on SLRT_DATA_DIR, started for
 * the duration of the command.
 */
import { readConfig } from '../config';
import { startEmbeddedCouch } from '../embedded/supervisor';

export class AdminCouchError extends Error {
  override name = 'AdminCouchError';
}

export async function withAdminCouch<T>(work: (adminUrl: string) => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const config = readConfig(env);
  const embedded = config.couchdbUrl
    ? null
    : await startEmbeddedCouch({ dataDir: config.dataDir, adminUser: config.adminUser, adminPassword: config.adminPassword }).catch(
        (error: Error) => {
          // LevelDB admits one process at a time: the usual cause is a running `npm start`.
          throw new AdminCouchError(
            `${error.message}. Bila SLRT (npm start) sedang berjalan pada ${config.dataDir}, hentikan dulu, ` +
              'atau setel COUCHDB_URL ke server yang sedang berjalan.'
          );
        }
      );
  try {
    return await work(embedded?.adminUrl ?? config.couchdbUrl!.href);
  } finally {
    await embedded?.stop();
  }
}
