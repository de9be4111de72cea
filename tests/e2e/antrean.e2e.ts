/**
 * The supervisor's review and the return-and-resubmit loop, in two browsers against the
 * project's server: the facilitator records complaints, the supervisor returns one with a note,
 * the facilitator sees it under "Perlu diperbaiki" and resubmits it corrected, the supervisor
 * approves it; two more are approved together. Every decision reaches the kecamatan database on
 * the server as its own `review` event. Run after `npx vite build`.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { kecamatanRole } from '../../app/lib/domain/roles';
import { POMALAA, WUNDULAKO } from '../../scripts/demo/accounts';
import { admin, logInTo, PASSWORD, recordComplaint, WUNDULAKO_DB } from './support';

test.describe.configure({ mode: 'serial' });

let fasilitator: Page;
let supervisor: Page;

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** The documents of case `kasusId` on the server, in time order (the `kasus/peristiwa` view). */
async function serverCaseDocs(kasusId: string): Promise<Record<string, any>[]> {
  const range = `startkey=${encodeURIComponent(JSON.stringify([kasusId]))}&endkey=${encodeURIComponent(JSON.stringify([kasusId, {}]))}`;
  const { json } = await admin('GET', `${WUNDULAKO_DB}/_design/kasus/_view/peristiwa?${range}&include_docs=true`);
  return (json.rows as { doc: Record<string, any> }[]).map((r) => r.doc);
}

/** What the supervisor decided on the case, as the server holds it. */
async function serverReviews(kasusId: string): Promise<string[]> {
  return (await serverCaseDocs(kasusId)).filter((d) => d.type === 'review').map((d) => `${d.tahap}:${d.keputusan}:${d.createdBy}`);
}

/** Records a complaint on the facilitator's tablet and waits until the server has it. */
async function complaintOnServer(uraian: string): Promise<string> {
  await fasilitator.goto('/keluhan/baru');
  const id = await recordComplaint(fasilitator, uraian);
  // Saved online, the waiting count may still read 0 from before the save: ask the server itself
  // (a tablet still on its first download sends the complaint once the download ends).
  await expect.poll(async () => (await admin('GET', `${WUNDULAKO_DB}/${encodeURIComponent(id)}`)).status, { timeout: 90_000 }).toBe(200);
  await expect(fasilitator.getByTestId('sync-pending')).toHaveText('0 menunggu dikirim', { timeout: 30_000 });
  return id;
}

function queueRow(id: string) {
  return supervisor.locator(`[data-testid="pengajuan"][data-id="${id}"]`);
}

test.beforeAll(async ({ browser }) => {
  fasilitator = await newPage(browser);
  await logInTo(fasilitator, 'fasilitator.wundulako', '/cari');
  supervisor = await newPage(browser);
  await logInTo(supervisor, 'supervisor.wundulako', '/antrean');
});

test.afterAll(async () => {
  await fasilitator.context().close();
  await supervisor.context().close();
});

