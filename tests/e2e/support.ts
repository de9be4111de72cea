/**
 * What the end-to-end tests share: the demo password, the server admin of the test instance
 * (tests/harness/slrt-instance.ts), logging in through the app, waiting for the service
 * worker, recording a complaint through the app's form, and PouchDB for a page to read the
 * device's database as the app left it.
 */
import { expect, type Page } from '@playwright/test';
import { build } from 'esbuild';

export const PASSWORD = 'demo1234';
export const ADMIN_AUTH = `Basic ${Buffer.from('admin:test-admin-password').toString('base64')}`;
export const WUNDULAKO_DB = 'slrt-kec-740101';

export function serverUrl(path: string): string {
  return `http://127.0.0.1:${process.env.SLRT_E2E_PORT ?? 4173}${path}`;
}

/** A CouchDB request as the server admin, through the app's `/db/`. */
export async function admin(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, any> }> {
  const response = await fetch(serverUrl(`/db/${path}`), {
    method,
    headers: { authorization: ADMIN_AUTH, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  return { status: response.status, json: (await response.json()) as Record<string, any> };
}

export async function serverDocCount(db: string): Promise<number> {
  return (await admin('GET', db)).json.doc_count as number;
}

/** The device's document count of `db`, as the details page shows it. */
export function localCount(page: Page, db: string) {
  return page.getByTestId(`jumlah-${db}`).getByTestId('jumlah-dokumen');
}

/** The ids of the live documents in the device's copy of `db`, read from PouchDB's IndexedDB store. */
export function localIds(page: Page, db: string): Promise<string[]> {
  return page.evaluate(
    (name) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open(`_pouch_slrt-${name}`);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('document-store').objectStore('document-store').getAll();
          request.onsuccess = () => {
            resolve((request.result as { id: string; deletedOrLocal: string }[]).filter((m) => m.deletedOrLocal !== '1').map((m) => m.id));
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    db
  );
}

/**
 * On /sinkronisasi: waits until the device holds every document the server has, by id (read
 * again each time: earlier tests' records may still be reaching this database through the
 * router). PouchDB's own doc_count can be one off after attachments arrive by replication.
 */
export async function expectSynced(page: Page, db: string): Promise<void> {
  await expect(page.getByTestId('sync-status')).toHaveText('Tersinkron', { timeout: 45_000 });
  await expect
    .poll(
      async () => {
        const server = ((await admin('GET', `${db}/_all_docs`)).json.rows as { id: string }[]).map((r) => r.id);
        const device = new Set(await localIds(page, db));
        return server.filter((id) => !device.has(id));
      },
      { timeout: 45_000 }
    )
    .toEqual([]);
}

/** Submits the login form; the caller checks where it lands. */
export async function logIn(page: Page, name: string, password = PASSWORD): Promise<void> {
  await page.goto('/masuk');
  await page.getByLabel('Nama pengguna').fill(name);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

/** Logs in and waits for the account's home page. */
export async function logInTo(page: Page, name: string, home: string): Promise<void> {
  await logIn(page, name);
  await expect(page).toHaveURL(new RegExp(`${home}$`));
}

/** The shell must come from the service worker once the network is gone. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
}

/** Fills the complaint form already open at /keluhan/baru (the bench times the save apart). */
export async function fillComplaint(page: Page, uraian = 'Bantuan PKH belum diterima', desa = '7401011002'): Promise<void> {
  await page.getByLabel('Kategori keluhan').selectOption('non-kepesertaan');
  await page.getByLabel('Program', { exact: true }).selectOption('pkh');
  await page.getByLabel('Kode desa/kelurahan').fill(desa);
  await page.getByLabel('Uraian keluhan').fill(uraian);
  await page.getByLabel('Nama pelapor').fill('Wa Ode Sitti');
  await page.getByLabel(/Pelapor setuju/).check();
}

/** Fills and saves the complaint form already open at /keluhan/baru; returns the saved id. */
export async function recordComplaint(page: Page, uraian = 'Bantuan PKH belum diterima', desa?: string): Promise<string> {
  await fillComplaint(page, uraian, desa);
  await page.getByRole('button', { name: 'Simpan' }).click();
  const saved = page.getByTestId('keluhan-tersimpan');
  await expect(saved).toContainText('Tersimpan di perangkat');
  return (await saved.getAttribute('data-id'))!;
}

/** pouchdb-browser as a script for the page (`globalThis.PouchDBUji`): a second handle on the device's own database. */
export async function pouchForPage(): Promise<string> {
  const bundle = await build({
    stdin: { contents: "import PouchDB from 'pouchdb-browser'; globalThis.PouchDBUji = PouchDB;", resolveDir: process.cwd() },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent'
  });
  return bundle.outputFiles[0].text;
}
