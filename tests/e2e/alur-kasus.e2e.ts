/**
 * Issue 5's whole loop, five demo accounts in five browsers against the project's server: the
 * facilitator records a non-kepesertaan PKH complaint for a registry household offline and
 * syncs it; the supervisor approves it; the manager refers it with one click to the PKH
 * programme; the PKH programme manager accepts it and resolves it with a response; after sync
 * the facilitator's household page shows "Selesai" with the response, and the public status
 * page shows it by the tracking code. (A case returned with a note and resubmitted is
 * antrean.e2e.ts.) Run after `npx vite build`.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { admin, expectSynced, logInTo, WUNDULAKO_DB } from './support';

const TANGGAPAN = 'Bantuan tahap 3 sudah disalurkan ke rekening KKS keluarga';

interface Household {
  _id: string;
  statusRegistri: string;
  anggota: { nik: string; nama: string; hubungan: string }[];
}

/** A registry household of Wundulako, on the server. */
async function registryHousehold(): Promise<Household> {
  const range = `startkey=${encodeURIComponent('"rumahtangga:740101"')}&endkey=${encodeURIComponent('"rumahtangga:740101\ufff0"')}`;
  const rows = (await admin('GET', `${WUNDULAKO_DB}/_all_docs?${range}&include_docs=true&limit=50`)).json.rows as { doc: Household }[];
  const found = rows.map((r) => r.doc).find((h) => h.statusRegistri === 'dtks');
  if (!found) throw new Error('The demo district has no registry household in Wundulako');
  return found;
}

/** The documents of case `kasusId` in the district database, in time order. */
async function caseDocs(kasusId: string): Promise<{ _id: string; type: string }[]> {
  const range = `startkey=${encodeURIComponent(JSON.stringify([kasusId]))}&endkey=${encodeURIComponent(JSON.stringify([kasusId, {}]))}`;
  const { json } = await admin('GET', `slrt-kab-7401/_design/kasus/_view/peristiwa?${range}&include_docs=true`);
  return (json.rows as { doc: { _id: string; type: string } }[]).map((r) => r.doc);
}

async function openAs(browser: Browser, name: string, home: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logInTo(page, name, home);
  return page;
}

