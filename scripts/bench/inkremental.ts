/**
 * Item 4: the sync after a day offline — 100 events written on the device, 200 written on the
 * server meanwhile — through the app (its live sync restarts when the browser is back online),
 * until the server holds the 100 and the device the 200; beside a bare PouchDB `sync` of the
 * same amount of change between another local copy and the server, in the same page.
 */
import type { Page } from 'playwright-core';
import { localName } from '../../app/lib/db/placement';
import { makeKeluhan } from '../../app/lib/test-data/event-factory';
import { log, ukuranEnv } from './bersama';
import { FASILITATOR, KEC_DB, kecamatan, type Kecamatan } from './kecamatan';
import { alat, halamanAlat, tambahAlat } from './peramban';
import { ambilSalinanBare, sinkronAplikasi } from './sinkron';
import type { BarisBench } from './tabel';

const NAIK = 100;
const TURUN = 200;

const keluhan = (n: number, tanda: string) => Array.from({ length: n }, (_, i) => makeKeluhan({ uraian: `Keluhan bench ${tanda} ${i}` }));

async function diServer(k: Kecamatan, ids: string[]): Promise<number> {
  const { rows } = await k.admin<{ rows: { error?: string }[] }>(`${KEC_DB}/_all_docs`, { method: 'POST', body: JSON.stringify({ keys: ids }) });
  return rows.filter((r) => !r.error).length;
}

/** Resolves with Date.now() when the server holds every one of `ids`. */
async function tungguServer(k: Kecamatan, ids: string[]): Promise<number> {
  for (;;) {
    if ((await diServer(k, ids)) === ids.length) return Date.now();
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Resolves with Date.now() (the page's clock is this machine's) when the device's copy holds every one of `ids`. */
function tungguLokal(page: Page, ids: string[]): Promise<number> {
  return alat(page, 'tunggu', localName(KEC_DB), ids);
}

async function sinkronAplikasiSetelahLuring(k: Kecamatan, page: Page): Promise<number> {
  await page.goto('/sinkronisasi');
  await page.getByTestId('sync-status').filter({ hasText: 'Tersinkron' }).waitFor({ timeout: 120_000 });
  await page.context().setOffline(true);
  await page.getByTestId('sync-online').filter({ hasText: 'Luring' }).waitFor();
  await tambahAlat(page);
  const naik = keluhan(NAIK, 'naik');
  const turun = keluhan(TURUN, 'turun');
  await alat(page, 'tulisBanyak', localName(KEC_DB), naik);
  await k.admin(`${KEC_DB}/_bulk_docs`, { method: 'POST', body: JSON.stringify({ docs: turun }) });
  const lokal = tungguLokal(page, turun.map((d) => d._id));
  const mulai = Date.now();
  await page.context().setOffline(false);
  const [a, b] = await Promise.all([tungguServer(k, naik.map((d) => d._id)), lokal]);
  return Math.max(a, b) - mulai;
}

/**
 * In a page of its own, while the app's page is offline so its live sync does not pull the same
 * changes. Both directions are checkpointed first, as on a device that has synced before. The
 * copy item 1's bare baseline pulled is used when there is one (its push side checkpointed
 * where the pull ended, then one sync for what items 1–3 left on the server); otherwise a copy
 * of its own is made: the first sync's push side does not checkpoint what its pull side
 * brought (STACK-NOTES), the second does.
 */
async function sinkronBare(k: Kecamatan): Promise<number> {
  const salinan = ambilSalinanBare();
  const page = salinan?.page ?? (await halamanAlat(k.browser, k.url, 1));
  try {
    const lokal = salinan?.lokal ?? 'bench-inkremental';
    await alat(page, 'masuk', FASILITATOR, 'demo1234');
    if (salinan) await alat(page, 'tandaiDorong', KEC_DB, lokal);
    else await alat(page, 'sinkron', KEC_DB, lokal, { batch_size: 1000 });
    await alat(page, 'sinkron', KEC_DB, lokal, { batch_size: 1000 });
    await alat(page, 'tulisBanyak', lokal, keluhan(NAIK, 'naik-bare'));
    await k.admin(`${KEC_DB}/_bulk_docs`, { method: 'POST', body: JSON.stringify({ docs: keluhan(TURUN, 'turun-bare') }) });
    const r = await alat(page, 'sinkron', KEC_DB, lokal, {});
    if (r.naik !== NAIK || r.turun < TURUN) throw new Error(`bare sync moved ${r.naik} up and ${r.turun} down`);
    return r.ms;
  } finally {
    await page.context().close();
  }
}

export async function benchInkremental(): Promise<BarisBench[]> {
  const k = await kecamatan();
  // Other synced pages would pull the same changes alongside: this item needs one device.
  for (const [rate, t] of k.tersinkron) {
    if (rate === 1) continue;
    await t.page.context().close();
    k.tersinkron.delete(rate);
  }
  const s = k.tersinkron.get(1) ?? (await sinkronAplikasi(k, 1));
  k.tersinkron.set(1, s);
  log(`a day offline: ${NAIK} up, ${TURUN} down, through the app…`);
  const kita = await sinkronAplikasiSetelahLuring(k, s.page);
  log('the same with bare PouchDB sync, on a checkpointed copy…');
  await s.page.context().setOffline(true);
  const dasar = await sinkronBare(k).finally(() => s.page.context().setOffline(false));
  return [
    {
      item: '4',
      apa: `incremental sync after a day offline (${NAIK} up, ${TURUN} down), unthrottled`,
      kita: { nilai: kita, satuan: 'ms' },
      dasar: { nilai: dasar, satuan: 'ms', keterangan: '(bare sync, one-shot)' },
      target: [
        { pada: 'rasio', batas: 'maks', nilai: 1.2 },
        { pada: 'nilai', batas: 'maks', nilai: 1000, satuan: 'ms' }
      ],
      catatan: `ours: back online → the server holds the ${NAIK} and the device the ${TURUN} (polled every 50 ms); ${ukuranEnv('BENCH_KEC_RT', 20_000).toLocaleString('en-US')}-household kecamatan on the device`
    }
  ];
}
