/**
 * Item 3: saving a complaint offline through the app's form — from the click on "Simpan" until
 * the form says it is on the device — beside a bare `put` of the same document into another
 * local database of the same page. On the pages item 1 synced (the app then holds a whole
 * kecamatan, as a facilitator's tablet does), unthrottled and throttled.
 */
import { localName } from '../../app/lib/db/placement';
import { fillComplaint } from '../../tests/e2e/support';
import { log, ukuranEnv } from './bersama';
import { KEC_DB, kecamatan, type Tersinkron } from './kecamatan';
import { alat, tambahAlat } from './peramban';
import { sinkronAplikasi } from './sinkron';
import { ringkas, type BarisBench } from './tabel';

export async function benchSimpan(): Promise<BarisBench[]> {
  const k = await kecamatan();
  const n = ukuranEnv('BENCH_SIMPAN', 20);
  const rows: BarisBench[] = [];
  for (const rate of [1, ukuranEnv('BENCH_THROTTLE', 4)]) {
    const label = rate === 1 ? 'unthrottled' : `${rate}× throttled`;
    let s: Tersinkron | undefined = k.tersinkron.get(rate);
    if (!s) {
      log(`complaint: syncing through the app first, ${label}…`);
      s = await sinkronAplikasi(k, rate);
      k.tersinkron.set(rate, s);
    }
    const page = s.page;
    log(`saving ${n} complaints offline, ${label}…`);
    await page.goto('/keluhan/baru');
    await page.getByLabel('Uraian keluhan').waitFor();
    await page.context().setOffline(true);
    await tambahAlat(page);
    const ms: number[] = [];
    const ids: string[] = [];
    try {
      for (let i = 0; i < n; i++) {
        await fillComplaint(page, `Bantuan PKH belum diterima (bench ${i})`);
        const r = await alat(page, 'simpanKeluhan');
        ms.push(r.ms);
        ids.push(r.id);
        await page.getByRole('button', { name: 'Catat keluhan lain' }).click();
      }
      const bare = await alat(page, 'simpanUlang', localName(KEC_DB), ids, `bench-put-${rate}`);
      const kita = ringkas(ms);
      const dasar = ringkas(bare);
      rows.push({
        item: '3',
        apa: `saving a complaint offline (${label})`,
        kita: { nilai: kita.p95, satuan: 'ms', keterangan: `p95 (p50 ${kita.p50.toFixed(1)})` },
        dasar: { nilai: dasar.p95, satuan: 'ms', keterangan: `p95 (p50 ${dasar.p50.toFixed(1)}), bare put` },
        target: [
          { pada: 'rasio', batas: 'maks', nilai: 1.5 },
          { pada: 'nilai', batas: 'maks', nilai: 30, satuan: 'ms' }
        ],
        catatan: `${n} saves; click on "Simpan" → "Tersimpan di perangkat" on screen; baseline puts the saved documents again under new ids`
      });
    } finally {
      await page.context().setOffline(false);
    }
  }
  return rows;
}