test('a PKH complaint travels from the household to the programme and back, visible to those who should see it', async ({ browser }) => {
  test.setTimeout(300_000);
  const rt = await registryHousehold();
  const kepala = rt.anggota.find((a) => a.hubungan === 'kepala')!;

  // 1. The facilitator, offline in the household's home.
  const fasilitator = await openAs(browser, 'fasilitator.wundulako', '/cari');
  await fasilitator.goto('/sinkronisasi');
  await expectSynced(fasilitator, WUNDULAKO_DB);
  await fasilitator.goto(`/rumahtangga/${encodeURIComponent(rt._id)}/kunjungan`);
  await expect(fasilitator.getByTestId('rumahtangga-ringkas')).toContainText(kepala.nama);
  await fasilitator.context().setOffline(true);
  await expect(fasilitator.getByTestId('sync-online')).toHaveText('Luring');
  await fasilitator.getByRole('navigation', { name: 'Bagian kunjungan' }).getByRole('button', { name: 'Keluhan' }).click();
  await fasilitator.getByLabel('Kategori keluhan').selectOption('non-kepesertaan');
  await fasilitator.getByLabel('Program', { exact: true }).selectOption('pkh');
  await expect(fasilitator.getByTestId('rute-keluhan')).toContainText('Direktorat Jaminan Sosial Keluarga');
  await fasilitator.getByLabel('Uraian keluhan').fill('Bantuan PKH tahap 3 belum diterima padahal nama tercantum');
  await fasilitator.getByLabel('Pelapor', { exact: true }).selectOption(kepala.nik);
  await fasilitator.getByLabel(/Pelapor setuju/).check();
  await fasilitator.getByRole('button', { name: 'Simpan', exact: true }).click();
  const saved = fasilitator.getByTestId('keluhan-tersimpan');
  await expect(saved).toContainText('Tersimpan di perangkat');
  const id = (await saved.getAttribute('data-id'))!;
  await expect(fasilitator.getByTestId('sync-pending')).toHaveText('1 menunggu dikirim');
  await fasilitator.context().setOffline(false);
  await expect(fasilitator.getByTestId('sync-pending')).toHaveText('0 menunggu dikirim', { timeout: 30_000 });
  const { kodeLacak } = (await admin('GET', `${WUNDULAKO_DB}/${encodeURIComponent(id)}`)).json as { kodeLacak: string };

  // 2. The supervisor approves it from the complaints queue.
  const supervisor = await openAs(browser, 'supervisor.wundulako', '/antrean');
  await supervisor.getByTestId('antrean-keluhan').click();
  const baris = supervisor.locator(`[data-testid="pengajuan"][data-id="${id}"]`);
  await expect(baris).toBeVisible({ timeout: 60_000 });
  await baris.getByRole('link', { name: 'Tinjau' }).click();
  await supervisor.getByLabel('Setujui').check();
  await supervisor.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(supervisor.getByTestId('antrean-tersimpan')).toContainText('disetujui');
  await expect(supervisor.getByTestId('sync-pending')).toHaveText('0 menunggu dikirim', { timeout: 30_000 });

  // 3. The manager refers it, once the router has brought it to the district.
  await expect.poll(async () => (await caseDocs(id)).length, { timeout: 30_000 }).toBe(2);
  const manajer = await openAs(browser, 'manajer.kolaka', '/rujukan');
  await manajer.goto(`/kasus/${encodeURIComponent(id)}`);
  await expect(manajer.getByTestId('status-kasus')).toHaveText('Disetujui supervisor');
  await expect(manajer.getByTestId('identitas')).toHaveText(/dengan identitas/);
  await manajer.getByRole('button', { name: /^Rujuk ke Direktorat Jaminan Sosial Keluarga/ }).click();
  await expect(manajer.getByTestId('status-kasus')).toHaveText('Dirujuk');

  // 4. The PKH programme manager finds it in its inbox, with the household's consent to share,
  //    accepts it, then resolves it with a response.
  const rujukanId = (await caseDocs(id)).find((d) => d.type === 'rujukan')?._id;
  const pengelola = await openAs(browser, 'pengelola.pkh.kolaka', '/kotak-masuk');
  const rujukan = pengelola.getByTestId('bagian-baru').locator(`[data-id="${rujukanId}"]`);
  await expect(rujukan).toBeVisible({ timeout: 30_000 });
  await rujukan.getByRole('link').click();
  await expect(pengelola.getByTestId('pemohon-nama')).toHaveText(kepala.nama);
  await pengelola.getByRole('radio', { name: 'Terima', exact: true }).check();
  await pengelola.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(pengelola.getByTestId('keputusan-tersimpan')).toBeVisible();
  await pengelola.getByRole('radio', { name: 'Selesai', exact: true }).check();
  await pengelola.locator('#tanggapan').fill(TANGGAPAN);
  await pengelola.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(pengelola.getByTestId('rujukan-tertutup')).toHaveText('Rujukan ini sudah selesai ditangani.');

  // 5. The facilitator's household page shows it closed, with the response.
  await fasilitator.goto(`/rumahtangga/${encodeURIComponent(rt._id)}`);
  const kasus = fasilitator.locator(`[data-testid="kasus"][data-id="${id}"]`);
  await expect(kasus.getByTestId('kasus-status')).toHaveText('Selesai', { timeout: 60_000 });
  await kasus.getByText('Riwayat kasus').click();
  await expect(kasus.getByTestId('riwayat-kasus')).toContainText(TANGGAPAN);
  await expect(kasus.getByTestId('riwayat-kasus')).toContainText('pengelola.pkh.kolaka (Pengelola program)');
  await expect(kasus.getByTestId('riwayat-kasus')).toContainText('supervisor.wundulako (Supervisor)');

  // 6. The household checks it itself on the public status page, without logging in.
  const warga = await (await browser.newContext()).newPage();
  await warga.goto('/lacak');
  await warga.getByLabel('Kode lacak').fill(kodeLacak);
  await warga.getByRole('button', { name: 'Cek status' }).click();
  await expect(warga.getByTestId('lacak-status')).toHaveText('Selesai');

  for (const page of [fasilitator, supervisor, manajer, pengelola, warga]) await page.context().close();
});
