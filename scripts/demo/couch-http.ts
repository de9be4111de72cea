/**
 * The few CouchDB HTTP calls the demo loader makes, over `fetch`. The admin URL may carry
 * credentials (`http://admin:pw@host:5984`); fetch refuses those in the URL, so they travel
 * as a Basic authorization header instead.
 */
export interface CouchResponse<T = unknown> {
  status: number;
  body: T;
}

export class CouchHttpError extends Error {
  override name = 'CouchHttpError';
  readonly status: number;

  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

export class CouchClient {
  readonly #base: string;
  readonly #auth: string | undefined;

  constructor(couchUrl: string) {
    const url = new URL(couchUrl);
    this.#auth = url.username
      ? 'Basic ' + Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')
      : undefined;
    url.username = '';
    url.password = '';
    this.#base = url.href.replace(/\/$/, '');
  }

  /** The server's address without credentials, for messages. */
  get base(): string {
    return this.#base;
  }

  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<CouchResponse<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.#auth) headers.authorization = this.#auth;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(`${this.#base}/${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (error) {
      throw new CouchHttpError(`CouchDB di ${this.#base} tidak dapat dihubungi (${(error as Error).message})`, 0);
    }
    return { status: res.status, body: parseBody(await res.text()) as T };
  }

  /** Like `request`, but any status outside 2xx is an error carrying CouchDB's reason. */
  async ok<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.request<T & { error?: string; reason?: string }>(method, path, body);
    if (res.status < 200 || res.status >= 300) {
      throw new CouchHttpError(
        `${method} /${path} ditolak CouchDB (${res.status} ${res.body?.error ?? ''}: ${res.body?.reason ?? ''})`,
        res.status
      );
    }
    return res.body;
  }
}

/** CouchDB answers JSON; anything else (a proxy's error page) is kept as text for the message. */
function parseBody(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return { error: 'bukan JSON', reason: text.slice(0, 200) };
  }
}
