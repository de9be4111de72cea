/**
 * The session cookie as CouchDB sets it (`AuthSession=…; Path=/; HttpOnly`, PouchDB Server and
 * Apache CouchDB alike unless configured) gets `SameSite=Strict` — app and `/db/` are one
 * origin, so no other site ever needs it sent — and `Secure` when the request came over TLS
 * (nginx says so with `X-Forwarded-Proto: https`, trusted from loopback only).
 */
export function hardenSetCookie(cookies: readonly string[], secure: boolean): string[] {
  return cookies.map((cookie) => {
    const parts = cookie.split(';').map((p) => p.trim()).filter(Boolean);
    const has = (name: string) => parts.some((p) => p.toLowerCase().split('=')[0] === name);
    if (!has('httponly')) parts.push('HttpOnly');
    if (!has('samesite')) parts.push('SameSite=Strict');
    if (secure && !has('secure')) parts.push('Secure');
    return parts.join('; ');
  });
}
