/**
 * Item 9: the replication router with a whole province provisioned (Sulawesi Tenggara, 74: 17
 * kabupaten, 221 kecamatan) on the embedded server — how long a document takes to travel
 * kecamatan → kabupaten and kabupaten → kecamatan, and the CPU the server and the router use
 * when nothing happens — beside the same topology as permanent continuous `_replicator` jobs
 * (kecamatan → kabupaten whole; kabupaten → kecamatan filtered on `wilayah.kecamatan`) on
 * another embedded server with nothing else running.
 */
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { kabupatenDb, kecamatanDb } from '../../app/lib/domain/databases';
import { wilayahOf } from '../../app/lib/domain/wilayah';
import { makeKeluhan } from '../../app/lib/test-data/event-factory';
import { startEmbeddedCouch } from '../../couch/embedded/supervisor';
import { kabupatenOfProvinsi, kecamatanOfKabupaten } from '../../couch/provision/areas';
import { provision } from '../../couch/provision/provision';
import { startTestInstance } from '../../tests/harness/slrt-instance';
import { Rng } from '../demo/rng';
import { desaKabupaten } from '../impor/wilayah';
import { log, tungguRouter, ukuranEnv } from './bersama';
import { tutupKecamatan } from './kecamatan';
import { ringkas, type BarisBench } from './tabel';

const PROVINSI = '74';
const FILTER_KECAMATAN = 'function (doc, req) { return !!doc.wilayah && doc.wilayah.kecamatan === req.query.kecamatan; }';
const ADMIN = { user: 'admin', password: 'test-admin-password' };

interface Wilayah {
  kabupaten: string[];
  /** Each kecamatan with one of its desa, for documents that belong there. */
  kecamatan: { kode: string; desa: string }[];
}

async function wilayahProvinsi(): Promise<Wilayah> {
  const kabupaten = (await kabupatenOfProvinsi(PROVINSI)).map((k) => k.code);
  const kecamatan: Wilayah['kecamatan'] = [];
  for (const kab of kabupaten) {
    const desa = [...(await desaKabupaten(kab))];
    for (const kec of await kecamatanOfKabupaten(kab)) {
      const d = desa.find((x) => x.startsWith(`${kec.code}.`));
      if (d) kecamatan.push({ kode: kec.code, desa: d });
    }
  }
  return { kabupaten, kecamatan };
}

/** CPU seconds (user + system) of this process's children, from /proc: the embedded CouchDB is one. */
function cpuAnak(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(f[1]) === process.pid) ticks += Number(f[11]) + Number(f[12]);
    } catch {
      // A process that ended while being read.
    }
  }
  return ticks / 100; // USER_HZ is 100 on Linux
}

/** Share of one core used by this process and its children over `detik` seconds of nothing happening. */
async function cpuDiam(detik: number): Promise<{ total: number; server: number }> {
  const p0 = process.cpuUsage();
  const a0 = cpuAnak();
  await new Promise((r) => setTimeout(r, detik * 1000));
  const p = process.cpuUsage(p0);
  const anak = cpuAnak() - a0;
  const sendiri = (p.user + p.system) / 1e6;
  return { total: ((sendiri + anak) / detik) * 100, server: (anak / detik) * 100 };
}

type Admin = (path: string, init?: RequestInit) => Promise<Response>;

function admin(couchAdminUrl: string): Admin {
  const url = new URL(couchAdminUrl);
  const auth = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
  url.username = url.password = '';
  const root = url.href.replace(/\/$/, '');
  return (p, init = {}) => fetch(`${root}/${p}`, { ...init, headers: { authorization: auth, 'content-type': 'application/json', ...init.headers } });
}

