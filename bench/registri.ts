/**
 * `npm run bench`: the registry search at 20,000 households, the in-memory index against
 * PouchDB's map/reduce views (the real `registri` design document, as the server has it) in the
 * same run. Build time and p50/p95 query latency for a member's NIK, a No. KK, one word of a
 * name as a prefix, and two words. Node, PouchDB on its in-memory adapter: no disk, so both
 * sides show their best case; in the browser (IndexedDB) both are slower, the views more so.
 * Not part of `npm test`: a benchmark measures time, a test must not.
 *
 * The views take minutes to build at 20,000 households (docs/operations.md), so by default they
 * are built over the first 2,000 only, to keep a run within about three minutes;
 * `BENCH_VIEW_HOUSEHOLDS=20000 npm run bench` measures them at full size.
 */
import { cpus, loadavg } from 'node:os';
import PouchDB from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import mapreduce from 'pouchdb-mapreduce';
import type { Rumahtangga } from '../app/lib/domain/household';
import { RegistriIndex, type Pencarian } from '../app/lib/search/registri-index';
import { kataDari } from '../app/lib/search/kata';
import { buildDesignDocs } from '../design-docs/build';
import { generateDemo } from '../scripts/demo/generate';
import { Rng } from '../scripts/demo/rng';

PouchDB.plugin(memory).plugin(mapreduce);

const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 20_000);
const VIEW_HOUSEHOLDS = Math.min(HOUSEHOLDS, Number(process.env.BENCH_VIEW_HOUSEHOLDS ?? 2_000));
const QUERIES = 200;
const PADA = '2025-06-01';

type Query = { label: string; pencarian: Pencarian };

async function households(): Promise<Rumahtangga[]> {
  const found: Rumahtangga[] = [];
  for await (const batch of generateDemo({ seed: 7, households: HOUSEHOLDS, kecamatan: ['74.01.01'], now: Date.UTC(2025, 5, 1) })) {
    for (const doc of batch.docs) if (doc.type === 'rumahtangga') found.push(doc);
  }
  return found;
}

/** Queries a facilitator would type, drawn from the households themselves. */
function queries(docs: readonly Rumahtangga[]): Record<string, Query[]> {
  const rng = new Rng(11);
  const pick = <T>(list: readonly T[]) => list[rng.int(0, list.length - 1)];
  const out: Record<string, Query[]> = { nik: [], kk: [], nama1: [], nama2: [] };
  while (out.nama2.length < QUERIES) {
    const rt = pick(docs);
    const a = pick(rt.anggota);
    const kata = kataDari(a.nama);
    out.nik.push({ label: 'nik', pencarian: { teks: a.nik } });
    out.kk.push({ label: 'kk', pencarian: { teks: rt.noKK } });
    out.nama1.push({ label: 'nama1', pencarian: { teks: kata[0].slice(0, 3) } });
    if (kata.length >= 2) out.nama2.push({ label: 'nama2', pencarian: { teks: `${kata[1]} ${kata[0].slice(0, 3)}` } });
  }
  for (const k of ['nik', 'kk', 'nama1']) out[k] = out[k].slice(0, QUERIES);
  return out;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Latensi {
  p50: number;
  p95: number;
  /** p95 of the CPU time this process spent: on a shared machine, wall time also counts waiting for a core. */
  cpu95: number;
  hits: number;
}

async function latencies(list: readonly Query[], run: (q: Query) => unknown): Promise<Latensi> {
  const times: number[] = [];
  const cpu: number[] = [];
  let hits = 0;
  for (const q of list) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const result = await run(q);
    times.push(performance.now() - t0);
    cpu.push(process.cpuUsage(c0).user / 1000);
    if (Array.isArray(result) ? result.length > 0 : (result as { jenis: string }).jenis === 'hasil') hits++;
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), cpu95: percentile(cpu, 95), hits };
}

