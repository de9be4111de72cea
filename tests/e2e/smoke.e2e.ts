import { expect, test } from '@playwright/test';

test('the app loads and a demo facilitator logs in and out', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  await page.getByLabel('Nama pengguna').fill('fasilitator.wundulako');
  await page.getByLabel('Kata sandi').fill('demo1234');
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  // A facilitator's day starts with the registry search; the header's user link opens the home.
  await expect(page.getByRole('heading', { name: 'Cari rumah tangga' })).toBeVisible();
  await page.getByTestId('pengguna').click();
  await expect(page.getByRole('heading', { name: 'Selamat datang, fasilitator.wundulako' })).toBeVisible();
  await expect(page.getByTestId('peran')).toHaveText('Fasilitator');

  await page.reload();
  await expect(page.getByRole('heading', { name: /Selamat datang/ })).toBeVisible();

  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
});

test('a deep link is served the app shell', async ({ page }) => {
  const response = await page.goto('/rumahtangga/contoh');
  expect(response?.status()).toBe(200);
  await expect(page.locator('header')).toContainText('SLRT');
});
