import { describe, expect, it } from 'vitest';
import { ConfigError, DEMO_ADMIN_PASSWORD, readConfig, withoutCredentials } from './config';

describe('readConfig', () => {
  it('starts a demo with defaults', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 8080, adminUser: 'admin', adminPassword: DEMO_ADMIN_PASSWORD });
    expect(config.couchdbUrl).toBeNull();
  });

  it.each([
    [{ NODE_ENV: 'production' }],
    [{ NODE_ENV: 'production', SLRT_ADMIN_PASSWORD: '' }],
    [{ NODE_ENV: 'production', SLRT_ADMIN_PASSWORD: DEMO_ADMIN_PASSWORD }],
    [{ NODE_ENV: 'production', COUCHDB_URL: `http://admin:${DEMO_ADMIN_PASSWORD}@db:5984` }]
  ])('refuses to start in production on a default or empty password: %o', (env) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
  });

  it('takes the admin credentials of an external CouchDB from COUCHDB_URL', () => {
    const config = readConfig({ COUCHDB_URL: 'http://ops:s%40cret@couch.local:5984', NODE_ENV: 'production' });
    expect(config).toMatchObject({ adminUser: 'ops', adminPassword: 's@cret' });
    expect(withoutCredentials(config.couchdbUrl!)).toBe('http://couch.local:5984');
  });

  it.each(['not a url', 'http://couch.local:5984'])('explains a bad COUCHDB_URL: %s', (url) => {
    expect(() => readConfig({ COUCHDB_URL: url })).toThrow(/COUCHDB_URL/);
  });

  it('rejects a port that is not a number', () => {
    expect(() => readConfig({ PORT: 'abc' })).toThrow(/PORT/);
  });
});
