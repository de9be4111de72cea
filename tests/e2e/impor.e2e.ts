/**
 * The district administrator loads a registry extract with known defects from the browser: the
 * headings are mapped on their own, a dry run says what would change and writes nothing, the
 * import lands the good households (which reach their kecamatan), the report lists exactly the
 * bad rows, and importing the same file again changes nothing. A mapping saved as a preset is
 * there after a reload. Run after `npx vite build`.
 */
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { ekstrakBerCacat } from '../../app/lib/test-data/ekstrak-registri';
import { admin, logInTo, WUNDULAKO_DB } from './support';

const { bytes, salah, ditahan, baik } = ekstrakBerCacat();
const BERKAS = { name: 'dtks-kolaka-2026.csv', mimeType: 'text/csv', buffer: Buffer.from(bytes) };

async function jalankan(page: Page, tombol: string) {
  await page.getByRole('button', { name: tombol }).click();
  await expect(page.getByTestId('hasil-impor')).toBeVisible({ timeout: 30_000 });
}

const angka = (page: Page, kunci: string) => page.getByTestId(kunci);

test('a registry extract is checked, tried, imported once and reported row by row', async ({ page }) => {
  await logInTo(page, 'admin.kolaka', '/admin/pengguna');
  await page.goto('/beranda');
  await page.getByRole('link', { name: 'Impor registri' }).click();
  await expect(page).toHaveURL(/\/impor$/);

  await page.getByLabel('Berkas ekstrak').setInputFiles(BERKAS);
  // Standard headings are mapped without the user's help.
  await expect(page.locator('select[data-field="nik"]')).toHaveValue('NIK');
  await expect(page.locator('select[data-field="statusSekolah"]')).toHaveValue('STATUS_SEKOLAH');

  await jalankan(page, 'Uji coba (tidak menulis apa pun)');
  await expect(page.getByRole('heading', { name: /Hasil uji coba/ })).toBeVisible();
  await expect(angka(page, 'hasil.baru')).toHaveText('2');
  await expect(angka(page, 'hasil.ditolak')).toHaveText('5');
  const id = `rumahtangga:7401011002:${baik.idDtks}`;
  expect((await admin('GET', `slrt-kab-7401/${id}`)).status).toBe(404);

  await jalankan(page, 'Impor sekarang seperti uji coba ini');
  await expect(page.getByRole('heading', { name: 'Hasil impor' })).toBeVisible();
  await expect(angka(page, 'hasil.baru')).toHaveText('2');
  await expect(angka(page, 'hasil.barisMasalah')).toHaveText(String(salah.length + ditahan.length));
  await expect(page.getByRole('cell', { name: 'NIK harus 16 digit angka' })).toBeVisible();
  await expect.poll(async () => (await admin('GET', `${WUNDULAKO_DB}/${id}`)).status, { timeout: 20_000 }).toBe(200);

  const unduhan = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh laporan XLSX' }).click();
  const laporan = unzipSync(new Uint8Array(readFileSync(await (await unduhan).path())));
  expect(Object.keys(laporan).filter((n) => n.startsWith('xl/worksheets/sheet'))).toHaveLength(3);
  expect(Object.values(laporan).map((isi) => strFromU8(isi)).join('')).toContain('Rumah tangga tanpa kepala rumah tangga');

  await jalankan(page, 'Impor sekarang');
  await expect(angka(page, 'hasil.baru')).toHaveText('0');
  await expect(angka(page, 'hasil.sama')).toHaveText('2');

  await page.getByLabel('Nama pemetaan').fill('Ekstrak DTKS Kolaka');
  await page.getByRole('button', { name: 'Simpan pemetaan ini' }).click();
  await expect(page.getByText('Pemetaan "Ekstrak DTKS Kolaka" tersimpan di perangkat ini.')).toBeVisible();
  await page.reload();
  await page.getByLabel('Berkas ekstrak').setInputFiles(BERKAS);
  await expect(page.getByRole('button', { name: 'Pakai pemetaan tersimpan: Ekstrak DTKS Kolaka' })).toBeVisible();

  // A newer extract changes one household's decile: updated, its history on its page.
  const baru = new TextDecoder('windows-1252').decode(bytes).replaceAll(`${baik.idDtks};7401011002;${baik.noKK};;001;002;2;`, `${baik.idDtks};7401011002;${baik.noKK};;001;002;3;`);
  await page.getByLabel('Berkas ekstrak').setInputFiles({ ...BERKAS, name: 'dtks-kolaka-2026-02.csv', buffer: Buffer.from(baru, 'utf8') });
  await jalankan(page, 'Impor sekarang');
  await expect(angka(page, 'hasil.berubah')).toHaveText('1');
  await page.goto(`/rumahtangga/${encodeURIComponent(id)}`);
  const riwayat = page.getByTestId('riwayat-registri');
  await expect(riwayat).toContainText('dtks-kolaka-2026-02.csv');
  await expect(riwayat.getByRole('row', { name: /desil/ })).toContainText('3');
});

test('a facilitator is told the import is not theirs', async ({ page }) => {
  await logInTo(page, 'fasilitator.wundulako', '/cari');
  await page.goto('/impor');
  await expect(page.getByText('Impor registri dikerjakan oleh manajer SLRT atau administrator kabupaten.')).toBeVisible();
});
