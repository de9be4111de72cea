/**
 * CouchDB cookie sessions through `/db/_session` on the app's own origin.
 */
export interface UserSession {
  name: string;
  roles: string[];
}

export class LoginError extends Error {
  override name = 'LoginError';
  constructor(
    readonly kind: 'salah' | 'dibatasi' | 'tak-terhubung' | 'server',
    message: string
  ) {
    super(message);
  }
}

const SESSION_URL = '/db/_session';

export async function logIn(name: string, password: string): Promise<UserSession> {
  let response: Response;
  try {
    response = await fetch(SESSION_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ name, password })
    });
  } catch {
    throw new LoginError('tak-terhubung', 'Server tidak dapat dihubungi. Periksa koneksi internet, lalu coba lagi.');
  }
  if (response.status === 401) {
    throw new LoginError('salah', 'Nama pengguna atau kata sandi salah.');
  }
  if (response.status === 429) {
    const body = (await response.json().catch(() => ({}))) as { reason?: string };
    throw new LoginError('dibatasi', body.reason ?? 'Terlalu banyak percobaan masuk. Coba lagi nanti.');
  }
  if (!response.ok) {
    throw new LoginError('server', `Server menolak permintaan masuk (kode ${response.status}). Coba lagi nanti.`);
  }
  const body = (await response.json()) as { name: string; roles: string[] };
  return { name: body.name, roles: body.roles };
}

export async function currentSession(): Promise<UserSession | null> {
  const response = await fetch(SESSION_URL, { headers: { accept: 'application/json' } });
  if (!response.ok) return null;
  const body = (await response.json()) as { userCtx?: { name: string | null; roles: string[] } };
  return body.userCtx?.name ? { name: body.userCtx.name, roles: body.userCtx.roles } : null;
}

export async function logOut(): Promise<void> {
  await fetch(SESSION_URL, { method: 'DELETE' });
}
