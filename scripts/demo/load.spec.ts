import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';
import { CouchClient } from './couch-http';
import { generateDemo } from './generate';
import { DatabaseTidakAdaError, DemoDitolakError, DemoLainSudahAdaError, loadDemo, type LoadProgress } from './load';
import { userDocId } from './users';

const require = createRequire(import.meta.url);
const NOW = Date.UTC(2025, 5, 30);
const HOUSEHOLDS = 60;

/** PouchDB Server in this process (once: its plugins patch PouchDB), on LevelDB in a temporary directory. */
async function startServer(dir: string): Promise<{ url: string; server: Server }> {
  const PouchDB = require('pouchdb-core')
    .plugin(require('pouchdb-adapter-http'))
    .plugin(require('pouchdb-replication'))
    .plugin(require('pouchdb-mapreduce'))
    .plugin(require('pouchdb-adapter-leveldb'));
  const app = require('express-pouchdb')(PouchDB.defaults({ prefix: dir + path.sep }), {
    configPath: path.join(dir, 'config.json'),
    logPath: path.join(dir, 'log.txt'),
    mode: 'fullCouchDB'
  });
  await new Promise<void>((resolve, reject) =>
    app.couchConfig.set('admins', 'admin', 'pw', (err: Error | null) => (err ? reject(err) : resolve()))
  );
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://admin:pw@127.0.0.1:${port}`, server };
}

async function expectedDocs(now: number): Promise<number> {
  let n = 0;
  for await (const b of generateDemo({ seed: 1, households: HOUSEHOLDS, now })) n += b.docs.length;
  return n;
}

const KABUPATEN_DBS = ['slrt-kab-7401', 'slrt-kec-740101', 'slrt-kec-740107'];

describe('loadDemo against PouchDB Server', () => {
  let dir: string;
  let server: Server;
  let couchUrl: string;
  let couch: CouchClient;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'slrt-demo-'));
    ({ url: couchUrl, server } = await startServer(dir));
    couch = new CouchClient(couchUrl);
    for (const db of KABUPATEN_DBS.slice(0, 2)) await couch.ok('PUT', db);
  }, 60_000);

  afterAll(async () => {
    if (server) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to start when provisioning has not created a database', async () => {
    const run = loadDemo({ couchUrl, households: HOUSEHOLDS, now: NOW });
    await expect(run).rejects.toThrow(DatabaseTidakAdaError);
    await expect(run).rejects.toThrow(/slrt-kec-740107/);
  });

  it('writes every document and every account, reporting progress', async () => {
    await couch.ok('PUT', 'slrt-kec-740107');
    const progress: LoadProgress[] = [];
    const result = await loadDemo({ couchUrl, households: HOUSEHOLDS, now: NOW, batchSize: 100, onProgress: (p) => progress.push(p) });

    expect(result.docs).toBe(await expectedDocs(NOW));
    expect(result.alreadyPresent).toBe(0);
    expect(result.users.created).toHaveLength(DEMO_ACCOUNTS.length);
    expect(progress.at(-1)).toMatchObject({ households: HOUSEHOLDS, totalHouseholds: HOUSEHOLDS, docs: result.docs });

    const counts = await Promise.all(KABUPATEN_DBS.map((db) => couch.ok<{ doc_count: number }>('GET', db)));
    expect(counts.reduce((n, c) => n + c.doc_count, 0)).toBe(result.docs);

    const anonymous = new CouchClient(couchUrl.replace('admin:pw@', ''));
    const session = await anonymous.request<{ ok: boolean; roles: string[] }>('POST', '_session', {
      name: 'fasilitator.wundulako',
      password: DEMO_PASSWORD
    });
    expect(session.status).toBe(200);
    expect(session.body.roles).toEqual(['fasilitator', 'kec:740101']);
  }, 60_000);

  it('changes nothing when run again on another day, and repairs a changed account', async () => {
    const id = encodeURIComponent(userDocId('supervisor.pomalaa'));
    const user = await couch.ok<Record<string, unknown>>('GET', `_users/${id}`);
    await couch.ok('PUT', `_users/${id}`, { ...user, roles: ['supervisor'] });

    // No `now`: the loader takes the day of the demo already there, as `npm start` does.
    const again = await loadDemo({ couchUrl, households: HOUSEHOLDS });
    expect(again.docs).toBe(0);
    expect(again.alreadyPresent).toBe(await expectedDocs(NOW));
    expect(again.users.updated).toEqual(['supervisor.pomalaa']);
    expect(again.users.unchanged).toHaveLength(DEMO_ACCOUNTS.length - 1);
    const repaired = await couch.ok<{ roles: string[] }>('GET', `_users/${id}`);
    expect(repaired.roles).toEqual(['supervisor', 'kec:740107']);
  }, 60_000);

  it.each([
    [{ households: HOUSEHOLDS + 1 }],
    [{ households: HOUSEHOLDS, seed: 2 }],
    [{ households: HOUSEHOLDS, now: NOW + 86_400_000 }]
  ])('refuses to mix another demo (%o) into the same databases', async (opts) => {
    await expect(loadDemo({ couchUrl, ...opts })).rejects.toThrow(DemoLainSudahAdaError);
  });

  it('reports documents the server refuses instead of skipping them', async () => {
    // Fresh databases (no demo marker), one of them refusing needs.
    for (const db of KABUPATEN_DBS) {
      await couch.ok('DELETE', db);
      await couch.ok('PUT', db);
    }
    const validate = `function (doc) { if (doc.type === 'kebutuhan') throw({ forbidden: 'kebutuhan tidak boleh di sini' }); }`;
    await couch.ok('PUT', 'slrt-kec-740101/_design/tolak', { validate_doc_update: validate });

    const error = await loadDemo({ couchUrl, households: HOUSEHOLDS, now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DemoDitolakError);
    const rejections = (error as DemoDitolakError).rejections;
    expect(rejections.length).toBeGreaterThan(0);
    for (const r of rejections) {
      expect(r.id).toMatch(/^kebutuhan:/);
      expect(r.error).toBe('forbidden');
    }
  }, 60_000);
});
