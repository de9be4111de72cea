import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cspDirectives, inlineScriptHashes } from './csp';

const dir = mkdtempSync(path.join(os.tmpdir(), 'slrt-csp-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('the app’s Content Security Policy', () => {
  it('allows by hash exactly the inline scripts of the built pages, in every folder', () => {
    mkdirSync(path.join(dir, 'katalog'));
    writeFileSync(path.join(dir, '200.html'), '<script src="/_app/x.js"></script><div><script>\n  start();\n</script></div>');
    writeFileSync(path.join(dir, 'katalog', 'baru.html'), '<script type="module">other()</script>');
    writeFileSync(path.join(dir, 'x.js'), '<script>notHtml()</script>');
    expect(inlineScriptHashes(dir)).toEqual([sha('\n  start();\n'), sha('other()')].sort());
    expect(cspDirectives(dir)['script-src']).toEqual(["'self'", "'unsafe-eval'", ...[sha('\n  start();\n'), sha('other()')].sort()]);
  });

  it('allows no foreign origin, no inline script but the shell’s, eval only for the local views, no framing', () => {
    const directives = cspDirectives(path.join(dir, 'tidak-ada'));
    // PouchDB's persistent views in the browser are built from design-document source (csp.ts).
    expect(directives['script-src']).toEqual(["'self'", "'unsafe-eval'"]);
    const all = Object.values(directives).flatMap((v) => v ?? []);
    expect(all.filter((v) => v.includes('unsafe-inline') && !(directives['style-src'] ?? []).includes(v))).toEqual([]);
    expect(all.filter((v) => /^https?:/.test(v) || v === '*')).toEqual([]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
  });
});