const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`;

// pouchdb-mapreduce adds `query`; @types/pouchdb-core leaves it out (as in app/lib/db/user-store.ts).
type Db = PouchDB.Database<Record<string, unknown>> & {
  query(view: string, options: Record<string, unknown>): Promise<{ rows: { key: unknown; value: unknown }[] }>;
};

/** What a search box does with the views: exact keys, or the longest word as a prefix then the others. */
async function viewQuery(db: Db, q: Query): Promise<unknown[]> {
  const teks = q.pencarian.teks;
  if (q.label === 'nik') return (await db.query('registri/nik', { key: teks })).rows;
  if (q.label === 'kk') return (await db.query('registri/no-kk', { key: teks })).rows;
  const kata = kataDari(teks).sort((a, b) => b.length - a.length);
  const rows = (await db.query('registri/nama', { startkey: kata[0], endkey: `${kata[0]}\ufff0` })).rows;
  return rows.filter((r) => {
    const words = kataDari((r.value as { nama: string }).nama);
    return kata.every((k) => words.some((w) => w.startsWith(k)));
  });
}

async function loaded(name: string, docs: readonly Rumahtangga[]): Promise<Db> {
  const db = new PouchDB(`${name}-${Date.now()}`, { adapter: 'memory' }) as Db;
  for (let i = 0; i < docs.length; i += 1000) await db.bulkDocs(docs.slice(i, i + 1000) as never[]);
  return db;
}

/** The in-memory index as the app builds it: every household read in pages of 1,000, then indexed. */
async function indexFrom(db: Db): Promise<RegistriIndex> {
  const index = new RegistriIndex();
  let startkey = 'rumahtangga:';
  let skip = 0;
  for (;;) {
    const page = await db.allDocs({ startkey, endkey: 'rumahtangga:\ufff0', include_docs: true, limit: 1000, skip });
    for (const row of page.rows) index.terapkan(row.doc as never);
    if (page.rows.length < 1000) break;
    startkey = page.rows[page.rows.length - 1].id;
    skip = 1;
  }
  return index;
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log(`Membuat ${HOUSEHOLDS} rumah tangga (generator demo, seed 7)…`);
  const docs = await households();
  const sample = docs.slice(0, VIEW_HOUSEHOLDS);
  const db = await loaded('bench-indeks', docs);
  const viewDb = await loaded('bench-view', sample);
  await viewDb.put(buildDesignDocs().kecamatan.find((d) => d._id === '_design/registri') as never);

  const t0 = performance.now();
  const index = await indexFrom(db);
  const indexBuild = performance.now() - t0;
  const t1 = performance.now();
  const alone = new RegistriIndex();
  for (const d of docs) alone.terapkan({ ...d, _rev: '1-a' });
  const indexOnly = performance.now() - t1;

  // Map/reduce: a view is built by its first query; the search needs three of them.
  const t2 = performance.now();
  for (const view of ['nik', 'no-kk', 'nama']) await viewDb.query(`registri/${view}`, { limit: 0 });
  const viewBuild = performance.now() - t2;

  const anggota = (list: readonly Rumahtangga[]) => list.reduce((n, d) => n + d.anggota.length, 0);
  console.log(`\nindeks: ${docs.length} rumah tangga (${anggota(docs)} anggota); view: ${sample.length} rumah tangga (${anggota(sample)} anggota); ${QUERIES} kueri per jenis\n`);
  console.log(`| | indeks di memori (${docs.length} RT) | view map/reduce PouchDB (${sample.length} RT) |`);
  console.log('| --- | --- | --- |');
  console.log(`| bangun | ${ms(indexBuild)} (baca allDocs + indeks; indeks saja ${ms(indexOnly)}) | ${ms(viewBuild)} (nik, no-kk, nama) |`);
  const labels: Record<string, string> = { nik: 'NIK anggota', kk: 'No. KK', nama1: 'nama, 1 awalan 3 huruf', nama2: 'nama, 2 kata' };
  const qsIndex = queries(docs);
  const qsView = queries(sample);
  for (const key of Object.keys(labels)) {
    const mem = await latencies(qsIndex[key], (q) => index.cari(q.pencarian, PADA));
    const view = await latencies(qsView[key], (q) => viewQuery(viewDb, q));
    const missed = mem.hits !== QUERIES || view.hits !== QUERIES ? ` (ditemukan ${mem.hits} / ${view.hits} dari ${QUERIES})` : '';
    const cell = (l: Latensi) => `${ms(l.p50)} / ${ms(l.p95)} (CPU p95 ${ms(l.cpu95)})`;
    console.log(`| ${labels[key]} p50 / p95 | ${cell(mem)} | ${cell(view)} |${missed}`);
  }
  console.log(`\nbeban mesin (load average 1 menit): ${loadavg()[0].toFixed(1)} pada ${cpus().length} inti`);
  console.log(`heap terpakai ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB; selesai dalam ${((performance.now() - started) / 1000).toFixed(0)} s`);
  await Promise.all([db.destroy(), viewDb.destroy()]);
}

await main();
