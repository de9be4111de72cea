/**
 * Settings from the environment, checked once at start. Demo defaults let `npm start` work on
 * a fresh machine; production refuses them.
 */
import path from 'node:path';

export const DEMO_ADMIN_PASSWORD = 'slrt-admin-demo';

export interface SlrtConfig {
  port: number;
  dataDir: string;
  adminUser: string;
  adminPassword: string;
  /** An external Apache CouchDB 3 (with admin credentials in the URL), or null for the embedded one. */
  couchdbUrl: URL | null;
  production: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): SlrtConfig {
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT tidak valid: ${env.PORT}`);
  }
  const couchdbUrl = env.COUCHDB_URL ? parseCouchUrl(env.COUCHDB_URL) : null;
  const adminUser = couchdbUrl
    ? decodeURIComponent(couchdbUrl.username)
    : (env.SLRT_ADMIN_USER ?? 'admin');
  const adminPassword = couchdbUrl
    ? decodeURIComponent(couchdbUrl.password)
    : (env.SLRT_ADMIN_PASSWORD ?? (production ? '' : DEMO_ADMIN_PASSWORD));
  if (!adminUser) throw new ConfigError('Nama admin server basis data kosong (SLRT_ADMIN_USER).');
  if (production && (!adminPassword || adminPassword === DEMO_ADMIN_PASSWORD)) {
    throw new ConfigError(
      'NODE_ENV=production menolak kata sandi admin kosong atau bawaan demo: setel SLRT_ADMIN_PASSWORD (atau kredensial di COUCHDB_URL).'
    );
  }
  if (!adminPassword) throw new ConfigError('Kata sandi admin server basis data kosong (SLRT_ADMIN_PASSWORD).');
  return {
    port,
    dataDir: path.resolve(env.SLRT_DATA_DIR ?? 'data'),
    adminUser,
    adminPassword,
    couchdbUrl,
    production
  };
}

function parseCouchUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`COUCHDB_URL bukan alamat yang valid: ${raw.replace(/\/\/[^@]*@/, '//***@')}`);
  }
  if (!url.username || !url.password) {
    throw new ConfigError('COUCHDB_URL harus memuat kredensial admin, mis. http://admin:sandi@host:5984');
  }
  return url;
}

/** The URL without credentials: what the proxy forwards users' own requests to. */
export function withoutCredentials(url: URL): string {
  const bare = new URL(url.href);
  bare.username = '';
  bare.password = '';
  return bare.href.replace(/\/$/, '');
}
