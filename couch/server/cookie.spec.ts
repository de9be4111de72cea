import { describe, expect, it } from 'vitest';
import { hardenSetCookie } from './cookie';

describe('hardenSetCookie', () => {
  it('adds SameSite=Strict to CouchDB’s session cookie, and Secure only behind TLS', () => {
    const couch = ['AuthSession=abc; Version=1; Path=/; HttpOnly'];
    expect(hardenSetCookie(couch, false)).toEqual(['AuthSession=abc; Version=1; Path=/; HttpOnly; SameSite=Strict']);
    expect(hardenSetCookie(couch, true)).toEqual(['AuthSession=abc; Version=1; Path=/; HttpOnly; SameSite=Strict; Secure']);
  });

  it('keeps what the server already set and adds HttpOnly when missing', () => {
    expect(hardenSetCookie(['AuthSession=; Path=/; SameSite=Lax; Secure'], true)).toEqual(['AuthSession=; Path=/; SameSite=Lax; Secure; HttpOnly']);
  });
});
