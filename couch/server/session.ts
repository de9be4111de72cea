/**
 * Who sends a request: asked of CouchDB itself (`GET /_session` with the request's own cookie
 * or Authorization header), so the firewall trusts exactly what CouchDB trusts. Answers are
 * kept for a few seconds: a sync sends many requests in a row.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { SessionUser } from './firewall';

const TTL_MS = 5_000;
const MAX_ENTRIES = 5_000;

interface Entry {
  user: SessionUser;
  until: number;
}

export class SessionResolver {
  readonly #cache = new Map<string, Entry>();

  constructor(private readonly upstream: () => string) {}

  async userOf(headers: IncomingHttpHeaders): Promise<SessionUser | null> {
    const cookie = headers.cookie ?? '';
    const authorization = headers.authorization ?? '';
    if (!/AuthSession=/.test(cookie) && !authorization) return null;
    const key = `${cookie}\n${authorization}`;
    const hit = this.#cache.get(key);
    if (hit && hit.until > Date.now()) return hit.user;

    const response = await fetch(`${this.upstream()}/_session`, {
      headers: { accept: 'application/json', cookie, ...(authorization ? { authorization } : {}) }
    });
    if (!response.ok) return null;
    const body = (await response.json()) as { userCtx?: { name: string | null; roles: string[] } };
    const user: SessionUser = { name: body.userCtx?.name ?? null, roles: body.userCtx?.roles ?? [] };
    if (this.#cache.size >= MAX_ENTRIES) this.#cache.clear();
    this.#cache.set(key, { user, until: Date.now() + TTL_MS });
    return user;
  }

  /** Forget cached sessions, e.g. after a logout or a user's roles changed. */
  clear(): void {
    this.#cache.clear();
  }
}
