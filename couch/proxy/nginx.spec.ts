/**
 * The production proxy is not run in the tests; this reads its configuration and checks it
 * applies what the SLRT server applies (docs/keandalan.md): the same body limit, login and
 * status-lookup rate limits, TLS-only with HSTS, the client's scheme passed on so the session
 * cookie is Secure, and no server banners.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BATAS_KIRIMAN } from '../server/kiriman';

const conf = readFileSync(new URL('./nginx.conf', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.replace(/#.*/, '').trim())
  .filter(Boolean)
  .join('\n');

/** The body of `location <match> { … }` (locations here hold no nested blocks). */
function location(match: string): string {
  const start = conf.indexOf(`location ${match} {`);
  expect(start, `location ${match}`).toBeGreaterThanOrEqual(0);
  return conf.slice(start, conf.indexOf('}', start));
}

describe('couch/proxy/nginx.conf', () => {
  it('limits a request body as the SLRT server does', () => {
    const [, size] = /client_max_body_size (\d+)m;/.exec(conf) ?? [];
    expect(Number(size) * 1024 * 1024).toBe(BATAS_KIRIMAN);
  });

  it('limits login attempts and status lookups per address, answering 429', () => {
    expect(conf).toMatch(/limit_req_zone \$slrt_masuk_key zone=slrt_masuk:\d+m rate=\d+r\/m;/);
    expect(conf).toMatch(/map \$request_method \$slrt_masuk_key \{\nPOST\s+\$binary_remote_addr;/);
    expect(conf).toMatch(/limit_req_zone \$binary_remote_addr zone=slrt_lacak:\d+m rate=\d+r\/m;/);
    expect(location('= /db/_session')).toMatch(/limit_req zone=slrt_masuk /);
    expect(location('/api/lacak/')).toMatch(/limit_req zone=slrt_lacak /);
    expect(conf.match(/limit_req_status 429;/g)).toHaveLength(2);
  });

  it('serves only over TLS with HSTS, and tells the server the scheme in every location', () => {
    expect(conf).toMatch(/listen 80;\nserver_name [^;]+;\nreturn 301 https:\/\/\$host\$request_uri;/);
    expect(conf).toMatch(/add_header Strict-Transport-Security "max-age=\d+" always;/);
    expect(conf).toMatch(/ssl_protocols\s+TLSv1\.2 TLSv1\.3;/);
    const locations = conf.match(/location [^{]+\{/g) ?? [];
    expect(locations.length).toBeGreaterThanOrEqual(4);
    for (const match of locations) {
      const body = location(match.slice('location '.length, -2));
      expect(body, match).toContain('proxy_set_header X-Forwarded-Proto https;');
      expect(body, match).toContain('proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;');
    }
  });

  it('passes the server’s security headers on and names no software', () => {
    expect(conf).toContain('server_tokens off;');
    expect(conf).toContain('proxy_hide_header X-Powered-By;');
    // A location with add_header of its own would drop the server's HSTS there.
    for (const match of conf.match(/location [^{]+\{/g) ?? []) expect(location(match.slice('location '.length, -2))).not.toContain('add_header');
    expect(conf).not.toMatch(/proxy_hide_header Content-Security-Policy|proxy_hide_header Set-Cookie/i);
  });
});
