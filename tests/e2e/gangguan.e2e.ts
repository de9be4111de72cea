/**
 * Faults with a device in the loop (issue 9, docs/keandalan.md), in Chromium with the app's own
 * sync engine, against an SLRT of this file's own (its CouchDB is killed on purpose, which the
 * shared e2e server must not suffer): a first sync interrupted by a crash of the server's
 * CouchDB resumes and ends with the same documents on device and server; a device offline with
 * 1,000 events waiting — photos among them, more than one request may carry — reconnects, and
 * each arrives exactly once, even when the answer to one batch is lost. Run after `npx vite build`.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { newDocId } from '../../app/lib/domain/ids';
import { wilayahOf } from '../../app/lib/domain/wilayah';
import { makeKeluhan } from '../../app/lib/test-data/event-factory';
import { DESA_CONTOH, DESA_LAIN } from '../../app/lib/test-data/household-factory';
import { asAdmin, createUser } from '../harness/http';
import { startTestInstance, type TestInstance } from '../harness/slrt-instance';
import { localCount, localIds, logIn, PASSWORD, pouchForPage } from './support';

test.describe.configure({ mode: 'serial' });

let instance: TestInstance;
const base = () => instance.slrt.url;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  instance = await startTestInstance({ demoHouseholds: 0 });
});
test.afterAll(async () => instance?.stop());

/** A page of this file's SLRT, with the CSP violations it reports collected. */
async function pageOn(browser: Browser): Promise<{ page: Page; cspViolations: string[] }> {
  const context = await browser.newContext({ baseURL: base() });
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  return { page, cspViolations };
}

async function serverIds(db: string): Promise<string[]> {
  return ((await asAdmin(base(), 'GET', `/${db}/_all_docs`)).body.rows as { id: string }[]).map((r) => r.id);
}

/** The device holds exactly the server's documents (ids both ways) and says it is in sync. */
async function expectSameDocuments(page: Page, db: string): Promise<void> {
  await expect(page.getByTestId('sync-status')).toHaveText('Tersinkron', { timeout: 60_000 });
  await expect
    .poll(async () => {
      const server = new Set(await serverIds(db));
      const device = new Set(await localIds(page, db));
      return [[...server].filter((id) => !device.has(id)).length, [...device].filter((id) => !server.has(id)).length];
    }, { timeout: 60_000 })
    .toEqual([0, 0]);
}

