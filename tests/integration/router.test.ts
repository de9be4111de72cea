/**
 * The replication router against a real PouchDB Server (express-pouchdb on LevelDB, started
 * in this process on a free port), one fresh server per case: placement, design documents,
 * deletions, the ping-pong between kecamatan and kabupaten, a missing target, the polling
 * source, the lag report, and a router stopped — or killed — in the middle of a batch.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newDocId } from '../../app/lib/domain/ids';
import { isWriteRequest } from '../../couch/embedded/write-requests';
import { routerStatus, startRouter, type Router, type RouterStatusReport } from '../../couch/router/router';

const KAB = 'slrt-kab-7401';
const WUNDULAKO = 'slrt-kec-740101';
const KEC_740107 = 'slrt-kec-740107';
const PELAPOR = 'Wa Ode Sitti Rahmah';

interface TestCouch {
  url: string;
  adminUrl: string;
  /** Like the embedded server's: hears of every database a successful write touched. */
  onDbUpdated(listener: (db: string) => void): () => void;
  /** Every request as `METHOD /path?query`, in order. */
  requests: string[];
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);

/** The router loads pouchdb-core in this process too; a plugin registered twice throws. */
function serverPouchDB(dir: string) {
  let PouchDB = require('pouchdb-core');
  if (!PouchDB.adapters.http) PouchDB = PouchDB.plugin(require('pouchdb-adapter-http'));
  if (typeof PouchDB.replicate !== 'function') PouchDB = PouchDB.plugin(require('pouchdb-replication'));
  if (typeof PouchDB.prototype.query !== 'function') PouchDB = PouchDB.plugin(require('pouchdb-mapreduce'));
  if (!PouchDB.adapters.leveldb) PouchDB = PouchDB.plugin(require('pouchdb-adapter-leveldb'));
  return PouchDB.defaults({ prefix: dir + path.sep });
}

async function startTestCouch(dir: string): Promise<TestCouch> {
  const app = require('express-pouchdb')(serverPouchDB(dir), {
    configPath: path.join(dir, 'config.json'),
    logPath: path.join(dir, 'log.txt'),
    mode: 'fullCouchDB'
  });
  await new Promise<void>((resolve, reject) =>
    app.couchConfig.set('admins', 'admin', 'pw', (error: Error | null) => (error ? reject(error) : resolve()))
  );
  const listeners = new Set<(db: string) => void>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const urlPath = (req.url ?? '/').split('?')[0];
    if (isWriteRequest(req.method ?? 'GET', urlPath)) {
      res.on('finish', () => {
        const db = decodeURIComponent(urlPath.split('/')[1] ?? '');
        if (res.statusCode < 400) listeners.forEach((listener) => listener(db));
      });
    }
    app(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    adminUrl: `http://admin:pw@127.0.0.1:${port}`,
    requests,
    onDbUpdated(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}

let couch: TestCouch;
let dataDir: string;
let routers: Router[];
let logged: string[];

beforeEach(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'slrt-router-test-'));
  couch = await startTestCouch(dataDir);
  routers = [];
  logged = [];
  for (const db of [KAB, WUNDULAKO, KEC_740107]) await createDb(db);
});

