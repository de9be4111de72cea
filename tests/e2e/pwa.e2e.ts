/**
 * The installable, offline shell: manifest, service worker, offline start and deep links, the
 * prompt-based update, the remembered language, and the layout at tablet and desktop sizes.
 * Run after `npx vite build` (the server serves build/ as it is).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const FULL_NAME = 'SLRT — Sistem Layanan dan Rujukan Terpadu';
const SERVICE_WORKER_FILE = fileURLToPath(new URL('../../build/sw.js', import.meta.url));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function controlledByServiceWorker(page: Page): Promise<string> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
  return page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
}

test('the manifest is linked and makes the app installable', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');

  const response = await page.request.get(href!);
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toMatch(/application\/manifest\+json/);
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: FULL_NAME,
    short_name: 'SLRT',
    display: 'standalone',
    start_url: '/',
    theme_color: '#0b5d5b',
    lang: 'id',
    orientation: 'any'
  });

  const icons = manifest.icons as { src: string; sizes: string; type: string; purpose: string }[];
  const wanted = [
    ['192x192', 'any'],
    ['512x512', 'any'],
    ['512x512', 'maskable']
  ];
  for (const [sizes, purpose] of wanted) {
    const icon = icons.find((i) => i.sizes === sizes && i.purpose.split(' ').includes(purpose));
    expect(icon, `${sizes} ${purpose}`).toBeDefined();
    const image = await page.request.get(icon!.src);
    expect(image.ok(), icon!.src).toBe(true);
    const [width, height] = sizes.split('x').map(Number);
    expect(pngSize(await image.body())).toEqual({ width, height });
  }
});

test('the service worker registers and controls the page after a reload', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  expect(await controlledByServiceWorker(page)).toMatch(/\/sw\.js$/);
});

test('with the network off the app starts, and deep links open', async ({ page, context }) => {
  await page.goto('/');
  await controlledByServiceWorker(page);
  await context.setOffline(true);
  try {
    await page.reload();
    await expect(page.locator('header')).toContainText('Sistem Layanan dan Rujukan Terpadu');
    await expect(page.getByRole('link', { name: 'Tentang SLRT' })).toBeVisible();

    await page.goto('/tentang');
    await expect(page.getByRole('heading', { level: 1, name: 'Tentang SLRT' })).toBeVisible();
    await expect(page.getByText(/idn-area-data/).first()).toBeVisible();

    // A route that is not prerendered gets the SPA fallback from the cache.
    await page.goto('/rumahtangga/contoh');
    await expect(page.locator('header')).toContainText('SLRT');

    // The database API is never answered from the cache: offline, it fails like the network.
    await expect(page.goto('/db/_session')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  } finally {
    await context.setOffline(false);
  }
});

test('a new version waits for "Muat ulang", then takes over', async ({ page }) => {
  await page.goto('/');
  await controlledByServiceWorker(page);
  await page.evaluate(() => ((window as unknown as { sebelumMuatUlang: boolean }).sebelumMuatUlang = true));

  // A new deployment: the same service worker with different bytes. The browser fetches the
  // worker's script itself (page and context routes never see it), so the file changes on
  // disk for the length of this test.
  const deployed = await readFile(SERVICE_WORKER_FILE, 'utf8');
  await writeFile(SERVICE_WORKER_FILE, `${deployed}\n// versi berikutnya\n`);
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.getByText('Versi baru tersedia.')).toBeVisible({ timeout: 15_000 });
  } finally {
    await writeFile(SERVICE_WORKER_FILE, deployed);
  }

  // Nothing reloads on its own: the page (and any unsaved work) is still the same one.
  await page.waitForTimeout(1_000);
  expect(await page.evaluate(() => (window as unknown as { sebelumMuatUlang?: boolean }).sebelumMuatUlang)).toBe(true);

  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Muat ulang' }).click()]);
  await expect(page.locator('header')).toContainText('SLRT');
  expect(await page.evaluate(() => (window as unknown as { sebelumMuatUlang?: boolean }).sebelumMuatUlang)).toBeUndefined();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
  await expect(page.getByText('Versi baru tersedia.')).toBeHidden();
});

test('the language switch changes the shell and is remembered', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page.getByLabel('Bahasa').selectOption('en');
  await expect(page.locator('header')).toContainText('Integrated Service and Referral System');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(page.locator('header')).toContainText('Integrated Service and Referral System');
  await expect(page.getByLabel('Language')).toHaveValue('en');
  await page.goto('/tentang');
  await expect(page.getByRole('heading', { level: 1, name: 'About SLRT' })).toBeVisible();

  await page.getByLabel('Language').selectOption('id');
  await expect(page.getByRole('heading', { level: 1, name: 'Tentang SLRT' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
});

test('the about page shows the version and the data credits', async ({ page }) => {
  await page.goto('/tentang');
  await expect(page.getByTestId('versi')).toHaveText(/^Versi \d+\.\d+\.\d+/);
  await expect(page.getByText(/Open Database License \(ODbL\)/)).toBeVisible();
  await expect(page.getByText(/Kementerian Dalam Negeri \(Kemendagri\)/)).toBeVisible();
});

for (const viewport of [
  { width: 800, height: 1280 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 }
]) {
  test(`the shell fits ${viewport.width}×${viewport.height} and the keyboard can skip to the content`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/tentang');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const select = await page.getByLabel('Bahasa').boundingBox();
    expect(select!.height).toBeGreaterThanOrEqual(44);

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Langsung ke isi' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });
}
