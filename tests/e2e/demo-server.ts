/**
 * What end-to-end tests share about the demo server: the admin's view of a database, logging in
 * as a demo account, and waiting for a device's first sync to finish.
 */
import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'demo1234';
export const WUNDULAKO_DB = 'slrt-kec-740101';
const ADMIN = { authorization: `Basic ${Buffer.from('admin:test-admin-password').toString('base64')}` };

export function serverUrl(path: string): string {
  return `http://127.0.0.1:${process.env.SLRT_E2E_PORT ?? 4173}${path}`;
}

export async function admin(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(serverUrl(`/db/${path}`), {
    method,
    headers: { ...ADMIN, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

export async function serverDocCount(db: string): Promise<number> {
  return (await admin('GET', db)).json.doc_count as number;
}

export async function logIn(page: Page, name: string): Promise<void> {
  await page.goto('/masuk');
  await page.getByLabel('Nama pengguna').fill(name);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page).toHaveURL(/\/beranda$/);
}

/** The device's document count of `db`, as the details page shows it. */
export function localCount(page: Page, db: string) {
  return page.getByTestId(`jumlah-${db}`).getByTestId('jumlah-dokumen');
}

/** On /sinkronisasi: waits until the device holds every document the server has. */
export async function expectSynced(page: Page, db: string): Promise<void> {
  await expect(page.getByTestId('sync-status')).toHaveText('Tersinkron', { timeout: 45_000 });
  await expect(localCount(page, db)).toHaveAttribute('data-jumlah', String(await serverDocCount(db)));
}
