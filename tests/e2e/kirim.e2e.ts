/**
 * Exports to the national systems (issue 8): the demo manager opens /kirim from the home page,
 * exports the pre-lists the manager approved as CSV, finds in the file one row per member of
 * exactly those proposals, sees them no longer due and the batch listed, and downloads the same
 * batch again without a second record. Run after `npx vite build`.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { admin, logInTo } from './support';

async function barisCsv(download: Download): Promise<Record<string, string>[]> {
  const teks = (await readFile(await download.path(), 'utf8')).replace(/^\ufeff/, '');
  return Papa.parse<Record<string, string>>(teks, { header: true, skipEmptyLines: true }).data;
}

/** The exports recorded on the server, of kind `jenis`. */
async function pengirimanDiServer(jenis: string): Promise<{ _id: string; jenis: string; createdBy: string; item: { id: string }[] }[]> {
  const range = `startkey=${encodeURIComponent('"pengiriman:"')}&endkey=${encodeURIComponent('"pengiriman:\ufff0"')}`;
  const rows = (await admin('GET', `slrt-kab-7401/_all_docs?${range}&include_docs=true`)).json.rows as { doc: { _id: string; jenis: string; createdBy: string; item: { id: string }[] } }[];
  return rows.map((r) => r.doc).filter((d) => d.jenis === jenis);
}

async function bukaKirim(page: Page): Promise<void> {
  await page.goto('/beranda');
  await page.getByRole('link', { name: 'Kirim ke SIKS-NG dan LAPOR!' }).click();
  await expect(page).toHaveURL(/\/kirim$/);
  // The first read builds the case views over the whole district database.
  await expect(page.getByTestId('kirim-prelist').getByTestId('jumlah-jatuh')).toBeVisible({ timeout: 90_000 });
}

test('the manager exports the approved pre-lists to SIKS-NG once, and downloads the batch again', async ({ page }) => {
  test.setTimeout(180_000);
  await logInTo(page, 'manajer.kolaka', '/rujukan');
  await bukaKirim(page);
  for (const jenis of ['prelist', 'perubahan-data', 'pmks', 'keluhan']) await expect(page.getByTestId(`kirim-${jenis}`)).toBeVisible();

  const bagian = page.getByTestId('kirim-prelist');
  const jatuh = Number(await bagian.getByTestId('jumlah-jatuh').getAttribute('data-n'));
  expect(jatuh, 'the demo district has approved pre-lists').toBeGreaterThan(0);
  const ids = await bagian.getByTestId('daftar-jatuh').locator('li').evaluateAll((li) => li.map((l) => l.getAttribute('data-id') ?? ''));
  expect(ids).toHaveLength(Math.min(jatuh, 50));
  const sebelum = (await pengirimanDiServer('prelist')).length;

  const [unduhan] = await Promise.all([page.waitForEvent('download'), bagian.getByRole('button', { name: 'Ekspor CSV dan catat pengiriman' }).click()]);
  expect(unduhan.suggestedFilename()).toMatch(/^siks-ng-pre-list-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
  const baris = await barisCsv(unduhan);
  // One row per member of exactly the due proposals, each with the household's keys.
  const dikirim = [...new Set(baris.map((b) => b.id_usulan))];
  expect(dikirim).toHaveLength(jatuh);
  expect(dikirim).toEqual(expect.arrayContaining(ids));
  for (const id of dikirim) {
    const usulan = (await admin('GET', `slrt-kab-7401/${encodeURIComponent(id)}`)).json as { jenis: string; rumahtangga: { noKK: string; anggota: { nik: string }[] } };
    expect(usulan.jenis).toBe('prelist');
    const milik = baris.filter((b) => b.id_usulan === id);
    expect(milik.map((b) => b.nik).sort()).toEqual(usulan.rumahtangga.anggota.map((a) => a.nik).sort());
    expect(new Set(milik.map((b) => b.no_kk))).toEqual(new Set([usulan.rumahtangga.noKK]));
    expect(milik[0].hubungan).toBe('kepala');
    expect(milik[0].disetujui_pada).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  }

  await expect(page.getByTestId('kirim-tercatat')).toContainText(`Pengiriman ${jatuh} data tercatat`);
  await expect(bagian.getByTestId('jumlah-jatuh')).toHaveText('Tidak ada data yang perlu dikirim.');
  const riwayat = bagian.getByTestId('riwayat-kirim').getByRole('row').nth(1);
  await expect(riwayat).toContainText('manajer.kolaka');
  await expect(riwayat.getByTestId('jumlah-item')).toHaveText(String(jatuh));
  const tercatat = await pengirimanDiServer('prelist');
  expect(tercatat).toHaveLength(sebelum + 1);
  const batch = tercatat.find((p) => p._id === (tercatat.map((x) => x._id).sort().at(-1)));
  expect(batch?.createdBy).toBe('manajer.kolaka');
  expect(batch?.item.map((i) => i.id).sort()).toEqual([...dikirim].sort());

  // Still nothing due after reading everything again from the server.
  await page.reload();
  await expect(page.getByTestId('kirim-prelist').getByTestId('jumlah-jatuh')).toHaveText('Tidak ada data yang perlu dikirim.', { timeout: 60_000 });

  const [lagi] = await Promise.all([page.waitForEvent('download'), riwayat.getByRole('button', { name: /^Unduh lagi pengiriman/ }).click()]);
  expect(lagi.suggestedFilename()).toBe(unduhan.suggestedFilename());
  expect(await barisCsv(lagi)).toEqual(baris);
  expect(await pengirimanDiServer('prelist')).toHaveLength(sebelum + 1);
});
