/**
 * A device's push keeps every request within the server's 16 MB (app/lib/db/request-limit.ts):
 * a batch of 100 complaints, 60 with a 300 KB photo (≈ 24 MB as sent), pushed in one
 * replication batch through a server database limited as the app's `openRemote` limits it,
 * arrives whole — each document once, with its photo — in requests of at most 8 MB.
 * PouchDB in Node (in-memory) stands in for the tablet; the server is the real embedded one.
 */
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { expect, inject, it } from 'vitest';
import { limitBulkDocs, REQUEST_BUDGET } from '../../app/lib/db/request-limit';
import { BATAS_KIRIMAN } from '../../app/lib/domain/doc-types';
import { newDocId } from '../../app/lib/domain/ids';
import { makeKeluhan } from '../../app/lib/test-data/event-factory';
import { DESA_CONTOH } from '../../app/lib/test-data/household-factory';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';
import { asAdmin } from '../harness/http';

PouchDB.plugin(memory).plugin(http).plugin(replication);

type Db = PouchDB.Database<Record<string, unknown>>;
type Replicating = Db & { replicate: { to(target: Db, options: Record<string, unknown>): Promise<{ docs_written: number }> } };
type PouchFetch = (url: string, opts: { headers: Iterable<[string, string]> } & RequestInit) => Promise<Response>;

const url = inject('slrtUrl');
const KEC = 'slrt-kec-740101';
const NAME = 'fasilitator.wundulako';
const PHOTO = 300 * 1024;
/** The app's push batch (PUSH_BATCH_SIZE, app/lib/db/replication.ts, which needs a browser to import). */
const PUSH_BATCH_SIZE = 100;

it('pushes a batch of photo-heavy documents in requests within the limit, each document once', async () => {
  const login = await fetch(`${url}/db/_session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ name: NAME, password: DEMO_PASSWORD })
  });
  expect(login.ok).toBe(true);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const bulkBodies: number[] = [];
  // Node's fetch with this session (PouchDB's own keeps one cookie jar per host for the whole process).
  const sessionFetch: PouchFetch = (target, opts) => {
    if (target.includes('/_bulk_docs')) bulkBodies.push(Buffer.byteLength(String(opts.body)));
    return fetch(target, { ...opts, headers: { ...Object.fromEntries(opts.headers), cookie, origin: url } });
  };
  const remote = limitBulkDocs(
    new PouchDB(`${url}/db/${KEC}`, { fetch: sessionFetch, skip_setup: true } as PouchDB.Configuration.RemoteDatabaseConfiguration) as Db
  );

  const local = new PouchDB(`batas-kiriman-${Date.now()}`, { adapter: 'memory' }) as Replicating;
  const photo = { 'foto-dokumen.jpg': { content_type: 'image/jpeg', data: Buffer.alloc(PHOTO, 0xff).toString('base64') } };
  const docs = Array.from({ length: PUSH_BATCH_SIZE }, (_, i) => ({
    ...makeKeluhan({ _id: newDocId('keluhan', DESA_CONTOH), createdBy: NAME }),
    ...(i < 60 ? { _attachments: photo } : {})
  }));
  await local.bulkDocs(docs);

  const result = await local.replicate.to(remote, { batch_size: PUSH_BATCH_SIZE });
  expect(result.docs_written).toBe(docs.length);

  expect(bulkBodies.length).toBeGreaterThan(1);
  expect(Math.max(...bulkBodies)).toBeLessThanOrEqual(REQUEST_BUDGET);
  expect(bulkBodies.reduce((a, b) => a + b, 0)).toBeGreaterThan(BATAS_KIRIMAN);
  const ids = docs.map((d) => d._id);
  const onServer = (await asAdmin(url, 'POST', `/${KEC}/_all_docs?include_docs=true`, { keys: ids })).body.rows as {
    id: string;
    doc?: { _rev: string; _attachments?: Record<string, { length: number }> };
  }[];
  expect(onServer.map((r) => r.id)).toEqual(ids);
  expect(onServer.filter((r) => !r.doc?._rev.startsWith('1-'))).toEqual([]);
  expect(onServer.slice(0, 60).filter((r) => r.doc?._attachments?.['foto-dokumen.jpg'].length !== PHOTO)).toEqual([]);
  await local.destroy();
});
