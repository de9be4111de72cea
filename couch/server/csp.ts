/**
 * The Content Security Policy of the app. SvelteKit's static shell starts from one inline
 * script per page; the policy allows exactly those by hash, read from the built pages when
 * the server starts, and no other inline or foreign script. Styles may be inline (Svelte
 * writes `style` attributes and transition rules); images and fFlate's XLSX workers come from
 * blob: URLs the app makes itself; data goes only to this origin (`/db/`, `/api/`).
 *
 * `'unsafe-eval'` stays: PouchDB builds the map/reduce views the devices query offline (the
 * supervisor's queues, the duplicate check, the registry) from the design documents' function
 * source with `new Function`, and there is no other way to run a persistent view in the
 * browser. Those design documents come only from provisioning (validate_doc_update and the
 * firewall refuse any other writer), and every other source of script stays closed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** `'sha256-…'` of every inline script in the built HTML pages under `buildDir`. */
export function inlineScriptHashes(buildDir: string): string[] {
  if (!existsSync(buildDir)) return [];
  const hashes = new Set<string>();
  const files = readdirSync(buildDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  for (const file of files) {
    const html = readFileSync(path.join(buildDir, file), 'utf8');
    for (const match of html.matchAll(INLINE_SCRIPT)) {
      hashes.add(`'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`);
    }
  }
  return [...hashes].sort();
}

/** helmet's `contentSecurityPolicy.directives` for the app built in `buildDir`. */
export function cspDirectives(buildDir: string): Record<string, string[] | null> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-eval'", ...inlineScriptHashes(buildDir)],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    // HTTPS is nginx's to enforce (HSTS); upgrading here would break plain-HTTP LAN and test use.
    'upgrade-insecure-requests': null
  };
}