afterEach(async () => {
  await Promise.all(routers.map((r) => r.stop()));
  await couch.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

// ---- server access -------------------------------------------------------------------------

async function call(method: string, urlPath: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(couch.url + urlPath, {
    method,
    headers: {
      authorization: `Basic ${Buffer.from('admin:pw').toString('base64')}`,
      'content-type': 'application/json'
    },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  return { status: response.status, body: await response.json() };
}

async function createDb(db: string): Promise<void> {
  expect((await call('PUT', `/${db}`)).status).toBe(201);
}

async function write(db: string, docs: object[]): Promise<Map<string, string>> {
  const result = await call('POST', `/${db}/_bulk_docs`, { docs });
  expect(result.status).toBe(201);
  return new Map((result.body as { id: string; rev: string }[]).map((r) => [r.id, r.rev]));
}

/** id → rev of every document (design documents included); fails on any conflict. */
async function contents(db: string): Promise<Map<string, string>> {
  const { body } = await call('GET', `/${db}/_all_docs?include_docs=true&conflicts=true`);
  const rows = body.rows as { id: string; doc: { _rev: string; _conflicts?: string[] } }[];
  expect(rows.filter((r) => r.doc._conflicts).map((r) => r.id)).toEqual([]);
  return new Map(rows.map((r) => [r.id, r.doc._rev]));
}

async function updateSeqs(): Promise<unknown[]> {
  return Promise.all([KAB, WUNDULAKO, KEC_740107].map(async (db) => (await call('GET', `/${db}`)).body.update_seq));
}

// ---- documents -----------------------------------------------------------------------------

function keluhan(kecamatan: string, n = 0) {
  const desa = `${kecamatan}.${2001 + (n % 5)}`;
  return {
    _id: newDocId('keluhan', desa),
    type: 'keluhan',
    schema: 1,
    wilayah: { provinsi: '74', kabupaten: '74.01', kecamatan, desa },
    createdBy: 'fasilitator-1',
    createdAt: new Date().toISOString(),
    kategori: 'non-kepesertaan',
    programId: 'pkh',
    kanal: 'kunjungan',
    uraian: `Keluhan nomor ${n}`,
    pelapor: { nama: PELAPOR },
    persetujuanBerbagiData: true
  };
}

function rujukan(kecamatan: string, n = 0) {
  return {
    _id: newDocId('rujukan', kecamatan),
    type: 'rujukan',
    schema: 1,
    wilayah: { provinsi: '74', kabupaten: '74.01', kecamatan },
    createdBy: 'manajer-1',
    createdAt: new Date().toISOString(),
    kasusId: `keluhan:${kecamatan.replaceAll('.', '')}2001:${n}`,
    programId: 'pkh',
    tujuan: 'dinsos-kolaka',
    kanal: 'langsung'
  };
}

function program(programId: string) {
  return {
    _id: `program:7401:${programId}`,
    type: 'program',
    schema: 1,
    wilayah: { provinsi: '74', kabupaten: '74.01' },
    createdBy: 'admin-kab-1',
    createdAt: new Date().toISOString(),
    programId,
    nama: programId.toUpperCase(),
    aktif: true
  };
}

// ---- the router ----------------------------------------------------------------------------

async function startOn(options: { batchSize?: number; poll?: boolean } = {}): Promise<Router> {
  const router = await startRouter({
    couchUrl: couch.adminUrl,
    source: options.poll ? undefined : (listener) => couch.onDbUpdated(listener),
    pollIntervalMs: 100,
    batchSize: options.batchSize,
    log: (m) => logged.push(m)
  });
  routers.push(router);
  return router;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const allRoutes = (report: RouterStatusReport) => report.databases.flatMap((d) => d.routes);

/**
 * Until the router has nothing to do and every route has looked at every change of its
 * source: change events arrive after the write's answer, so idle() alone could come too early.
 */
async function settled(router: Router, timeoutMs = 30_000): Promise<RouterStatusReport> {
  await router.settled(timeoutMs);
  return routerStatus(couch.adminUrl);
}

// ---- the cases -----------------------------------------------------------------------------

describe('the replication router', () => {
  it('takes a kecamatan document to its kabupaten and nowhere else, and the round trip writes nothing', async () => {
    const router = await startOn();
    const revs = await write(WUNDULAKO, [keluhan('74.01.01')]);
    const [id, rev] = [...revs][0];
    await settled(router);

    expect((await contents(KAB)).get(id)).toBe(rev);
    expect((await contents(WUNDULAKO)).get(id)).toBe(rev);
    expect((await contents(KEC_740107)).has(id)).toBe(false);

    // Ping-pong converged: the document came back kab → kec as already there.
    const seqs = await updateSeqs();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await settled(router);
    expect(await updateSeqs()).toEqual(seqs);
    const written = Object.fromEntries(router.status().routes.map((r) => [`${r.source}>${r.target}`, r.docsWritten]));
    expect(written).toEqual({
      [`${WUNDULAKO}>${KAB}`]: 1,
      [`${KAB}>${WUNDULAKO}`]: 0,
      [`${KAB}>${KEC_740107}`]: 0,
      [`${KEC_740107}>${KAB}`]: 0
    });

    // A run with nothing new writes nothing, not even a checkpoint: a server that announces
    // `_local` writes as database updates cannot make the router chase its own tail.
    await router.stop();
    const before = couch.requests.length;
    await settled(await startOn());
    const writes = couch.requests.slice(before).filter((r) => /^(PUT|POST|DELETE) \/slrt-k/.test(r));
    expect(writes).toEqual([]);
  });

  it('takes a kabupaten document for Wundulako to slrt-kec-740101 only', async () => {
    const router = await startOn();
    const [id, rev] = [...(await write(KAB, [rujukan('74.01.01')]))][0];
    await settled(router);
    expect((await contents(WUNDULAKO)).get(id)).toBe(rev);
    expect((await contents(KEC_740107)).has(id)).toBe(false);
  });

  it('takes a shared programme to every kecamatan of the district, and then its deletion', async () => {
    const router = await startOn();
    const [id] = [...(await write(KAB, [program('pkh')]))][0];
    await settled(router);
    expect((await contents(WUNDULAKO)).has(id)).toBe(true);
    expect((await contents(KEC_740107)).has(id)).toBe(true);

    const current = await call('GET', `/${KAB}/${encodeURIComponent(id)}`);
    // remove() leaves a tombstone of _id, _rev and _deleted only: placed by its id.
    const deleted = await call('DELETE', `/${KAB}/${encodeURIComponent(id)}?rev=${current.body._rev}`);
    expect(deleted.status).toBe(200);
    await settled(router);
    for (const db of [WUNDULAKO, KEC_740107]) {
      const { body } = await call('GET', `/${db}/_all_docs?keys=${encodeURIComponent(JSON.stringify([id]))}`);
      expect(body.rows[0].value).toEqual({ rev: deleted.body.rev, deleted: true });
    }
  });

  it('never copies design documents', async () => {
    const router = await startOn();
    await write(WUNDULAKO, [{ _id: '_design/kecamatan', views: {} }, keluhan('74.01.01')]);
    await write(KAB, [{ _id: '_design/kabupaten', views: {} }, program('bpnt')]);
    await settled(router);
    expect([...(await contents(KAB)).keys()].filter((id) => id.startsWith('_design/'))).toEqual(['_design/kabupaten']);
    expect([...(await contents(WUNDULAKO)).keys()].filter((id) => id.startsWith('_design/'))).toEqual(['_design/kecamatan']);
    expect([...(await contents(KEC_740107)).keys()].filter((id) => id.startsWith('_design/'))).toEqual([]);
  });

  it('polls update_seq when no source is given and the server has no _db_updates', async () => {
    const router = await startOn({ poll: true });
    expect(router.status().source).toBe('poll');
    await withTimeout(router.idle(), 10_000, 'first sweep');
    const [id, rev] = [...(await write(WUNDULAKO, [keluhan('74.01.01')]))][0];
    await waitFor(async () => (await contents(KAB)).get(id) === rev, 'document polled and replicated');
    await settled(router);
  });

  it('reports a target that does not exist instead of creating it, and does not retry it', async () => {
    await createDb('slrt-kec-740201');
    await write('slrt-kec-740201', [{ ...keluhan('74.02.01'), wilayah: { provinsi: '74', kabupaten: '74.02', kecamatan: '74.02.01' } }]);
    const router = await startOn();
    await withTimeout(router.idle(), 20_000, 'router idle');

    expect((await call('GET', '/_all_dbs')).body).not.toContain('slrt-kab-7402');
    expect(router.status().retrying).toEqual([]);
    const route = allRoutes(await routerStatus(couch.adminUrl)).find((r) => r.source === 'slrt-kec-740201');
    expect(route).toMatchObject({ target: 'slrt-kab-7402', lastSeq: null, lag: 1 });
    expect(route?.lastError?.message).toMatch(/MissingDatabaseError.*slrt-kab-7402/);
    expect(logged.some((m) => m.includes('slrt-kab-7402'))).toBe(true);
  });

  it('shows what waits as lag before the router runs, and lag 0 once it is idle', async () => {
    await write(WUNDULAKO, [keluhan('74.01.01', 1), keluhan('74.01.01', 2), keluhan('74.01.01', 3)]);
    const before = allRoutes(await routerStatus(couch.adminUrl));
    expect(before.find((r) => r.source === WUNDULAKO)).toMatchObject({ target: KAB, lag: 3, lastReplicatedAt: null });
    expect(before.filter((r) => r.source === KAB).map((r) => r.lag)).toEqual([0, 0]);

    const router = await startOn();
    const after = await settled(router);
    expect(allRoutes(after).map((r) => r.lag)).toEqual([0, 0, 0, 0]);
    expect(allRoutes(after).find((r) => r.source === WUNDULAKO)).toMatchObject({ docsWritten: 3, lastError: null });
  });
});

describe('the replication router interrupted in the middle of a batch', () => {
  /** 2,000 field documents in Wundulako, 600 referrals for 740107 and 5 programmes in the kabupaten. */
  async function loadBatch() {
    const fromKec = await write(WUNDULAKO, Array.from({ length: 2_000 }, (_, n) => keluhan('74.01.01', n)));
    const fromKab = await write(KAB, [
      ...Array.from({ length: 600 }, (_, n) => rujukan('74.01.07', n)),
      ...['pkh', 'bpnt', 'pip-kemendikbud', 'pis-kis', 'listrik'].map(program)
    ]);
    const programmes = new Map([...fromKab].filter(([id]) => id.startsWith('program:')));
    const referrals = new Map([...fromKab].filter(([id]) => !id.startsWith('program:')));
    return {
      [KAB]: new Map([...fromKec, ...fromKab]),
      [WUNDULAKO]: new Map([...fromKec, ...programmes]),
      [KEC_740107]: new Map([...referrals, ...programmes])
    };
  }

  async function docCount(db: string): Promise<number> {
    return (await call('GET', `/${db}`)).body.doc_count as number;
  }

  /** The seq the first `_changes` request on `db` after request number `from` started at. */
  function resumedFrom(db: string, from: number): number {
    const request = couch.requests.slice(from).find((r) => r.startsWith(`GET /${db}/_changes?`));
    return Number(new URLSearchParams(request?.split('?')[1]).get('since'));
  }

  /** Every document exactly once where it belongs, same revision, no conflict, nothing else. */
  async function expectPlacement(expected: Record<string, Map<string, string>>): Promise<void> {
    for (const [db, docs] of Object.entries(expected)) {
      const actual = await contents(db);
      expect(actual.size, db).toBe(docs.size);
      expect(actual, db).toEqual(docs);
    }
  }

  it('stopped, then restarted: everything ends up exactly once where it belongs', { timeout: 120_000 }, async () => {
    const expected = await loadBatch();
    const first = await startOn({ batchSize: 50 });
    // The second batch is written after the first one's checkpoint.
    await waitFor(async () => (await docCount(KAB)) > 605 + 50, 'first batches', 30_000);
    await withTimeout(first.stop(), 10_000, 'stop');
    expect(await docCount(KAB)).toBeLessThan(2_605);

    const restartedAt = couch.requests.length;
    const second = await startOn({ batchSize: 50 });
    const report = await settled(second, 60_000);
    await expectPlacement(expected);
    expect(resumedFrom(WUNDULAKO, restartedAt)).toBeGreaterThan(0);
    expect(allRoutes(report).every((r) => r.lag === 0 && r.lastError === null)).toBe(true);
    expect(logged.some((m) => m.includes(PELAPOR))).toBe(false);
  });

  it('killed hard (SIGKILL) while `npm run router` runs: the next router finishes the work', { timeout: 120_000 }, async () => {
    const expected = await loadBatch();
    const cli = spawn(process.execPath, ['--import', 'tsx', 'couch/router/cli.ts'], {
      env: { ...process.env, COUCHDB_URL: couch.adminUrl },
      stdio: 'ignore'
    });
    const exited = new Promise((resolve) => cli.once('exit', (_code, signal) => resolve(signal)));
    try {
      await waitFor(async () => (await docCount(KAB)) > 605 + 500, 'the CLI router at work', 60_000);
    } finally {
      cli.kill('SIGKILL');
    }
    expect(await withTimeout(exited, 10_000, 'CLI exit')).toBe('SIGKILL');
    expect(await docCount(KAB)).toBeLessThan(2_605);

    const restartedAt = couch.requests.length;
    const router = await startOn();
    await settled(router, 60_000);
    await expectPlacement(expected);
    // The CLI's checkpoint serves this process too: the filters' identity is not compiled code.
    expect(resumedFrom(WUNDULAKO, restartedAt)).toBeGreaterThan(0);

    const statusCli = spawn(process.execPath, ['--import', 'tsx', 'couch/router/status-cli.ts'], {
      env: { ...process.env, COUCHDB_URL: couch.adminUrl }
    });
    let output = '';
    statusCli.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await withTimeout(new Promise((resolve) => statusCli.once('exit', resolve)), 20_000, 'status CLI');
    expect(output).toMatch(/4 rute, 0 tertinggal/);
    expect(code).toBe(0);
  });
});
