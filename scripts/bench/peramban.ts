/**
 * Headless Chromium for the browser items, launched as the e2e suite launches it
 * (playwright.config.ts), a page per measurement with its own storage, the CPU throttled
 * through the DevTools protocol when asked, and the in-page baselines (halaman/alat.ts)
 * bundled by esbuild and added to the page.
 */
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import config from '../../playwright.config';
import { CHROMIUM } from './mesin';
import type { AlatBench } from './halaman/alat';

export type { AlatBench };

export async function bukaPeramban(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: config.use?.launchOptions?.args ?? ['--headless', '--no-sandbox'] });
}

/** A fresh context (empty IndexedDB, no cookies) on the app's origin, slowed `rate`× (1 = not at all). */
export async function halamanBaru(browser: Browser, baseURL: string, rate: number): Promise<Page> {
  // bypassCSP: the baselines' bundle goes in as an inline script; the app's CSP would refuse it.
  const context = await browser.newContext({ baseURL, bypassCSP: true, viewport: config.use?.viewport ?? null, locale: config.use?.locale });
  const page = await context.newPage();
  if (rate !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  }
  return page;
}

let bundel: Promise<string> | null = null;

/** The baselines' bundle, built once per run. */
function kodeAlat(): Promise<string> {
  bundel ??= build({
    entryPoints: [new URL('./halaman/alat.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent'
  }).then((r) => r.outputFiles[0].text);
  return bundel;
}

/** The page at a plain JSON answer of the app's origin with `alatBench` added: no app code runs beside the baseline. */
export async function halamanAlat(browser: Browser, baseURL: string, rate: number): Promise<Page> {
  const page = await halamanBaru(browser, baseURL, rate);
  await page.goto('/api/health');
  await tambahAlat(page);
  return page;
}

/** `alatBench` added to a page already open (the app's own, for a baseline over its local database). */
export async function tambahAlat(page: Page): Promise<void> {
  await page.addScriptTag({ content: await kodeAlat() });
}

/** Calls `alatBench[nama](...args)` in the page. */
export function alat<K extends keyof AlatBench>(page: Page, nama: K, ...args: Parameters<AlatBench[K]>): Promise<Awaited<ReturnType<AlatBench[K]>>> {
  return page.evaluate(
    ([n, a]) => (globalThis as unknown as { alatBench: Record<string, (...x: unknown[]) => unknown> }).alatBench[n as string](...(a as unknown[])),
    [nama, args] as const
  ) as Promise<Awaited<ReturnType<AlatBench[K]>>>;
}
