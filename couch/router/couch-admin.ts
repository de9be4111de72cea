/**
 * The few CouchDB HTTP calls the router makes as server admin. Node's fetch refuses URLs
 * with credentials, so they travel as a Basic authorization header instead; PouchDB's HTTP
 * adapter takes the URL with credentials as it is (`dbUrl`).
 */

export class CouchHttpError extends Error {
  override name = 'CouchHttpError';
  constructor(
    readonly status: number,
    readonly path: string,
    reason: string
  ) {
    super(`${status} ${reason} (${path})`);
  }
}

export class MissingDatabaseError extends Error {
  override name = 'MissingDatabaseError';
  constructor(readonly db: string) {
    super(`Basis data ${db} tidak ada; router tidak membuatnya. Buat lewat provisioning.`);
  }
}

export interface CouchAdmin {
  /** The server URL without credentials, safe to log. */
  readonly baseUrl: string;
  /** A database's URL with the admin credentials, for PouchDB. */
  dbUrl(db: string): string;
  request(path: string, init?: RequestInit): Promise<Response>;
  /** Parsed JSON of a 2xx answer; any other status throws CouchHttpError. */
  json<T>(path: string, init?: RequestInit): Promise<T>;
  allDbs(): Promise<string[]>;
  dbInfo(db: string): Promise<{ update_seq: string | number }>;
  /** Throws MissingDatabaseError when `db` does not exist. */
  requireDb(db: string): Promise<void>;
}

export function couchAdmin(couchUrl: string): CouchAdmin {
  const url = new URL(couchUrl);
  const authorization = url.username
    ? 'Basic ' +
      Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')
    : null;
  const withCredentials = url.href.replace(/\/$/, '');
  url.username = '';
  url.password = '';
  const baseUrl = url.href.replace(/\/$/, '');

  async function request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (authorization) headers.set('authorization', authorization);
    if (init.body !== undefined) headers.set('content-type', 'application/json');
    headers.set('accept', 'application/json');
    return fetch(baseUrl + path, { ...init, headers });
  }

  async function json<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await request(path, init);
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { reason?: unknown; error?: unknown };
      throw new CouchHttpError(response.status, path, String(body.reason ?? body.error ?? response.statusText));
    }
    return (await response.json()) as T;
  }

  return {
    baseUrl,
    dbUrl: (db) => `${withCredentials}/${encodeURIComponent(db)}`,
    request,
    json,
    allDbs: () => json<string[]>('/_all_dbs'),
    dbInfo: (db) => json(`/${encodeURIComponent(db)}`),
    async requireDb(db) {
      const response = await request(`/${encodeURIComponent(db)}`, { method: 'HEAD' });
      if (response.status === 404) throw new MissingDatabaseError(db);
      if (!response.ok) throw new CouchHttpError(response.status, `/${db}`, response.statusText);
    }
  };
}

/** What the log may say about an error: its kind and the server's reason, never documents. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 200);
  const status = (error as { status?: unknown }).status;
  const prefix = typeof status === 'number' && !(error instanceof CouchHttpError) ? `${status} ` : '';
  return `${error.name}: ${prefix}${error.message}`.slice(0, 300);
}
