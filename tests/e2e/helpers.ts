/** What end-to-end tests share: the server's address, its admin, and logging in as a demo account. */
import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'demo1234';
const ADMIN = { authorization: `Basic ${Buffer.from('admin:test-admin-password').toString('base64')}` };

export function serverUrl(path: string): string {
  return `http://127.0.0.1:${process.env.SLRT_E2E_PORT ?? 4173}${path}`;
}

/** A CouchDB request through `/db/` as the server admin. */
export async function admin(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, any> }> {
  const response = await fetch(serverUrl(`/db/${path}`), {
    method,
    headers: { ...ADMIN, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  return { status: response.status, json: (await response.json()) as Record<string, any> };
}

/** Logs in through the form and waits for the account's home page. */
export async function logIn(page: Page, name: string, home = '/beranda'): Promise<void> {
  await page.goto('/masuk');
  await page.getByLabel('Nama pengguna').fill(name);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${home}$`));
}