test('a first sync interrupted by a crash of the server’s CouchDB resumes and ends with the same documents on both sides', async ({ browser }) => {
  test.setTimeout(150_000);
  const db = 'slrt-kec-740104';
  const name = 'fasilitator.uji-gangguan';
  await createUser(base(), name, ['fasilitator', 'kec:740104'], PASSWORD);
  for (let batch = 0; batch < 3; batch++) {
    const docs = Array.from({ length: 1_000 }, () =>
      makeKeluhan({ _id: newDocId('keluhan', DESA_LAIN), wilayah: wilayahOf(DESA_LAIN), createdBy: name })
    );
    expect((await asAdmin(base(), 'POST', `/${db}/_bulk_docs`, { docs })).status).toBe(201);
  }
  await instance.slrt.routerSettled();
  const total = (await serverIds(db)).length;

  const { page, cspViolations } = await pageOn(browser);
  // Slow each download a little, so the crash falls in the middle of the first sync.
  await page.route(`**/db/${db}/_bulk_get*`, async (route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  await logIn(page, name);
  await expect(page).toHaveURL(/\/cari$/);
  await page.goto('/sinkronisasi');
  await expect
    .poll(async () => Number(await localCount(page, db).getAttribute('data-jumlah')), { intervals: [100], timeout: 60_000 })
    .toBeGreaterThanOrEqual(1_000);

  instance.slrt.killCouch();
  expect((await localIds(page, db)).length).toBeLessThan(total);

  await expectSameDocuments(page, db);
  expect(cspViolations).toEqual([]);
  await page.context().close();
});

test('a device offline with 1,000 events waiting reconnects: each arrives exactly once, though one batch’s answer is lost', async ({ browser }) => {
  test.setTimeout(150_000);
  const db = 'slrt-kec-740101';
  const name = 'fasilitator.wundulako';
  await createUser(base(), name, ['fasilitator', 'kec:740101'], PASSWORD);
  // 1,000 complaints recorded in the field; 60 with a 300 KB photo (≈ 24 MB together, more
  // than one request to the server may carry).
  const events = Array.from({ length: 1_000 }, () => makeKeluhan({ _id: newDocId('keluhan', DESA_CONTOH), createdBy: name }));
  const withPhoto = new Set(events.slice(0, 60).map((e) => e._id));

  const { page, cspViolations } = await pageOn(browser);
  const sent: string[] = [];
  let largestRequest = 0;
  let lostAnswers = 0;
  await page.route(`**/db/${db}/_bulk_docs`, async (route) => {
    const body = route.request().postData() ?? '';
    largestRequest = Math.max(largestRequest, body.length);
    sent.push(...(JSON.parse(body) as { docs: { _id: string }[] }).docs.map((d) => d._id));
    const response = await route.fetch();
    // The server stored the first batch, but its answer never reaches the tablet.
    if (lostAnswers === 0 && response.status() === 201) {
      lostAnswers += 1;
      await route.abort('connectionreset');
      return;
    }
    await route.fulfill({ response });
  });

  await logIn(page, name);
  await expect(page).toHaveURL(/\/cari$/);
  await page.goto('/sinkronisasi');
  await expect(page.getByTestId('sync-status')).toHaveText('Tersinkron', { timeout: 45_000 });
  await page.context().setOffline(true);
  await expect(page.getByTestId('sync-online')).toHaveText('Luring');

  // The events go into the device's own database while it is offline, as its forms would put them.
  await page.evaluate(await pouchForPage());
  await page.evaluate(
    async ({ dbName, docs, photos }) => {
      const PouchDB = (globalThis as unknown as { PouchDBUji: new (name: string) => { bulkDocs(d: unknown[]): Promise<unknown>; close(): Promise<void> } }).PouchDBUji;
      const local = new PouchDB(`slrt-${dbName}`);
      const foto = { 'foto-dokumen.jpg': { content_type: 'image/jpeg', data: btoa('\u00ff'.repeat(300 * 1024)) } };
      await local.bulkDocs(docs.map((d) => (photos.includes(d._id) ? { ...d, _attachments: foto } : d)));
      await local.close();
    },
    { dbName: db, docs: events, photos: [...withPhoto] }
  );
  expect((await localIds(page, db)).filter((id) => id.startsWith('keluhan:')).length).toBe(1_000);

  await page.context().setOffline(false);
  await expectSameDocuments(page, db);

  const ids = events.map((e) => e._id).sort();
  const onServer = (await asAdmin(base(), 'POST', `/${db}/_all_docs?include_docs=true`, { keys: ids })).body.rows as {
    id: string;
    doc: { _rev: string; uraian: string; _attachments?: Record<string, { length: number }> };
  }[];
  expect(onServer.map((r) => r.id)).toEqual(ids);
  // Written once each: the first revision, with its content and photo.
  expect(onServer.filter((r) => !r.doc._rev.startsWith('1-'))).toEqual([]);
  const byId = new Map(events.map((e) => [e._id, e]));
  expect(onServer.filter((r) => r.doc.uraian !== byId.get(r.id)!.uraian)).toEqual([]);
  expect(onServer.filter((r) => withPhoto.has(r.id) && r.doc._attachments?.['foto-dokumen.jpg'].length !== 300 * 1024)).toEqual([]);
  // Nothing else arrived: the kecamatan holds the 1,000 complaints and the district's catalogue.
  expect((await serverIds(db)).filter((id) => id.startsWith('keluhan:')).sort()).toEqual(ids);

  // Pushed in bounded batches; the lost answer was settled by asking, not by a blind resend of all.
  expect(lostAnswers).toBe(1);
  expect(largestRequest).toBeLessThan(16 * 1024 * 1024);
  expect(new Set(sent)).toEqual(new Set(ids));
  expect(cspViolations).toEqual([]);
  await page.context().close();
});
