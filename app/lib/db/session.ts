/**
 * CouchDB cookie sessions through `/db/_session` on the app's own origin: the one place that
 * talks to it. Failures come back as a `SessionError` whose `kind` the UI turns into words.
 */
export interface ServerSession {
  name: string;
  roles: string[];
}

/**
 * - `salah`: 401 — CouchDB answers a wrong password and an unknown user alike (and a user
 *   document without a password too), on purpose: we must not tell them apart either.
 * - `dibatasi`: 429 from the server's login limiter; `reason` says how long to wait.
 * - `tak-terhubung`: no answer (offline, DNS, timeout).
 * - `server`: any other failure; `reason` is the server's own words when it sent some.
 */
export type SessionErrorKind = 'salah' | 'dibatasi' | 'tak-terhubung' | 'server';

export class SessionError extends Error {
  override name = 'SessionError';
  constructor(
    readonly kind: SessionErrorKind,
    message: string,
    readonly status?: number,
    readonly reason?: string
  ) {
    super(message);
  }
}

const SESSION_URL = '/db/_session';
/** A tablet on a weak signal must not wait minutes to learn the server is out of reach. */
const CHECK_TIMEOUT_MS = 8_000;
const LOGIN_TIMEOUT_MS = 20_000;

async function send(init: RequestInit, timeoutMs: number): Promise<Response> {
  try {
    return await fetch(SESSION_URL, {
      ...init,
      credentials: 'same-origin',
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json', ...init.headers }
    });
  } catch (error) {
    throw new SessionError('tak-terhubung', `${init.method ?? 'GET'} ${SESSION_URL}: ${(error as Error).message}`);
  }
}

async function failure(response: Response, what: string): Promise<SessionError> {
  const body = (await response.json().catch(() => ({}))) as { reason?: unknown };
  const reason = typeof body.reason === 'string' && body.reason ? body.reason : undefined;
  const message = `${what}: HTTP ${response.status}${reason ? ` (${reason})` : ''}`;
  if (response.status === 401) return new SessionError('salah', message, 401, reason);
  if (response.status === 429) return new SessionError('dibatasi', message, 429, reason);
  return new SessionError('server', message, response.status, reason);
}

function sessionOf(body: { name?: unknown; roles?: unknown }): ServerSession | null {
  if (typeof body.name !== 'string' || !body.name) return null;
  const roles = Array.isArray(body.roles) ? body.roles.filter((r): r is string => typeof r === 'string') : [];
  return { name: body.name, roles };
}

/** Log in: CouchDB sets the `AuthSession` cookie. */
export async function openServerSession(name: string, password: string): Promise<ServerSession> {
  const response = await send(
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, password })
    },
    LOGIN_TIMEOUT_MS
  );
  if (!response.ok) throw await failure(response, 'Login');
  const session = sessionOf((await response.json()) as { name?: unknown; roles?: unknown });
  if (!session) throw new SessionError('server', 'Login: the answer names no user', response.status);
  return session;
}

/** The user the cookie belongs to, or null when it belongs to nobody (expired or absent). */
export async function currentServerSession(): Promise<ServerSession | null> {
  const response = await send({ method: 'GET' }, CHECK_TIMEOUT_MS);
  if (response.status === 401) return null;
  if (!response.ok) throw await failure(response, 'Session check');
  const body = (await response.json()) as { userCtx?: { name?: unknown; roles?: unknown } };
  return body.userCtx ? sessionOf(body.userCtx) : null;
}

/** Log out on the server: CouchDB clears the cookie. */
export async function closeServerSession(): Promise<void> {
  const response = await send({ method: 'DELETE' }, CHECK_TIMEOUT_MS);
  if (!response.ok) throw await failure(response, 'Logout');
}
