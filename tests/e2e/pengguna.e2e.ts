/**
 * The district administrator's users, in Chromium against the project's server: admin.kolaka
 * creates a facilitator for Pomalaa, who logs in and syncs that kecamatan and no other; then a
 * supervisor returns one of that facilitator's complaints, the admin replaces the facilitator
 * (a transfer), and the successor sees the returned case as its own while the predecessor's login
 * is refused as deactivated. Run after `npx vite build`.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { newDocId } from '../../app/lib/domain/ids';
import { newKodeLacak } from '../../app/lib/domain/kode-lacak';
import { wilayahOf } from '../../app/lib/domain/wilayah';
import { admin, expectSynced, logIn, logInTo } from './support';

test.describe.configure({ mode: 'serial' });

const POMALAA_DB = 'slrt-kec-740107';
const unik = Date.now().toString(36);
const PENDAHULU = `fasilitator.pomalaa.${unik}`;
const PENGGANTI = `fasilitator.pengganti.${unik}`;
const SANDI = 'pomalaa2026';

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** The SLRT databases this device holds, by server name. */
async function localDatabases(page: Page): Promise<string[]> {
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
  return names.flatMap((n) => (n.startsWith('_pouch_slrt-slrt-') ? [n.slice('_pouch_slrt-'.length)] : [])).sort();
}

let adminPage: Page;

test('the district administrator lands on its users and creates a facilitator for Pomalaa, who syncs only Pomalaa', async ({ browser }) => {
  adminPage = await newPage(browser);
  await logInTo(adminPage, 'admin.kolaka', '/admin/pengguna');
  await expect(adminPage.getByRole('heading', { name: 'Pengguna kabupaten 74.01' })).toBeVisible();
  await expect(adminPage.getByTestId('pengguna-fasilitator.pomalaa')).toContainText('Pomalaa');

  await adminPage.getByRole('button', { name: 'Tambah pengguna' }).click();
  const form = adminPage.getByTestId('form-pengguna');
  await form.getByLabel('Nama pengguna').fill(PENDAHULU);
  await form.getByLabel('Nama lengkap').fill('Wa Ode Sitti');
  await form.getByLabel('Peran').selectOption('fasilitator');
  await form.getByLabel('Kata sandi awal').fill('pendek');
  await form.getByRole('button', { name: 'Simpan' }).click();
  // Mistakes show next to their fields before anything is sent.
  await expect(form.getByText('Pilih minimal satu kecamatan')).toBeVisible();
  await expect(form.getByText('Kata sandi minimal 8 karakter dan memuat huruf serta angka')).toBeVisible();

  await form.getByLabel('Pomalaa').check();
  await form.getByLabel('Kata sandi awal').fill(SANDI);
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(adminPage.getByTestId('pesan-pengguna')).toHaveText(`Pengguna ${PENDAHULU} dibuat. Ia dapat masuk dengan kata sandi awal.`);
  await expect(adminPage.getByTestId(`pengguna-${PENDAHULU}`)).toContainText('Pomalaa');

  const fasilitator = await newPage(browser);
  await logIn(fasilitator, PENDAHULU, SANDI);
  await expect(fasilitator).toHaveURL(/\/cari$/);
  await fasilitator.goto('/sinkronisasi');
  await expectSynced(fasilitator, POMALAA_DB);
  expect(await localDatabases(fasilitator)).toEqual([POMALAA_DB]);
  await fasilitator.context().close();
});

test('a manager who opens the page is told it is for district administrators', async ({ browser }) => {
  const manajer = await newPage(browser);
  await logInTo(manajer, 'manajer.kolaka', '/rujukan');
  await manajer.goto('/admin/pengguna');
  await expect(manajer.getByTestId('bukan-admin')).toHaveText(/Halaman ini untuk administrator kabupaten/);
  await manajer.context().close();
});

