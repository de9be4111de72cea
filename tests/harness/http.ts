import type { TanyaView } from '../../app/lib/domain/dasbor-kueri';
import { viewPath } from '../../couch/rollup/rollup';

/**
 * A user's HTTP client for the suites: logs in through `/db/_session` like the app and keeps
 * the cookie, so every assertion is about what the server itself allows.
 */
export interface UserClient {
  name: string;
  request(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
}

export async function logInAs(baseUrl: string, name: string, password: string): Promise<UserClient> {
  const login = await fetch(`${baseUrl}/db/_session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password })
  });
  if (!login.ok) throw new Error(`Login ${name} gagal: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  return {
    name,
    async request(method, path, body) {
      const response = await fetch(`${baseUrl}/db${path}`, {
        method,
        headers: { cookie, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body)
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Some answers (e.g. an empty 200) are not JSON; keep the text.
      }
      return { status: response.status, body: parsed };
    }
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