test('a complaint returned with a note is corrected by the facilitator and approved by the supervisor', async () => {
  test.setTimeout(240_000);
  const id = await complaintOnServer('Bantuan PKH belum diterima');

  // The supervisor's queue: four queues with their counts; the complaint waits under Keluhan.
  await expect(supervisor.getByRole('heading', { name: 'Antrean pemeriksaan' })).toBeVisible();
  await supervisor.getByTestId('antrean-keluhan').click();
  await expect(queueRow(id)).toBeVisible({ timeout: 60_000 });
  // The first download may still be bringing the views: that is waiting, never an error.
  await expect(supervisor.locator('main .error')).toHaveCount(0);
  for (const nama of ['perubahan-data', 'prelist', 'kebutuhan', 'keluhan']) await expect(supervisor.getByTestId(`jumlah-${nama}`)).toHaveText(/^\d+$/);
  await expect(supervisor.getByTestId('jumlah-keluhan')).toHaveText(String(await supervisor.getByTestId('pengajuan').count()));
  await expect(queueRow(id)).toContainText('Wundulako');
  await expect(queueRow(id)).toContainText('fasilitator.wundulako');
  await expect(queueRow(id).getByTestId('hari-menunggu')).toHaveText('0 hari');

  // Narrowed to the desa and the facilitator, it is still there, and only theirs are.
  await supervisor.getByLabel('Desa/kelurahan').selectOption('74.01.01.1002');
  await supervisor.getByLabel('Petugas pengaju').selectOption('fasilitator.wundulako');
  await expect(queueRow(id)).toBeVisible();
  for (const row of await supervisor.getByTestId('pengajuan').all()) {
    await expect(row).toContainText('fasilitator.wundulako');
    await expect(row).toContainText('Wundulako');
  }

  // The review: the complaint beside the household, and its timeline.
  await queueRow(id).getByRole('link', { name: 'Tinjau' }).click();
  await expect(supervisor.getByRole('heading', { name: 'Keluhan · desa Wundulako' })).toBeVisible();
  await expect(supervisor.getByTestId('isi-uraian')).toHaveText('Bantuan PKH belum diterima');
  await expect(supervisor.getByTestId('riwayat-kasus')).toContainText('Keluhan non-kepesertaan dicatat');

  // Returning without a note is refused next to the note; with one it goes back to the queue.
  await supervisor.getByLabel('Kembalikan ke petugas').check();
  await supervisor.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(supervisor.locator('#catatan-masalah')).toHaveText('Catatan wajib diisi bila usulan dikembalikan atau ditolak');
  await supervisor.getByLabel('Catatan', { exact: true }).fill('Sebutkan sejak bulan apa bantuan tidak diterima');
  await supervisor.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(supervisor).toHaveURL(/\/antrean$/);
  await expect(supervisor.getByTestId('antrean-tersimpan')).toContainText('dikembalikan ke petugas');
  await expect(supervisor.getByTestId('antrean-keluhan')).toHaveAttribute('aria-pressed', 'true');
  await expect(queueRow(id)).toHaveCount(0);
  await expect.poll(() => serverReviews(id), { timeout: 30_000 }).toEqual(['supervisor:kembalikan:supervisor.wundulako']);

  // The facilitator sees it under "Perlu diperbaiki" with the note, and resubmits it corrected.
  await fasilitator.goto('/cari');
  const kembali = fasilitator.locator(`[data-testid="kasus-dikembalikan"][data-id="${id}"]`);
  await expect(kembali).toContainText('Sebutkan sejak bulan apa bantuan tidak diterima', { timeout: 60_000 });
  await kembali.getByRole('link', { name: 'Perbaiki' }).click();
  await expect(fasilitator.getByTestId('catatan-supervisor')).toHaveText('Sebutkan sejak bulan apa bantuan tidak diterima');
  await fasilitator.getByLabel('Uraian keluhan').fill('Bantuan PKH tidak diterima sejak Januari');
  await fasilitator.getByRole('button', { name: 'Ajukan kembali' }).click();
  await expect(fasilitator.locator('#catatan-masalah')).toHaveText('Jelaskan apa yang sudah diperbaiki');
  await fasilitator.getByLabel('Catatan perbaikan untuk supervisor').fill('Bulan ditambahkan');
  await fasilitator.getByRole('button', { name: 'Ajukan kembali' }).click();
  await expect(fasilitator.getByTestId('perbaikan-tersimpan')).toContainText('Diajukan kembali');
  await fasilitator.getByRole('link', { name: 'Kembali ke pencarian' }).last().click();
  await expect(kembali).toHaveCount(0);

  // After sync it waits on the supervisor again, corrected; approved, it leaves the queue.
  await expect(queueRow(id)).toBeVisible({ timeout: 60_000 });
  await queueRow(id).getByRole('link', { name: 'Tinjau' }).click();
  await expect(supervisor.getByTestId('isi-uraian')).toHaveText('Bantuan PKH tidak diterima sejak Januari');
  await expect(supervisor.getByTestId('riwayat-kasus')).toContainText('Diperbaiki dan diajukan kembali');
  await supervisor.getByLabel('Setujui').check();
  await supervisor.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(supervisor.getByTestId('antrean-tersimpan')).toContainText('disetujui');
  await expect(queueRow(id)).toHaveCount(0);

  await expect
    .poll(() => serverReviews(id), { timeout: 30_000 })
    .toEqual(['supervisor:kembalikan:supervisor.wundulako', 'supervisor:setuju:supervisor.wundulako']);
  const perbaikan = (await serverCaseDocs(id)).filter((d) => d.type === 'perbaikan');
  expect(perbaikan).toMatchObject([{ createdBy: 'fasilitator.wundulako', catatan: 'Bulan ditambahkan', isi: { uraian: 'Bantuan PKH tidak diterima sejak Januari' } }]);
});