test('the administrator replaces the facilitator: the successor sees the returned case, the predecessor is refused as deactivated, then reactivated', async ({ browser }) => {
  // A complaint of the predecessor that the supervisor returned for correction.
  // (Built here: the test-data factories read region files Playwright's loader cannot import.)
  const desa = '74.01.07.1002';
  const keluhan = {
    _id: newDocId('keluhan', desa),
    type: 'keluhan',
    schema: 1,
    wilayah: wilayahOf(desa),
    createdBy: PENDAHULU,
    peran: 'fasilitator',
    createdAt: new Date().toISOString(),
    kodeLacak: newKodeLacak('74.01'),
    kategori: 'non-kepesertaan',
    programId: 'pkh',
    kanal: 'kunjungan',
    uraian: 'Bantuan PKH belum diterima',
    pelapor: { nama: 'Wa Ode Sitti' },
    persetujuanBerbagiData: true
  };
  const kembali = {
    _id: newDocId('review', '74.01.07'),
    type: 'review',
    schema: 1,
    wilayah: wilayahOf('74.01.07'),
    createdBy: 'supervisor.pomalaa',
    peran: 'supervisor',
    createdAt: new Date().toISOString(),
    kasusId: keluhan._id,
    tahap: 'supervisor',
    keputusan: 'kembalikan',
    catatan: 'Lengkapi bulan penyaluran'
  };
  for (const doc of [keluhan, kembali]) expect((await admin('PUT', `${POMALAA_DB}/${encodeURIComponent(doc._id)}`, doc)).status).toBe(201);

  await adminPage.getByRole('button', { name: `Kelola ${PENDAHULU}` }).click();
  const kelola = adminPage.getByTestId('kelola-pengguna');
  await kelola.getByRole('button', { name: 'Gantikan (pindah tugas)' }).click();
  const ganti = kelola.getByTestId('form-ganti');
  await expect(ganti).toContainText(`Pengganti mengambil alih peran, wilayah kerja dan kasus terbuka ${PENDAHULU}`);
  await ganti.getByLabel('Nama pengguna').fill(PENGGANTI);
  await ganti.getByLabel('Nama lengkap').fill('La Ode Rahman');
  await ganti.getByLabel('Kata sandi awal').fill(SANDI);
  await ganti.getByRole('button', { name: 'Gantikan' }).click();
  await expect(adminPage.getByTestId('pesan-pengguna')).toHaveText(`${PENGGANTI} kini menggantikan ${PENDAHULU}; ${PENDAHULU} dinonaktifkan.`);

  await adminPage.getByLabel('Status').selectOption('');
  await expect(adminPage.getByTestId(`pengguna-${PENDAHULU}`).getByTestId('status')).toHaveText(`Nonaktif digantikan oleh ${PENGGANTI}`);
  await expect(adminPage.getByTestId(`pengguna-${PENGGANTI}`)).toContainText(`menggantikan ${PENDAHULU}`);

  const pendahulu = await newPage(browser);
  await logIn(pendahulu, PENDAHULU, SANDI);
  await expect(pendahulu.getByRole('alert')).toHaveText('Akun Anda dinonaktifkan. Hubungi administrator kabupaten.');
  await pendahulu.context().close();

  const pengganti = await newPage(browser);
  await logIn(pengganti, PENGGANTI, SANDI);
  await expect(pengganti).toHaveURL(/\/cari$/);
  const kasus = pengganti.locator(`[data-testid="kasus-dikembalikan"][data-id="${keluhan._id}"]`);
  await expect(kasus).toContainText('Lengkapi bulan penyaluran', { timeout: 60_000 });
  await kasus.getByRole('link', { name: 'Perbaiki' }).click();
  await expect(pengganti.getByTestId('catatan-supervisor')).toHaveText('Lengkapi bulan penyaluran');

  // Back from leave: the administrator reactivates the predecessor with a new password.
  await adminPage.getByRole('button', { name: `Kelola ${PENDAHULU}` }).click();
  const aktifkan = adminPage.getByTestId('kelola-pengguna');
  await aktifkan.getByLabel('Kata sandi baru').fill('kembaliKerja9');
  await aktifkan.getByRole('button', { name: 'Aktifkan kembali' }).click();
  await expect(adminPage.getByTestId('pesan-pengguna')).toHaveText(`${PENDAHULU} aktif kembali dengan kata sandi baru.`);
  const diaktifkan = await newPage(browser);
  await logIn(diaktifkan, PENDAHULU, 'kembaliKerja9');
  await expect(diaktifkan).toHaveURL(/\/cari$/);

  // The account's history, newest first, says who did what.
  await adminPage.getByRole('button', { name: `Kelola ${PENDAHULU}` }).click();
  const riwayat = adminPage.getByTestId('riwayat-akun');
  await riwayat.getByText('Riwayat akun').click();
  await expect(riwayat.getByRole('listitem')).toHaveText([/^Diaktifkan kembali .* oleh admin\.kolaka$/, new RegExp(`^Digantikan oleh ${PENGGANTI}`), /^Akun dibuat/]);
});
