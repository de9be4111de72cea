/**
 * Item 7 (and issue 9's load test): 100 devices push at the same moment, each 50 events written
 * offline, through the app's `/db/` with a cookie session each, as tablets coming back into
 * coverage together. Devices are PouchDB in Node (in-memory adapter, default replication
 * settings), on loopback. All must arrive; the p95 of a device's push and the server's
 * documents per second are reported (the issue sets no baseline).
 */
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { makeKeluhan } from '../../app/lib/test-data/event-factory';
import { log, ukuranEnv, waktu } from './bersama';
import { FASILITATOR, KEC_DB, kecamatan, type Kecamatan } from './kecamatan';
import { ringkas, type BarisBench } from './tabel';

PouchDB.plugin(memory).plugin(http);
// The router, in this same process, may have given PouchDB replication already.
if (!('replicate' in PouchDB.prototype)) PouchDB.plugin(replication);

type Db = PouchDB.Database<Record<string, unknown>>;
// Replication is not in @types/pouchdb-core.
const Pouch = PouchDB as unknown as PouchDB.Static & { replicate(from: Db, to: Db): Promise<{ docs_written: number }> };

async function cookie(k: Kecamatan): Promise<string> {
  const res = await fetch(`${k.url}/db/_session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: FASILITATOR, password: 'demo1234' })
  });
  if (!res.ok) throw new Error(`login: HTTP ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0];
}

type PouchFetch = (url: string, opts: { headers: Iterable<[string, string]> } & RequestInit) => Promise<Response>;

/**
 * The kecamatan database on the server as one device sees it: through `/db/`, with its own
 * session cookie, sent by Node's fetch. Not PouchDB's own fetch: in Node it keeps one cookie
 * jar for the whole process, keyed by host and not port, so the facilitator's session would
 * ride along on the replication router's requests to the database in this same process
 * (which then fail with 401).
 */
function remote(k: Kecamatan, sesi: string): Db {
  const fetchSendiri: PouchFetch = (url, opts) => fetch(url, { ...opts, headers: { ...Object.fromEntries(opts.headers), Cookie: sesi } });
  return new PouchDB(`${k.url}/db/${KEC_DB}`, { fetch: fetchSendiri, skip_setup: true } as PouchDB.Configuration.RemoteDatabaseConfiguration);
}

export async function benchPerangkat(): Promise<BarisBench[]> {
  const k = await kecamatan();
  const n = ukuranEnv('BENCH_PERANGKAT', 100);
  const per = ukuranEnv('BENCH_PERANGKAT_EVENT', 50);
  log(`${n} devices, ${per} events each: logging in and writing offline…`);
  const perangkat: { lokal: Db; remote: Db; ids: string[] }[] = [];
  for (let i = 0; i < n; i++) {
    const lokal = new PouchDB(`bench-perangkat-${i}-${Date.now()}`, { adapter: 'memory' }) as Db;
    const docs = Array.from({ length: per }, (_, j) => makeKeluhan({ uraian: `Keluhan perangkat ${i} ke-${j}` }));
    await lokal.bulkDocs(docs);
    perangkat.push({ lokal, remote: remote(k, await cookie(k)), ids: docs.map((d) => d._id) });
  }
  log('pushing all at once…');
  const semua = await waktu(() =>
    Promise.all(perangkat.map(async (p) => (await waktu(() => Pouch.replicate(p.lokal, p.remote))).detik * 1000))
  );
  const ids = perangkat.flatMap((p) => p.ids);
  const { rows } = await k.admin<{ rows: { error?: string; value?: { deleted?: boolean } }[] }>(`${KEC_DB}/_all_docs`, {
    method: 'POST',
    body: JSON.stringify({ keys: ids })
  });
  const tiba = rows.filter((r) => !r.error && !r.value?.deleted).length;
  await Promise.all(perangkat.map((p) => p.lokal.destroy()));
  const t = ringkas(semua.hasil);
  return [
    {
      item: '7',
      apa: `${n} devices push ${per} events each at once: arrived`,
      kita: { nilai: tiba, satuan: 'dok' },
      dasar: null,
      target: [{ pada: 'nilai', batas: 'min', nilai: ids.length, satuan: 'dok' }],
      catatan: `of ${ids.length}; default PouchDB replication, cookie session per device, through /db/`
    },
    {
      item: '7',
      apa: `${n} devices at once: one device's push`,
      kita: { nilai: t.p95, satuan: 'ms', keterangan: `p95 (p50 ${t.p50.toFixed(0)})` },
      dasar: null,
      target: [],
      catatan: 'the issue asks for the figure, no target'
    },
    {
      item: '7',
      apa: `${n} devices at once: server throughput`,
      kita: { nilai: ids.length / semua.detik, satuan: 'dok/s', keterangan: `(${semua.detik.toFixed(1)} s in all)` },
      dasar: null,
      target: [],
      catatan: 'the issue asks for the figure, no target'
    }
  ];
}
