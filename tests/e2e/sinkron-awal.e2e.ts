/**
 * The first download of a kecamatan (issue 10): the device pulls only, in pages (muat-awal.ts),
 * then the live two-way sync takes over with its push side checkpointed where the download
 * ended. Every document arrives with its revision history, its conflicts and its photos, a
 * reload resumes from the last page written, what the server and the device write during the
 * download and after it crosses over, and the push does not walk back over what the download
 * wrote. Run after `npx vite build`.
 */
import { expect, test, type Page } from '@playwright/test';
import { newDocId } from '../../app/lib/domain/ids';
import { wilayahOf } from '../../app/lib/domain/wilayah';
import { makeKeluhan } from '../../app/lib/test-data/event-factory';
import { admin, expectSynced, localCount, localIds, logIn, PASSWORD, pouchForPage, recordComplaint } from './support';

const DB = 'slrt-kec-740108';
const DESA = '74.01.08.1001';
const NAME = 'fasilitator.uji-unduhan';

const complaint = (uraian: string) => makeKeluhan({ _id: newDocId('keluhan', DESA), wilayah: wilayahOf(DESA), createdBy: NAME, uraian });

async function put(doc: Record<string, unknown>): Promise<string> {
  const res = await admin('PUT', `${DB}/${encodeURIComponent(doc._id as string)}`, doc);
  expect(res.status).toBe(201);
  return res.json.rev as string;
}

/** Every leaf revision of `id` with its history, as the server holds them. */
async function serverLeaves(id: string): Promise<unknown> {
  const res = await admin('GET', `${DB}/${encodeURIComponent(id)}?open_revs=all&revs=true`);
  return leaves(res.json as unknown as { ok: Record<string, unknown> }[]);
}

function leaves(rows: { ok?: Record<string, unknown> }[]): unknown {
  return rows
    .flatMap((r) => (r.ok ? [{ rev: r.ok._rev, deleted: r.ok._deleted === true, revisions: r.ok._revisions, uraian: r.ok.uraian }] : []))
    .sort((a, b) => String(a.rev).localeCompare(String(b.rev)));
}

/** In the page: the device's documents (id → winning rev), the leaves of `ids` and the photo of `withPhoto`, read with PouchDB. */
async function deviceState(
  page: Page,
  ids: string[],
  withPhoto: string
): Promise<{ revs: Record<string, string>; leaves: Record<string, { ok?: Record<string, unknown> }[]>; photo: unknown }> {
  await page.evaluate(await pouchForPage());
  return page.evaluate(
    async ({ name, ids, withPhoto }) => {
      type Uji = {
        allDocs(): Promise<{ rows: { id: string; value: { rev: string } }[] }>;
        get(id: string, o: unknown): Promise<never>;
        close(): Promise<void>;
      };
      const local = new (globalThis as unknown as { PouchDBUji: new (n: string) => Uji }).PouchDBUji(`slrt-${name}`);
      const revs = Object.fromEntries((await local.allDocs()).rows.map((r) => [r.id, r.value.rev]));
      const leaves: Record<string, { ok?: Record<string, unknown> }[]> = {};
      for (const id of ids) leaves[id] = await local.get(id, { open_revs: 'all', revs: true });
      const photo = ((await local.get(withPhoto, { attachments: true })) as { _attachments: unknown })._attachments;
      await local.close();
      return { revs, leaves, photo };
    },
    { name: DB, ids, withPhoto }
  );
}

