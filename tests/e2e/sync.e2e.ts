/**
 * Sync a person can trust, in the browser against the project's server: the first download of
 * a kecamatan with its progress (and its resumption after the network drops), a complaint
 * recorded offline that reaches the server and a second device, a document the server refuses,
 * and the count of what waits to go up. Run after `npx vite build`.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { admin, expectSynced, localCount, localIds, logIn, PASSWORD, recordComplaint, serverDocCount, WUNDULAKO_DB } from './support';

async function logInHome(page: Page, name: string): Promise<void> {
  await logIn(page, name);
  // A facilitator's home is the registry search, a supervisor's its review queues; other roles land on /beranda.
  await expect(page).toHaveURL(/\/(beranda|cari|antrean)$/);
}

/** Whether the device's copy of `db` holds a live `id`. */
async function hasLocalDoc(page: Page, db: string, id: string): Promise<boolean> {
  return (await localIds(page, db)).includes(id);
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test.describe.configure({ mode: 'serial' });

test('a complaint recorded offline waits, reaches the server and the supervisor; a refused one is kept with its reason', async ({
  browser
}) => {
  test.setTimeout(180_000);
  const page = await newPage(browser);
  // Slow the first download a little, so its progress can be seen.
  await page.route(`**/db/${WUNDULAKO_DB}/_bulk_get*`, async (route) => {
    await new Promise((r) => setTimeout(r, 2_000));
    await route.continue();
  });
  // A modified client: whatever it writes with "PALSU" in it claims to be someone else's.
  const sentIds: string[] = [];
  await page.route(`**/db/${WUNDULAKO_DB}/_bulk_docs`, async (route) => {
    const body = route.request().postDataJSON() as { docs: Record<string, unknown>[] };
    for (const doc of body.docs) {
      sentIds.push(String(doc._id));
      if (String(doc.uraian ?? '').includes('PALSU')) doc.createdBy = 'fasilitator.pomalaa';
    }
    await route.continue({ postData: JSON.stringify(body) });
  });

  await logInHome(page, 'fasilitator.wundulako');
  await page.goto('/sinkronisasi');
  await expect(page.getByTestId('sinkron-awal')).toBeVisible();
  await expectSynced(page, WUNDULAKO_DB);
  await expect(page.getByTestId('sync-pending')).toHaveText('0 menunggu dikirim');
  await expect(page.getByTestId('sync-last')).toContainText('Sinkron terakhir');

  // Offline: the complaint is saved on the device and waits.
  await page.goto('/keluhan/baru');
  await expect(page.getByTestId('sync-status')).toHaveText('Tersinkron');
  await page.context().setOffline(true);
  await expect(page.getByTestId('sync-online')).toHaveText('Luring');
  const id = await recordComplaint(page, 'Bantuan PKH tahap 2 belum diterima sejak Maret');
  await expect(page.getByTestId('sync-pending')).toHaveText('1 menunggu dikirim');
  expect((await admin('GET', `${WUNDULAKO_DB}/${encodeURIComponent(id)}`)).status).toBe(404);

  // Online again: it goes up by itself and stops waiting.
  await page.context().setOffline(false);
  await expect(page.getByTestId('sync-pending')).toHaveText('0 menunggu dikirim', { timeout: 30_000 });
  const onServer = await admin('GET', `${WUNDULAKO_DB}/${encodeURIComponent(id)}`);
  expect(onServer.status).toBe(200);
  expect(onServer.json).toMatchObject({ type: 'keluhan', createdBy: 'fasilitator.wundulako', uraian: 'Bantuan PKH tahap 2 belum diterima sejak Maret' });

  // The supervisor's device receives it through its own sync.
  const supervisor = await newPage(browser);
  await logInHome(supervisor, 'supervisor.wundulako');
  await supervisor.goto('/sinkronisasi');
  await expectSynced(supervisor, WUNDULAKO_DB);
  expect(await hasLocalDoc(supervisor, WUNDULAKO_DB, id)).toBe(true);
  await supervisor.context().close();

  // The server refuses a forged document: it is kept with the server's reason, not retried.
  await page.getByRole('button', { name: 'Catat keluhan lain' }).click();
  const forged = await recordComplaint(page, 'Keluhan PALSU dari klien yang diubah');
  await expect(page.getByTestId('sync-rejected')).toHaveText('1 ditolak server', { timeout: 30_000 });
  await expect(page.getByTestId('sync-pending')).toHaveText('0 menunggu dikirim');
  expect((await admin('GET', `${WUNDULAKO_DB}/${encodeURIComponent(forged)}`)).status).toBe(404);

  // Once the refusal is booked and the push is idle (its checkpoint written), reconnecting and
  // pushing another document does not send the refused one again.
  await expect(page.getByTestId('sync-status')).toHaveText('Tersinkron', { timeout: 30_000 });
  await page.context().setOffline(true);
  await page.context().setOffline(false);
  await page.getByRole('button', { name: 'Catat keluhan lain' }).click();
  const later = await recordComplaint(page, 'Beras BPNT bulan ini kurang dari 10 kg');
  await expect(page.getByTestId('sync-pending')).toHaveText('0 menunggu dikirim', { timeout: 30_000 });
  expect(sentIds.filter((s) => s === later)).toHaveLength(1);
  expect(sentIds.filter((s) => s === forged)).toHaveLength(1);

  await page.goto('/sinkronisasi');
  const entry = page.getByTestId('ditolak').filter({ hasText: forged });
  await expect(entry.getByTestId('ditolak-alasan')).toHaveText('Alasan dari server: Kolom createdBy harus berisi nama pengguna Anda.');
  await entry.getByRole('button', { name: 'Buang' }).click();
  await expect(entry.getByRole('alertdialog')).toContainText(`Buang keluhan ${forged} dari perangkat ini?`);
  await entry.getByRole('button', { name: 'Ya, buang' }).click();
  await expect(page.getByText(`Data ${forged} telah dibuang.`)).toBeVisible();
  await expect(page.getByText('Tidak ada data yang ditolak.')).toBeVisible();
  await expect(page.getByTestId('sync-rejected')).toHaveCount(0);
  expect(await hasLocalDoc(page, WUNDULAKO_DB, forged)).toBe(false);
  await page.context().close();
});

test('an interrupted first sync of a big kecamatan resumes where it stopped', async ({ browser }) => {
  test.setTimeout(180_000);
  // A kecamatan with ~6,000 documents and a facilitator of its own, made for this test.
  const db = 'slrt-kec-740104';
  const name = 'fasilitator.uji-sinkron';
  const user = await admin('PUT', `_users/org.couchdb.user:${name}`, {
    name,
    password: PASSWORD,
    roles: ['fasilitator', 'kec:740104'],
    type: 'user'
  });
  expect(user.status).toBeLessThan(300);
  const wilayah = { provinsi: '74', kabupaten: '74.01', kecamatan: '74.01.04', desa: '74.01.04.1001' };
  for (let batch = 0; batch < 6; batch++) {
    const docs = Array.from({ length: 1_000 }, (_, i) => ({
      _id: `keluhan:7401041001:UJI${String(batch * 1_000 + i).padStart(6, '0')}`,
      type: 'keluhan',
      schema: 1,
      wilayah,
      createdBy: name,
      createdAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(),
      kodeLacak: `7401-${String(batch).padStart(4, '0')}-${String(i).padStart(4, '0')}`,
      kategori: 'non-kepesertaan',
      programId: 'bpnt',
      kanal: 'kunjungan',
      uraian: 'Beras bantuan datang terlambat dan jumlahnya kurang dari yang tercatat di kartu.',
      pelapor: { nama: 'Pelapor Uji' },
      persetujuanBerbagiData: true
    }));
    expect((await admin('POST', `${db}/_bulk_docs`, { docs })).status).toBe(201);
  }
  // The router may still copy the district's catalogue in: the count is checked again at the end.
  const total = await serverDocCount(db);
  expect(total).toBeGreaterThan(6_000);

  const page = await newPage(browser);
  const sinces: string[] = [];
  await page.route(`**/db/${db}/_changes*`, (route) => {
    sinces.push(new URL(route.request().url()).searchParams.get('since') ?? '0');
    return route.continue();
  });
  await page.route(`**/db/${db}/_bulk_get*`, async (route) => {
    await new Promise((r) => setTimeout(r, 700));
    await route.continue();
  });
  await logInHome(page, name);
  await page.goto('/sinkronisasi');
  const counter = page.getByTestId('sinkron-awal-angka');
  await expect(counter).toHaveText(new RegExp(`^[1-9][\\d.]* / [\\d.]+$`), { timeout: 60_000 });
  await expect(page.getByTestId('sinkron-awal')).toContainText(/lagi|perkiraan/);
  // Two batches in, the first one's checkpoint is written on both sides: drop the network.
  await expect
    .poll(async () => Number(await localCount(page, db).getAttribute('data-jumlah')), { intervals: [100], timeout: 60_000 })
    .toBeGreaterThanOrEqual(2_000);
  await page.context().setOffline(true);
  await expect(page.getByTestId('sync-status')).toHaveText('Luring');
  const doneOffline = Number((await localCount(page, db).getAttribute('data-jumlah')) ?? '0');
  expect(doneOffline).toBeGreaterThan(0);
  expect(doneOffline).toBeLessThan(total);
  const requestsBefore = sinces.length;

  await page.context().setOffline(false);
  await expectSynced(page, db);
  // The pull went on from a checkpoint (the last one both sides had written), not from zero;
  // documents already here are skipped by `_revs_diff`, not downloaded again.
  const afterReconnect = sinces.slice(requestsBefore);
  expect(afterReconnect.length).toBeGreaterThan(0);
  expect(afterReconnect.filter((since) => since === '0')).toEqual([]);
  await page.context().close();
});
