import { describe, expect, it } from 'vitest';
import { couchUrlFromEnv, RouterConfigError } from './cli-env';

describe('couchUrlFromEnv', () => {
  it.each([
    [{ COUCHDB_URL: 'http://ops:s%40cret@couch.local:5984/' }, 'http://ops:s%40cret@couch.local:5984'],
    [{ COUCHDB_URL: 'http://ops:pw@couch.local:5984', SLRT_ADMIN_USER: 'x', SLRT_ADMIN_PASSWORD: 'y' }, 'http://ops:pw@couch.local:5984'],
    [{ SLRT_ADMIN_USER: 'admin', SLRT_ADMIN_PASSWORD: 'p@ss:word' }, 'http://admin:p%40ss%3Aword@127.0.0.1:5984']
  ])('%o → %s', (env, expected) => {
    expect(couchUrlFromEnv(env)).toBe(expected);
  });

  it.each([
    [{}],
    [{ SLRT_ADMIN_USER: 'admin' }],
    [{ COUCHDB_URL: 'not a url' }],
    [{ COUCHDB_URL: 'http://couch.local:5984' }]
  ])('refuses %o', (env) => {
    expect(() => couchUrlFromEnv(env)).toThrow(RouterConfigError);
  });
});