/** Milliseconds from writing a document into `dari` until `ke` has it (polled every 20 ms; 60 s at most). */
async function satuPerjalanan(minta: Admin, dari: string, ke: string, desa: string): Promise<number> {
  const doc = makeKeluhan({ wilayah: wilayahOf(desa) });
  const t0 = performance.now();
  const res = await minta(dari, { method: 'POST', body: JSON.stringify(doc) });
  if (!res.ok) throw new Error(`write into ${dari}: HTTP ${res.status} ${await res.text()}`);
  while (performance.now() - t0 < 60_000) {
    if ((await minta(`${ke}/${encodeURIComponent(doc._id)}`)).ok) return performance.now() - t0;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${doc._id} did not reach ${ke} from ${dari} within 60 s`);
}

interface Ukur {
  naik: { p50: number; p95: number };
  turun: { p50: number; p95: number };
  cpu: { total: number; server: number };
}

async function ukur(couchAdminUrl: string, w: Wilayah, diamDetik: number): Promise<Ukur> {
  const minta = admin(couchAdminUrl);
  const n = ukuranEnv('BENCH_ROUTER_SAMPEL', 10);
  log(`idle CPU over ${diamDetik} s…`);
  const cpu = await cpuDiam(diamDetik);
  const rng = new Rng(9);
  const naik: number[] = [];
  const turun: number[] = [];
  log(`propagation, ${n} documents each way…`);
  for (let i = 0; i < n; i++) {
    const kec = w.kecamatan[rng.int(0, w.kecamatan.length - 1)];
    const kab = kabupatenDb(kec.kode.split('.').slice(0, 2).join('.'));
    naik.push(await satuPerjalanan(minta, kecamatanDb(kec.kode), kab, kec.desa));
    turun.push(await satuPerjalanan(minta, kab, kecamatanDb(kec.kode), kec.desa));
  }
  return { naik: ringkas(naik), turun: ringkas(turun), cpu };
}

/** The baseline: a bare embedded server, provisioned alike, with one continuous `_replicator` job per route. */
async function ukurReplicator(w: Wilayah, diamDetik: number): Promise<Ukur> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'slrt-bench-replicator-'));
  const couch = await startEmbeddedCouch({ dataDir, adminUser: ADMIN.user, adminPassword: ADMIN.password, log: () => {} });
  try {
    await provision(couch.adminUrl, { provinsi: PROVINSI }, () => {});
    const minta = admin(couch.adminUrl);
    await minta('_replicator', { method: 'PUT' });
    // A design-document filter: the embedded server has no `_selector` filter (a selector job
    // makes it crash on `_design/_selector`).
    for (const kab of w.kabupaten) {
      await minta(`${kabupatenDb(kab)}/_design/bench-rute`, { method: 'PUT', body: JSON.stringify({ filters: { kecamatan: FILTER_KECAMATAN } }) });
    }
    const url = (db: string) => `${couch.adminUrl}/${db}`;
    const docs = w.kecamatan.flatMap((kec) => {
      const kab = kabupatenDb(kec.kode.split('.').slice(0, 2).join('.'));
      const kdb = kecamatanDb(kec.kode);
      return [
        { _id: `naik-${kdb}`, source: url(kdb), target: url(kab), continuous: true, live: true },
        {
          _id: `turun-${kdb}`,
          source: url(kab),
          target: url(kdb),
          continuous: true,
          live: true,
          filter: 'bench-rute/kecamatan',
          query_params: { kecamatan: kec.kode }
        }
      ];
    });
    log(`baseline: ${docs.length} continuous _replicator jobs…`);
    const res = await minta('_replicator/_bulk_docs', { method: 'POST', body: JSON.stringify({ docs }) });
    if (!res.ok) throw new Error(`_replicator: HTTP ${res.status} ${await res.text()}`);
    // The jobs start in the background; their first pass over empty databases is short.
    await new Promise((r) => setTimeout(r, 15_000));
    return await ukur(couch.adminUrl, w, diamDetik);
  } finally {
    await couch.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchRouter(): Promise<BarisBench[]> {
  // Nothing of the earlier items may run beside the idle measurement.
  await tutupKecamatan();
  const w = await wilayahProvinsi();
  const diam = ukuranEnv('BENCH_ROUTER_DIAM_DETIK', 20);
  log(`provisioning province ${PROVINSI}: ${w.kabupaten.length} kabupaten, ${w.kecamatan.length} kecamatan…`);
  const instance = await startTestInstance({ demoHouseholds: 0, kabupaten: w.kabupaten });
  let kita: Ukur;
  try {
    await tungguRouter(instance.slrt);
    // The first rollup follows the router's first settling; let it pass before "idle".
    await new Promise((r) => setTimeout(r, 15_000));
    kita = await ukur(instance.slrt.couchAdminUrl, w, diam);
  } finally {
    await instance.stop();
  }
  let dasar: Ukur | null = null;
  let galatDasar = '';
  try {
    dasar = await ukurReplicator(w, diam);
  } catch (error) {
    galatDasar = `no baseline: continuous _replicator jobs failed on the embedded server (${(error as Error).message})`;
  }
  const ms = (u: { p50: number; p95: number }) => ({ nilai: u.p95, satuan: 'ms' as const, keterangan: `p95 (p50 ${u.p50.toFixed(0)})` });
  const topologi = `${w.kabupaten.length} kabupaten, ${w.kecamatan.length} kecamatan`;
  const p95 = [{ pada: 'nilai' as const, batas: 'maks' as const, nilai: 2000, satuan: 'ms' as const }];
  return [
    {
      item: '9',
      apa: `router, province 74 (${topologi}): kecamatan → kabupaten`,
      kita: ms(kita.naik),
      dasar: dasar && ms(dasar.naik),
      target: p95,
      catatan: galatDasar || 'baseline: continuous _replicator jobs, same server software'
    },
    {
      item: '9',
      apa: 'router, province 74: kabupaten → kecamatan',
      kita: ms(kita.turun),
      dasar: dasar && ms(dasar.turun),
      target: p95,
      catatan: galatDasar
    },
    {
      item: '9',
      apa: `router, province 74: CPU when idle (server + router), ${diam} s`,
      kita: { nilai: kita.cpu.total, satuan: '%', keterangan: `of a core (database ${kita.cpu.server.toFixed(1)}%)` },
      dasar: dasar && { nilai: dasar.cpu.total, satuan: '%', keterangan: `of a core (database ${dasar.cpu.server.toFixed(1)}%)` },
      target: [{ pada: 'nilai', batas: 'maks', nilai: 5, satuan: '%' }],
      catatan: `ours includes the app server and the 15-minute rollup timer in the same process${galatDasar ? `; ${galatDasar}` : ''}`
    }
  ];
}