test('two submissions approved together offline, each as its own decision, reach the server after sync', async () => {
  test.setTimeout(180_000);
  const a = await complaintOnServer('Pencairan PKH terlambat dua bulan');
  const b = await complaintOnServer('Pendamping PKH tidak pernah datang');

  await supervisor.goto('/antrean');
  await supervisor.getByTestId('antrean-keluhan').click();
  await expect(queueRow(a)).toBeVisible({ timeout: 60_000 });
  await expect(queueRow(b)).toBeVisible({ timeout: 60_000 });
  const sebelum = Number(await supervisor.getByTestId('jumlah-keluhan').textContent());

  // The supervisor's kecamatan is on the laptop: deciding needs no network.
  await supervisor.context().setOffline(true);
  await expect(supervisor.getByTestId('sync-online')).toHaveText('Luring');
  await queueRow(a).getByRole('checkbox').check();
  await queueRow(b).getByRole('checkbox').check();
  await supervisor.getByRole('button', { name: 'Setujui yang dipilih (2)' }).click();
  await expect(supervisor.getByRole('alertdialog')).toContainText('Setujui 2 pengajuan sekaligus?');
  await supervisor.getByRole('button', { name: 'Ya, setujui 2 pengajuan' }).click();

  await expect(supervisor.getByTestId('antrean-tersimpan')).toContainText('2 pengajuan disetujui.');
  await expect(queueRow(a)).toHaveCount(0);
  await expect(queueRow(b)).toHaveCount(0);
  await expect(supervisor.getByTestId('jumlah-keluhan')).toHaveText(String(sebelum - 2));
  await expect(supervisor.getByTestId('sync-pending')).toHaveText('2 menunggu dikirim');
  expect(await serverReviews(a)).toEqual([]);

  await supervisor.context().setOffline(false);
  for (const id of [a, b]) {
    await expect.poll(() => serverReviews(id), { timeout: 30_000 }).toEqual(['supervisor:setuju:supervisor.wundulako']);
  }
});

test('a supervisor covering two kecamatan picks which queue to review', async ({ browser }) => {
  test.setTimeout(240_000);
  // Coverage as /admin/lokasi gives it: one kecamatan role per kecamatan covered.
  const nama = 'supervisor.dua-kecamatan';
  const id = `/_users/${encodeURIComponent(`org.couchdb.user:${nama}`)}`;
  const ada = await admin('GET', id);
  const roles = ['supervisor', kecamatanRole(WUNDULAKO), kecamatanRole(POMALAA)];
  await admin('PUT', id, { ...(ada.status === 200 ? { _rev: ada.json._rev } : {}), name: nama, roles, password: PASSWORD, type: 'user' });
  const page = await newPage(browser);
  await logInTo(page, nama, '/antrean');

  const pilih = page.getByLabel('Kecamatan yang ditinjau');
  await expect(pilih.locator('option')).toHaveText(['Wundulako', 'Pomalaa'], { timeout: 120_000 });
  for (const [kode, ringkas] of [
    ['74.01.07', '740107'],
    ['74.01.01', '740101']
  ]) {
    await pilih.selectOption(kode);
    // Some queue of each kecamatan holds the demo's waiting submissions; every row shown is of that kecamatan.
    const baris = page.getByTestId('pengajuan');
    await expect(async () => {
      for (const tab of ['perubahan-data', 'prelist', 'keluhan', 'kebutuhan']) {
        await page.getByTestId(`antrean-${tab}`).click();
        if ((await baris.count()) > 0) break;
      }
      const ids = await baris.evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
      expect(ids.length).toBeGreaterThan(0);
      for (const kasus of ids) expect(kasus).toContain(`:${ringkas}`);
    }).toPass({ timeout: 120_000 });
  }
  await page.context().close();
});