test('the first download brings every document with its history and conflicts, and the live sync goes on from where it ended', async ({ browser }) => {
  test.setTimeout(180_000);
  const user = await admin('PUT', `_users/org.couchdb.user:${NAME}`, { name: NAME, password: PASSWORD, roles: ['fasilitator', 'kec:740108'], type: 'user' });
  expect(user.status).toBeLessThan(300);
  for (let batch = 0; batch < 3; batch++) {
    const docs = Array.from({ length: 1_000 }, (_, i) => complaint(`Keluhan unduhan ${batch}-${i}`));
    expect((await admin('POST', `${DB}/_bulk_docs`, { docs })).status).toBe(201);
  }
  // One edited twice, one deleted, one with two versions from two devices (a conflict).
  const edited = complaint('Versi pertama');
  let rev = await put(edited);
  for (const uraian of ['Versi kedua', 'Versi ketiga']) rev = await put({ ...edited, _rev: rev, uraian });
  const deleted = complaint('Akan dihapus');
  const deletedRev = await put(deleted);
  expect((await admin('DELETE', `${DB}/${encodeURIComponent(deleted._id)}?rev=${deletedRev}`)).status).toBe(200);
  const conflicted = complaint('Versi awal');
  const first = (await put(conflicted)).split('-')[1];
  const branches = ['a', 'b'].map((x) => ({ ...conflicted, uraian: `Versi perangkat ${x}`, _rev: `2-${x.repeat(32)}`, _revisions: { start: 2, ids: [x.repeat(32), first] } }));
  expect((await admin('POST', `${DB}/_bulk_docs`, { docs: branches, new_edits: false })).status).toBe(201);
  const foto = { 'foto-dokumen.jpg': { content_type: 'image/jpeg', data: btoa('\u00ff'.repeat(100 * 1024)) } };
  const withPhoto = { ...complaint('Dengan foto'), _attachments: foto };
  await put(withPhoto);

  const context = await browser.newContext();
  const page = await context.newPage();
  // After the first batch the download waits at the gate, while both sides write.
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let batches = 0;
  await page.route(`**/db/${DB}/_bulk_get*`, async (route) => {
    if (batches++ > 0) await gate;
    await route.continue().catch(() => undefined);
  });
  const revsDiffs: string[] = [];
  const changesSince: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes(`/db/${DB}/_revs_diff`)) revsDiffs.push(r.url());
    if (r.url().includes(`/db/${DB}/_changes`)) changesSince.push(new URL(r.url()).searchParams.get('since') ?? '0');
  });

  await logIn(page, NAME);
  await expect(page).toHaveURL(/\/cari$/);
  // The first page is written before the details page loads the app again: a load in the
  // middle of its write would leave the next download nothing but the gate.
  const downloaded = async () => Number((/: ([\d.]+) dari/.exec((await page.getByTestId('sync-status').textContent()) ?? '')?.[1] ?? '0').replaceAll('.', ''));
  await expect.poll(downloaded, { timeout: 60_000 }).toBeGreaterThanOrEqual(900);
  await page.goto('/sinkronisasi');
  // The first batch (1,000 changes, the kecamatan's design and shared documents among them) is in; the rest waits.
  await expect.poll(async () => Number(await localCount(page, DB).getAttribute('data-jumlah')), { timeout: 60_000 }).toBeGreaterThanOrEqual(900);
  const during = complaint('Ditulis di server selama unduhan');
  await put(during);
  rev = await put({ ...edited, _rev: rev, uraian: 'Versi keempat' });
  // A complaint recorded on the device during the download (the reload resumes the download).
  const beforeReload = changesSince.length;
  await page.goto('/keluhan/baru');
  const savedDuring = await recordComplaint(page, 'Dicatat selama unduhan', '7401081001');
  await expect(page.getByTestId('sync-status')).not.toHaveText('Tersinkron');
  open();

  await page.goto('/sinkronisasi');
  await expectSynced(page, DB);
  // The reload went on from the page written before it, not from the beginning.
  expect(Number(changesSince[beforeReload])).toBeGreaterThan(0);
  await expect.poll(async () => (await admin('GET', `${DB}/${encodeURIComponent(savedDuring)}`)).status, { timeout: 30_000 }).toBe(200);

  const special = [edited._id, deleted._id, conflicted._id, during._id, withPhoto._id];
  const server = Object.fromEntries(
    ((await admin('GET', `${DB}/_all_docs`)).json.rows as { id: string; value: { rev: string } }[]).map((r) => [r.id, r.value.rev])
  );
  const device = await deviceState(page, special, withPhoto._id);
  expect(device.revs).toEqual(server);
  for (const id of special) expect(leaves(device.leaves[id]), id).toEqual(await serverLeaves(id));
  expect(device.revs[edited._id]).toBe(rev);
  expect(device.photo).toMatchObject({ 'foto-dokumen.jpg': { content_type: 'image/jpeg', data: foto['foto-dokumen.jpg'].data } });
  // The push side started where the download ended: it asked about the saves, not about the
  // ≈3,000 downloaded documents (≈120 `_revs_diff` requests in batches of 25).
  expect(revsDiffs.length).toBeLessThan(10);

  // The live sync goes on both ways.
  const after = complaint('Ditulis di server sesudah unduhan');
  await put(after);
  await expect.poll(async () => (await localIds(page, DB)).includes(after._id), { timeout: 30_000 }).toBe(true);
  await page.goto('/keluhan/baru');
  const savedAfter = await recordComplaint(page, 'Dicatat sesudah unduhan', '7401081001');
  await expect.poll(async () => (await admin('GET', `${DB}/${encodeURIComponent(savedAfter)}`)).status, { timeout: 30_000 }).toBe(200);
  await context.close();
});
