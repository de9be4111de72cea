/**
 * The server admin URL the router's command-line tools use: COUCHDB_URL (with credentials),
 * or the embedded server's default address with SLRT_ADMIN_USER and SLRT_ADMIN_PASSWORD.
 */
export const EMBEDDED_COUCH_URL = 'http://127.0.0.1:5984';

export class RouterConfigError extends Error {
  override name = 'RouterConfigError';
}

export function couchUrlFromEnv(env: NodeJS.ProcessEnv): string {
  if (env.COUCHDB_URL) {
    let url: URL;
    try {
      url = new URL(env.COUCHDB_URL);
    } catch {
      throw new RouterConfigError('COUCHDB_URL bukan alamat yang valid.');
    }
    if (!url.username || !url.password) {
      throw new RouterConfigError('COUCHDB_URL harus memuat kredensial admin, mis. http://admin:sandi@host:5984');
    }
    return url.href.replace(/\/$/, '');
  }
  if (env.SLRT_ADMIN_USER && env.SLRT_ADMIN_PASSWORD) {
    const url = new URL(EMBEDDED_COUCH_URL);
    url.username = encodeURIComponent(env.SLRT_ADMIN_USER);
    url.password = encodeURIComponent(env.SLRT_ADMIN_PASSWORD);
    return url.href.replace(/\/$/, '');
  }
  throw new RouterConfigError(
    'Setel COUCHDB_URL (mis. http://admin:sandi@127.0.0.1:5984), atau SLRT_ADMIN_USER dan SLRT_ADMIN_PASSWORD untuk server tertanam.'
  );
}
