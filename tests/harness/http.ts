import type { TanyaView } from '../../app/lib/domain/dasbor-kueri';
import { viewPath } from '../../couch/rollup/rollup';

/**
 * A user's HTTP client for the suites: logs in through `/db/_session` like the app and keeps
 * the cookie, so every assertion is about what the server itself allows.
 */
export interface UserClient {
  name: string;
  /** A request to CouchDB through `/db`. */
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  /** A request to the SLRT server's own endpoints under `/api`, with the same session. */
  api(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
}

/**
 * One request with the session cookie, as the app's own pages send it: a browser adds the
 * page's `Origin` to every request that is not a GET or HEAD. The answer is parsed as JSON
 * when it is JSON.
 */
async function send(baseUrl: string, url: string, cookie: string, method: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method,
    headers: {
      ...(cookie ? { cookie } : {}),
      accept: 'application/json',
      ...(['GET', 'HEAD'].includes(method) ? {} : { origin: baseUrl }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers
    },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Some answers (e.g. an empty 200) are not JSON; keep the text.
  }
  return { status: response.status, body: parsed as any };
}

export async function logInAs(baseUrl: string, name: string, password: string): Promise<UserClient> {
  const login = await fetch(`${baseUrl}/db/_session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ name, password })
  });
  if (!login.ok) throw new Error(`Login ${name} gagal: ${login.status} ${await login.text()}`);
  return clientWith(baseUrl, name, (login.headers.get('set-cookie') ?? '').split(';')[0]);
}

/** A visitor's client: the same requests without any session. */
export function visitorClient(baseUrl: string): UserClient {
  return clientWith(baseUrl, '(tanpa sesi)', '');
}

function clientWith(baseUrl: string, name: string, cookie: string): UserClient {
  return {
    name,
    request: (method, path, body, headers) => send(baseUrl, `${baseUrl}/db${path}`, cookie, method, body, headers),
    api: (method, path, body, headers) => send(baseUrl, `${baseUrl}/api${path}`, cookie, method, body, headers)
  };
}

export async function anonymous(baseUrl: string, method: string, path: string, body?: string) {
  const response = await fetch(`${baseUrl}/db${path}`, { method, body, headers: body ? { 'content-type': 'application/json' } : {} });
  return { status: response.status, text: await response.text() };
}

/** View queries as this user, through `/db` as the browser sends them (dasbor-kueri.ts TanyaView). */
export function tanyaSebagai(client: UserClient, db: string): TanyaView {
  return async (view, options) => {
    const res = await client.request('GET', viewPath(db, view, options));
    if (res.status !== 200) throw new Error(`${client.name}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.rows;
  };
}

/** The test instance's server admin (tests/harness/slrt-instance.ts). */
export const ADMIN_AUTH = `Basic ${Buffer.from('admin:test-admin-password').toString('base64')}`;

/** A request through `/db` as the server admin, the answer parsed as JSON when it is JSON. */
export function asAdmin(baseUrl: string, method: string, path: string, body?: unknown) {
  return send(baseUrl, `${baseUrl}/db${path}`, '', method, body, { authorization: ADMIN_AUTH });
}

/** Creates (or replaces) a CouchDB user, as the district administrator's endpoint would. */
export async function createUser(baseUrl: string, name: string, roles: string[], password: string): Promise<void> {
  const id = `/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`;
  const existing = await asAdmin(baseUrl, 'GET', id);
  const res = await asAdmin(baseUrl, 'PUT', id, { ...(existing.status === 200 ? { _rev: existing.body._rev } : {}), name, roles, password, type: 'user' });
  if (res.status >= 300) throw new Error(`Pengguna ${name} gagal dibuat: ${res.status} ${JSON.stringify(res.body)}`);
}
