/**
 * Locations, in Chromium against the project's server: the district admin sees which kecamatan
 * each supervisor covers (and which nobody does), adds a Puskesos at a desa of Wundulako — a
 * missing name is named at its field — and Wundulako's facilitator, offline, finds it on the
 * FAQ page of the tablet. Run after `npx vite build`.
 */
import { expect, test } from '@playwright/test';
import { admin, expectSynced, logIn, logInTo, waitForServiceWorker, WUNDULAKO_DB } from './support';

const NAMA = 'Puskesos Sejahtera Bersama';

test('the admin adds a Puskesos, and a facilitator of its kecamatan finds it offline', async ({ browser }) => {
  // Two devices and a first sync: longer than one page's default.
  test.setTimeout(240_000);
  const adminKab = await browser.newPage();
  await logInTo(adminKab, 'admin.kolaka', '/admin/pengguna');
  await adminKab.getByRole('link', { name: 'Lokasi Puskesos dan wilayah supervisor' }).click();

  const cakupan = adminKab.getByTestId('cakupan-supervisor');
  await expect(cakupan.getByRole('row', { name: /Wundulako/ })).toContainText('Jamaluddin (supervisor.wundulako)');
  await expect(cakupan.getByRole('row', { name: /Pomalaa/ })).toContainText('Hasriani (supervisor.pomalaa)');
  await expect(cakupan).toContainText('Belum ada supervisor');

  await adminKab.getByRole('button', { name: 'Tambah Puskesos' }).click();
  const form = adminKab.getByTestId('form-puskesos');
  const desa = form.getByLabel('Desa/kelurahan');
  await desa.locator('optgroup[label="Wundulako"] option').first().waitFor({ state: 'attached' });
  const kode = await desa.locator('optgroup[label="Wundulako"] option').first().getAttribute('value');
  await desa.selectOption(kode!);
  await form.getByRole('button', { name: 'Simpan Puskesos' }).click();
  await expect(form.getByLabel('Nama Puskesos')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Nama Puskesos wajib diisi')).toBeVisible();
  await form.getByLabel('Nama Puskesos').fill(NAMA);
  await form.getByLabel('Jam layanan (boleh kosong)').fill('Senin–Jumat 08.00–15.00');
  await form.getByRole('button', { name: 'Simpan Puskesos' }).click();
  await expect(adminKab.getByTestId('pesan-lokasi')).toContainText(`${NAMA} tersimpan`);
  await expect(adminKab.getByTestId('daftar-puskesos')).toContainText(NAMA);

  // The router copies the district's list down to every kecamatan.
  const id = `puskesos:7401:${kode!.replaceAll('.', '')}`;
  await expect.poll(async () => (await admin('GET', `${WUNDULAKO_DB}/${id}`)).status, { timeout: 30_000 }).toBe(200);

  const fasilitator = await browser.newPage();
  await logIn(fasilitator, 'fasilitator.wundulako');
  await waitForServiceWorker(fasilitator);
  await fasilitator.goto('/sinkronisasi');
  await expectSynced(fasilitator, WUNDULAKO_DB);
  // Offline, by the app's own link: a page loaded offline would first ask to unlock.
  await fasilitator.goto('/cari');
  const tautanFaq = fasilitator.getByRole('link', { name: 'Tanya-jawab (FAQ)' });
  await expect(tautanFaq).toBeVisible();
  await fasilitator.context().setOffline(true);
  await tautanFaq.click();
  const lokasi = fasilitator.getByTestId('lokasi-puskesos');
  await lokasi.getByText('Puskesos di kecamatan ini (1)').click();
  await expect(lokasi).toContainText(NAMA);
  await expect(lokasi).toContainText('Senin–Jumat 08.00–15.00');
});
