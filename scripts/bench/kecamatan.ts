/**
 * What the server-view and browser items share, made once per run (loading the demo is the
 * slow part): the app built, the embedded server with one kecamatan of the demo district
 * (Wundulako: 20,000 households and 10,000 of the events the generator makes for them, by
 * default; the router copies them into the kabupaten database too), and a headless Chromium.
 * Stopped by the runner at the end.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { kecamatanDb } from '../../app/lib/domain/databases';
import type { SlrtDoc } from '../../app/lib/domain/schemas';
import { startTestInstance, type TestInstance } from '../../tests/harness/slrt-instance';
import { WUNDULAKO } from '../demo/accounts';
import { startOfDay } from '../demo/generate';
import { log, tungguRouter, ukuranEnv, waktu } from './bersama';
import { muatKecamatan } from './muat-kecamatan';
import { bukaPeramban } from './peramban';

export const FASILITATOR = 'fasilitator.wundulako';
export const KEC_DB = kecamatanDb(WUNDULAKO);

export interface Kecamatan {
  instance: TestInstance;
  browser: Browser;
  url: string;
  rumahtangga: number;
  /** Documents in the kecamatan database: what a first sync brings down. */
  dokumen: number;
  muatDetik: number;
  admin: <T>(path: string, init?: RequestInit) => Promise<T>;
  /** Pages left synced through the app by item 1, by throttle rate, for the items after it. */
  tersinkron: Map<number, Tersinkron>;
}

export interface Tersinkron {
  page: Page;
  /** From the click on "Masuk" until the sync indicator last turned to "Tersinkron", ms. */
  sinkronMs: number;
  /** From the click until the search shows every household ready, ms. */
  siapMs: number;
}

let siap: Promise<Kecamatan> | null = null;

/**
 * Records (events) the demo generator makes per household in Wundulako's database: 105,777 for
 * 20,000 households with seed 1, 26,585 for 5,000 (≈5 each, 4 of them programme participation).
 * Counting them by generating the kecamatan once more before loading it took ≈20 s of every
 * run; the documents loaded are counted and printed anyway.
 */
const EVENT_PER_RUMAHTANGGA = 105_777 / 20_000;

/**
 * Every household and every `stride`-th event of the kecamatan, so about `target` events stay
 * (the district's shared documents all stay). The whole kecamatan at 20,000 households is
 * ≈126,000 documents, more than the 20 minutes of a run allow; the workload is 20,000
 * households and 10,000 events.
 */
function pilihEvent(rumahtangga: number, target: number): (doc: SlrtDoc, db: string) => boolean {
  const stride = Math.max(1, Math.floor((rumahtangga * EVENT_PER_RUMAHTANGGA) / target));
  let i = 0;
  return (doc, db) => db !== KEC_DB || doc.type === 'rumahtangga' || i++ % stride === 0;
}

/** What `vite build` reads; the app shell's `build/` is stale when any of it is newer. */
const SUMBER_BUILD = ['app', 'static', 'vite.config.ts', 'svelte.config.js', 'package-lock.json', 'tsconfig.json'];

/** Newest modification time (ms) of a file or of any file under a directory. */
function terbaru(p: string): number {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(p, { withFileTypes: true }).reduce((m, e) => Math.max(m, terbaru(path.join(p, e.name))), st.mtimeMs);
}

/**
 * Whether `build/` was made after every source of it changed: a run right after the checks'
 * `npx vite build` (or a second run) need not build again (≈80 s here). `build/_app/version.json`
 * is written by every build.
 */
function buildSegar(): boolean {
  try {
    return statSync('build/_app/version.json').mtimeMs > Math.max(...SUMBER_BUILD.map(terbaru));
  } catch {
    return false;
  }
}

async function mulai(): Promise<Kecamatan> {
  const rumahtangga = ukuranEnv('BENCH_KEC_RT', 20_000);
  if (process.env.BENCH_BUILD === '0') log('BENCH_BUILD=0: using build/ as it is');
  else if (buildSegar()) log('build/ is newer than its sources: not building the app again');
  else {
    log('building the app (npx vite build)…');
    execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });
  }
  const instance = await startTestInstance({ demoHouseholds: 0 });
  try {
    const event = ukuranEnv('BENCH_KEC_EVENT', 10_000);
    const now = startOfDay(Date.now());
    const pilih = pilihEvent(rumahtangga, event);
    // The start-up sweep and rollup see empty databases first, as before the fixture existed.
    await tungguRouter(instance.slrt);
    log(`loading Wundulako, ${rumahtangga} households and about ${event} of their events…`);
    const muat = await waktu(() =>
      muatKecamatan({ couchUrl: instance.slrt.couchAdminUrl, kecamatan: WUNDULAKO, rumahtangga, now, pilih, tanpaRouter: (fn) => instance.slrt.withoutRouter(fn) })
    );
    const router = await waktu(() => tungguRouter(instance.slrt));
    const url = instance.slrt.url;
    const auth = `Basic ${Buffer.from('admin:test-admin-password').toString('base64')}`;
    const admin = async <T>(path: string, init: RequestInit = {}) => {
      const res = await fetch(`${url}/db/${path}`, { ...init, headers: { authorization: auth, 'content-type': 'application/json', ...init.headers } });
      if (!res.ok) throw new Error(`${init.method ?? 'GET'} /db/${path.split('?')[0]}: HTTP ${res.status}`);
      return (await res.json()) as T;
    };
    const { doc_count: dokumen } = await admin<{ doc_count: number }>(KEC_DB);
    log(`loaded in ${muat.detik.toFixed(0)} s, routed in ${router.detik.toFixed(0)} s more: ${dokumen} documents in ${KEC_DB}`);
    return { instance, browser: await bukaPeramban(), url, rumahtangga, dokumen, muatDetik: muat.detik, admin, tersinkron: new Map() };
  } catch (error) {
    await instance.stop();
    throw error;
  }
}

export function kecamatan(): Promise<Kecamatan> {
  siap ??= mulai();
  return siap;
}

export async function tutupKecamatan(): Promise<void> {
  if (!siap) return;
  const k = await siap.catch(() => null);
  siap = null;
  if (!k) return;
  await k.browser.close();
  await k.instance.stop();
}
