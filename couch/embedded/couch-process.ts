/**
 * The embedded CouchDB-compatible server: express-pouchdb on LevelDB, run as a child process
 * of the SLRT server so that a crash inside PouchDB Server (it has several, STACK-NOTES.md)
 * never takes the app down; the supervisor restarts it on the same port and data directory.
 *
 * Started by supervisor.ts with: SLRT_COUCH_PORT, SLRT_DATA_DIR, SLRT_ADMIN_USER,
 * SLRT_ADMIN_PASSWORD. Tells the parent over IPC when it listens, and which database each
 * successful write touched (PouchDB Server has no `_db_updates` for the router).
 */
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { isWriteRequest } from './write-requests';

const require = createRequire(import.meta.url);

const port = Number(process.env.SLRT_COUCH_PORT);
const dataDir = path.resolve(process.env.SLRT_DATA_DIR ?? 'data');
const adminUser = process.env.SLRT_ADMIN_USER ?? '';
const adminPassword = process.env.SLRT_ADMIN_PASSWORD ?? '';

const dbDir = path.join(dataDir, 'couch');
mkdirSync(dbDir, { recursive: true });

const PouchDB = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'))
  .plugin(require('pouchdb-mapreduce'))
  .plugin(require('pouchdb-adapter-leveldb'));

const expressPouchDB = require('express-pouchdb');

const configPath = path.join(dataDir, 'couch-config.json');
const pouchApp = expressPouchDB(PouchDB.defaults({ prefix: dbDir + path.sep }), {
  configPath,
  logPath: path.join(dataDir, 'couch.log'),
  mode: 'fullCouchDB',
  // No CORS: the SLRT server serves the app and /db/ from one origin.
  overrideMode: { exclude: ['routes/fauxton'] }
});

const adminAuth = 'Basic ' + Buffer.from(`${adminUser}:${adminPassword}`).toString('base64');

/**
 * express-pouchdb routes `_bulk_docs` before it loads the database's security object, so its
 * `validate_doc_update` would see a database without members and refuse every non-admin push
 * (replication from a tablet uses `_bulk_docs`). Load it first, as CouchDB does.
 */
async function securityOf(db: string): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${port}/${encodeURIComponent(db)}/_security`, {
    headers: { authorization: adminAuth }
  });
  if (response.status === 404) return undefined; // express-pouchdb answers for a missing database
  if (!response.ok) throw new Error(`_security ${db}: HTTP ${response.status}`);
  return response.json();
}

function isBulkDocs(method: string, urlPath: string): string | null {
  const match = /^\/([^/_][^/]*)\/_bulk_docs\/?$/.exec(urlPath);
  return method === 'POST' && match ? decodeURIComponent(match[1]) : null;
}

// A bare HTTP server in front of express-pouchdb (an Express 4 app): mounting it inside an
// Express 5 app breaks its routes, which assign to `req.query`.
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  const urlPath = (req.url ?? '/').split('?')[0];
  const bulkDb = isBulkDocs(req.method ?? 'GET', urlPath);
  if (bulkDb) {
    // The request body stays unread (paused) until express-pouchdb parses it.
    securityOf(bulkDb).then(
      (secObj) => {
        (req as IncomingMessage & { couchSecurityObj?: unknown }).couchSecurityObj = secObj;
        serve(req, res, urlPath);
      },
      (error: Error) => {
        // Not a refusal: the tablet keeps the documents and tries again.
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'unavailable', reason: error.message }));
      }
    );
    return;
  }
  serve(req, res, urlPath);
});

function serve(req: IncomingMessage, res: ServerResponse, urlPath: string): void {
  if (isWriteRequest(req.method ?? 'GET', urlPath)) {
    res.on('finish', () => {
      if (res.statusCode < 400) {
        const db = decodeURIComponent(urlPath.split('/')[1] ?? '');
        process.send?.({ type: 'db-updated', db });
      }
    });
  }
  pouchApp(req, res);
}

/**
 * The secret that signs session cookies. express-pouchdb draws a new one at every start unless
 * the configuration file holds one, so each restart after a crash logged every user out (their
 * devices stop syncing until someone types the password again online). Apache CouchDB keeps
 * its `[chttpd_auth] secret` the same way, in its configuration.
 */
function storedSecret(): string | undefined {
  if (!existsSync(configPath)) return undefined;
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as { couch_httpd_auth?: { secret?: string } };
  return config.couch_httpd_auth?.secret;
}

pouchApp.couchConfig.set('log', 'level', 'warning', () => {
  pouchApp.couchConfig.set('couch_httpd_auth', 'secret', storedSecret() ?? randomBytes(32).toString('hex'), () => {
    pouchApp.couchConfig.set('admins', adminUser, adminPassword, (err: Error | null) => {
      if (err) {
        console.error('Gagal menyetel admin server basis data:', err.message);
        process.exit(1);
      }
      server.listen(port, '127.0.0.1', () => process.send?.({ type: 'listening', port }));
    });
  });
});
