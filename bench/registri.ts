/**
 * `npm run bench`: the registry search at 20,000 households, the in-memory index against
 * PouchDB's map/reduce views (the real `registri` design document, as the server has it) in the
 * same run. Build time and p50/p95 query latency for a member's NIK, a No. KK, one word of a
 * name as a prefix, and two words. Node, PouchDB on its in-memory adapter: no disk, so both
 * sides show their best case; in the browser (IndexedDB) both are slower, the views more so.
 * Not part of `npm test`: a benchmark measures time, a test must not.
 */
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

async function latencies(list: readonly Query[], run: (q: Query) => unknown): Promise<{ p50: number; p95: number; hits: number }> {
  const times: number[] = [];
  let hits = 0;
  for (const q of list) {
    const t0 = performance.now();
    const result = await run(q);
    times.push(performance.now() - t0);
    if (Array.isArray(result) ? result.length > 0 : (result as { jenis: string }).jenis === 'hasil') hits++;
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), hits };
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

async function main(): Promise<void> {
  const started = performance.now();
  console.log(`Membuat ${HOUSEHOLDS} rumah tangga (generator demo, seed 7)…`);
  const docs = await households();
  const qs = queries(docs);
  const db = new PouchDB(`bench-${Date.now()}`, { adapter: 'memory' }) as Db;
  for (let i = 0; i < docs.length; i += 1000) await db.bulkDocs(docs.slice(i, i + 1000) as never[]);
  const registri = buildDesignDocs().kecamatan.find((d) => d._id === '_design/registri');
  await db.put(registri as never);

  // In-memory index: read every household in pages of 1,000 (as the data port does), then index.
  const t0 = performance.now();
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
  const indexBuild = performance.now() - t0;
  const t1 = performance.now();
  const alone = new RegistriIndex();
  for (const d of docs) alone.terapkan({ ...d, _rev: '1-a' });
  const indexOnly = performance.now() - t1;

  // Map/reduce: a view is built by its first query; the search needs three of them.
  const t2 = performance.now();
  for (const view of ['nik', 'no-kk', 'nama']) await db.query(`registri/${view}`, { limit: 0 });
  const viewBuild = performance.now() - t2;

  console.log(`\n${docs.length} rumah tangga, ${docs.reduce((n, d) => n + d.anggota.length, 0)} anggota, ${QUERIES} kueri per jenis\n`);
  console.log('| | indeks di memori | view map/reduce PouchDB |');
  console.log('| --- | --- | --- |');
  console.log(`| bangun (baca allDocs + indeks) | ${ms(indexBuild)} (indeks saja ${ms(indexOnly)}) | ${ms(viewBuild)} (nik, no-kk, nama) |`);
  const labels: Record<string, string> = { nik: 'NIK anggota', kk: 'No. KK', nama1: 'nama, 1 awalan 3 huruf', nama2: 'nama, 2 kata' };
  for (const [key, list] of Object.entries(qs)) {
    const mem = await latencies(list, (q) => index.cari(q.pencarian, PADA));
    const view = await latencies(list, (q) => viewQuery(db, q));
    console.log(
      `| ${labels[key]} p50 / p95 | ${ms(mem.p50)} / ${ms(mem.p95)} | ${ms(view.p50)} / ${ms(view.p95)} |` +
        (mem.hits !== list.length || view.hits !== list.length ? ` ditemukan ${mem.hits} / ${view.hits} dari ${list.length}` : '')
    );
  }
  console.log(`\nheap terpakai ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB; selesai dalam ${((performance.now() - started) / 1000).toFixed(0)} s`);
  await db.destroy();
}

await main();
