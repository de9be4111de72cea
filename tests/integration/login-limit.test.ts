import { describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';

const url = inject('slrtUrl');

/** A login from one client address; the server trusts X-Forwarded-For from its local proxy. */
function logIn(address: string, password: string) {
  return fetch(`${url}/db/_session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ name: 'fasilitator.wundulako', password })
  });
}

describe('the login rate limit', () => {
  it('refuses an address after twenty failed logins, in words, and leaves other addresses alone', async () => {
    const guesser = '203.0.113.7';
    for (let i = 0; i < 20; i++) expect((await logIn(guesser, `tebakan-${i}`)).status).toBe(401);

    const limited = await logIn(guesser, DEMO_PASSWORD);
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({
      error: 'too_many_requests',
      reason: 'Terlalu banyak percobaan masuk yang gagal. Tunggu 15 menit, lalu coba lagi.'
    });
    expect(limited.headers.get('ratelimit-policy')).toContain('20');

    expect((await logIn('203.0.113.8', DEMO_PASSWORD)).status).toBe(200);
  });

  it('does not count successful logins', async () => {
    const desk = '203.0.113.9';
    for (let i = 0; i < 25; i++) expect((await logIn(desk, DEMO_PASSWORD)).status).toBe(200);
  });
});
