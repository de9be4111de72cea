/**
 * The PDF report offline. A district manager opens the dashboard online (the service worker
 * stores the app, pdfmake and its fonts among it), then the connection drops: the report of the
 * month the dashboard shows still comes down as a PDF, made from the answers already read; a
 * month never read says, in Bahasa Indonesia, that the server cannot be reached. Run after
 * `npx vite build`.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { logInTo, waitForServiceWorker } from './support';

const BULAN_INI = new Date().toISOString().slice(0, 7);

test('a district manager makes the PDF report of the month on screen with the network gone', async ({ page, context }) => {
  // A fresh server's first dashboard builds its views: members read the whole history until a rollup.
  test.setTimeout(240_000);
  await logInTo(page, 'manajer.kolaka', '/rujukan');
  await waitForServiceWorker(page);
  await page.goto(`/dasbor?dari=${BULAN_INI}&sampai=${BULAN_INI}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dasbor Kabupaten Kolaka');
  // Every figure and the overlap answered: the report asks the same questions.
  const figur = page.locator('[data-testid^="figur-"]');
  await expect(figur.first()).toBeVisible();
  await expect(figur.getByText('Memuat angka…')).toHaveCount(0, { timeout: 180_000 });
  await expect(page.getByTestId('figur-irisan-kombinasi')).toBeVisible();

  await context.setOffline(true);
  try {
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh laporan PDF' }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/^laporan-bulanan-slrt-kabupaten-kolaka-\d{4}-\d{2}\.pdf$/);
    expect((await readFile(await pdf.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect(page.getByTestId('laporan-pesan')).toHaveText('Laporan sudah diunduh.');

    // Another month was never read: no numbers to make it from, and the manager is told why.
    await page.locator('#laporan-bulan').fill('2001-01');
    await page.locator('#laporan-bulan').dispatchEvent('change');
    await page.getByRole('button', { name: 'Unduh laporan PDF' }).click();
    await expect(page.getByTestId('laporan-pesan')).toHaveText(
      'Laporan belum dapat dibuat: Server tidak dapat dihubungi. Periksa koneksi internet, lalu coba lagi.'
    );
  } finally {
    await context.setOffline(false);
  }
});
