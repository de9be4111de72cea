/**
 * A full device: the next save fails as it would on a full tablet. The person is told in words,
 * what was saved before stays, and once there is room the same form saves. Run after
 * `npx vite build`.
 */
import { expect, test, type Page } from '@playwright/test';
import { logIn, recordComplaint, WUNDULAKO_DB } from './support';

/**
 * Chromium's DevTools quota override has no effect on this build's headless profiles, so the
 * full disk is made where the browser reports it: while `full`, every IndexedDB write aborts
 * its transaction and the transaction's error is the QuotaExceededError DOMException a full
 * tablet raises. PouchDB, the app and the form run unchanged above it.
 */
function fillDisk(page: Page, full: boolean): Promise<void> {
  return page.evaluate((on) => {
    type Patched = typeof globalThis & { slrtDiskFull?: boolean; slrtDiskPatched?: boolean };
    const g = globalThis as Patched;
    g.slrtDiskFull = on;
    if (g.slrtDiskPatched) return;
    g.slrtDiskPatched = true;
    const errorOf = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'error')!.get!;
    const quotaAborted = new WeakSet<IDBTransaction>();
    Object.defineProperty(IDBTransaction.prototype, 'error', {
      configurable: true,
      get(this: IDBTransaction) {
        return quotaAborted.has(this) ? new DOMException('The quota has been exceeded.', 'QuotaExceededError') : errorOf.call(this);
      }
    });
    for (const method of ['put', 'add'] as const) {
      const write = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof write>) {
        const request = write.apply(this, args);
        if (g.slrtDiskFull && !quotaAborted.has(this.transaction)) {
          quotaAborted.add(this.transaction);
          this.transaction.abort();
        }
        return request;
      };
    }
  }, full);
}

test('a full device says so, keeps what was saved, and saves again once there is room', async ({ page, context }) => {
  await logIn(page, 'fasilitator.wundulako');
  await expect(page).toHaveURL(/\/cari$/);
  await page.goto('/sinkronisasi');
  await expect(page.getByTestId('sync-status')).toHaveText('Tersinkron', { timeout: 45_000 });
  await page.goto('/keluhan/baru');
  await expect(page.getByTestId('sync-status')).toHaveText('Tersinkron');
  await context.setOffline(true);
  const first = await recordComplaint(page, 'Keluhan pertama sebelum penyimpanan penuh');
  await expect(page.getByTestId('sync-pending')).toHaveText('1 menunggu dikirim');

  await fillDisk(page, true);

  await page.getByRole('button', { name: 'Catat keluhan lain' }).click();
  await page.getByLabel('Uraian keluhan').fill('Keluhan kedua saat penyimpanan penuh');
  await page.getByLabel('Kategori keluhan').selectOption('non-kepesertaan');
  await page.getByLabel('Program', { exact: true }).selectOption('pkh');
  await page.getByLabel('Kode desa/kelurahan').fill('7401011002');
  await page.getByLabel('Nama pelapor').fill('Wa Ode Sitti');
  await page.getByLabel(/Pelapor setuju/).check();
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('alert')).toContainText('Penyimpanan perangkat penuh');
  await expect(page.getByLabel('Uraian keluhan')).toHaveValue('Keluhan kedua saat penyimpanan penuh');
  await expect(page.getByTestId('sync-pending')).toHaveText('1 menunggu dikirim');

  // Room again: the same form saves, and both go up once online.
  await fillDisk(page, false);
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('keluhan-tersimpan')).toContainText('Tersimpan di perangkat');
  await expect(page.getByTestId('sync-pending')).toHaveText('2 menunggu dikirim');
  await context.setOffline(false);
  await expect(page.getByTestId('sync-pending')).toHaveText('0 menunggu dikirim', { timeout: 30_000 });
  const response = await page.request.get(`/db/${WUNDULAKO_DB}/${encodeURIComponent(first)}`);
  expect(response.status()).toBe(200);
});
