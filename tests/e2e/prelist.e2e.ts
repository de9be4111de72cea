/**
 * A pre-list offline, its duplicate warning and its receipt; the public status page. A
 * facilitator registers a household whose member is already in the registry (warned, with the
 * existing household to open), then a genuinely new one, gets its receipt with a tracking code,
 * and back online the proposal reaches the kecamatan database with its wilayah and author.
 * Anyone, without login, checks a demo complaint's status by its code; a made-up code is
 * refused. Run after `npx vite build`.
 */
import { expect, test, type Page } from '@playwright/test';
import { admin, logInTo, serverUrl, waitForServiceWorker, WUNDULAKO_DB } from './support';

const DESA = '7401011002';

/** A serial high enough to be no demo household's, random enough to differ between runs. */
function serial(): string {
  return String(9000 + Math.floor(Math.random() * 999));
}

async function aRegistryHousehold(): Promise<{ _id: string; anggota: { nik: string; nama: string }[] }> {
  const rows = await admin('GET', `${WUNDULAKO_DB}/_all_docs?startkey="rumahtangga:"&endkey="rumahtangga:\ufff0"&limit=1&include_docs=true`);
  return rows.json.rows[0].doc;
}

async function fillMember(page: Page, nik: string, nama: string): Promise<void> {
  const member = page.getByTestId('anggota-0');
  await member.getByLabel('NIK').fill(nik);
  await member.getByLabel('Nama lengkap').fill(nama);
  await member.getByLabel('Pendidikan tertinggi').selectOption('sd');
  await member.getByLabel('Status sekolah').selectOption('tidak-lagi');
  await member.getByLabel('Pekerjaan').fill('Petani rumput laut');
}

test('a pre-list offline: duplicate warning, a new household, its receipt, and the server receives it', async ({ page }) => {
  test.setTimeout(180_000);
  const existing = await aRegistryHousehold();
  const member = existing.anggota[existing.anggota.length - 1];

  await logInTo(page, 'fasilitator.wundulako', '/cari');
  // The receipt's page code must come from the service worker once the network is gone.
  await waitForServiceWorker(page);
  await page.goto('/sinkronisasi');
  await expect(page.getByTestId('sync-status')).toHaveText('Tersinkron', { timeout: 60_000 });

  // The draft survives a reload.
  await page.goto('/prelist/baru');
  // Wundulako (740101), issued 01-07-19.
  const noKK = `740101010719${serial()}`;
  await page.getByLabel('Kode desa/kelurahan').fill(DESA);
  await page.getByLabel('Nomor Kartu Keluarga (KK)').fill(noKK);
  await page.reload();
  await expect(page.getByTestId('draf-dipulihkan')).toBeVisible();
  await expect(page.getByLabel('Nomor Kartu Keluarga (KK)')).toHaveValue(noKK);

  await page.context().setOffline(true);
  await expect(page.getByTestId('sync-online')).toHaveText('Luring');
  await page.getByLabel('RT', { exact: true }).fill('003');
  await page.getByLabel('RW', { exact: true }).fill('001');

  // A NIK checked as typed: a wrong one is marked at once.
  await page.getByTestId('anggota-0').getByLabel('NIK').fill('7401019999990001');
  await expect(page.getByTestId('anggota-0')).toContainText('tidak valid');

  // A member already in the registry: warned, with the household to open instead.
  await fillMember(page, member.nik, 'Nama Lain Sekali');
  await page.getByRole('button', { name: 'Periksa duplikat dan simpan' }).click();
  const warning = page.getByTestId('duplikat');
  await expect(warning).toContainText('Mungkin sudah terdaftar', { timeout: 60_000 });
  const match = warning.getByTestId('duplikat-registri');
  await expect(match).toHaveAttribute('data-id', existing._id);
  await expect(match).toContainText('NIK sama');
  await expect(match).toContainText(member.nik);
  await expect(match.getByRole('link', { name: 'Buka rumah tangga ini' })).toHaveAttribute(
    'href',
    `/rumahtangga/${existing._id}`
  );

  // Corrected to a genuinely new household: saved on the device, receipt with its code.
  await warning.getByRole('button', { name: 'Perbaiki isian' }).click();
  // Wundulako, a woman (23 + 40) born 23-04-91.
  const nik = `740101630491${serial()}`;
  const nama = `Wa Ode Uji ${Date.now()}`;
  await fillMember(page, nik, nama);
  await expect(page.getByTestId('anggota-0').getByLabel('Tanggal lahir')).toHaveValue('1991-04-23');
  await page.getByRole('button', { name: 'Periksa duplikat dan simpan' }).click();
  const receipt = page.getByTestId('tanda-terima');
  await expect(receipt).toBeVisible({ timeout: 60_000 });
  const kode = (await page.getByTestId('kode-lacak').textContent())!.trim();
  expect(kode).toMatch(/^7401-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(page.getByTestId('dicatat')).toHaveText('Usulan rumah tangga baru (pre-list)');
  await expect(page.getByTestId('selanjutnya')).toContainText('supervisor kecamatan');
  const id = (await receipt.getAttribute('data-id'))!;
  expect((await admin('GET', `${WUNDULAKO_DB}/${encodeURIComponent(id)}`)).status).toBe(404);

  // Online again: the proposal reaches the kecamatan database as written.
  await page.context().setOffline(false);
  await expect(page.getByTestId('sync-pending')).toHaveText('0 menunggu dikirim', { timeout: 30_000 });
  const onServer = await admin('GET', `${WUNDULAKO_DB}/${encodeURIComponent(id)}`);
  expect(onServer.status).toBe(200);
  expect(onServer.json).toMatchObject({
    type: 'usulan',
    jenis: 'prelist',
    kodeLacak: kode,
    createdBy: 'fasilitator.wundulako',
    wilayah: { provinsi: '74', kabupaten: '74.01', kecamatan: '74.01.01', desa: '74.01.01.1002' },
    rumahtangga: { noKK, alamat: { rt: '003', rw: '001' }, anggota: [{ nik, nama, hubungan: 'kepala', jenisKelamin: 'P' }] }
  });

  // The registry search finds the proposed household, marked as pre-list; its page shows the proposal's status.
  await page.goto('/cari');
  await page.getByLabel('NIK, No. KK atau nama').fill(nik);
  const hasil = page.getByTestId('hasil-cari');
  await expect(hasil).toHaveAttribute('data-id', id, { timeout: 30_000 });
  await expect(hasil).toHaveAttribute('data-sumber', 'prelist');
  await expect(hasil).toContainText('Pre-list');
  await hasil.click();
  await expect(page.getByRole('heading', { name: `Rumah tangga ${nama}` })).toBeVisible();
  await expect(page.getByTestId('status-registri')).toHaveText('Pre-list (belum terverifikasi)');
  await expect(page.getByTestId('rt-prelist')).toBeVisible();
  await expect(page.getByTestId('kode-lacak')).toHaveText(`Kode lacak: ${kode}`);
  await expect(page.getByRole('link', { name: 'Mulai kunjungan' })).toHaveCount(0);

  // The desk's register of the day lists it: who came, for what, what was done.
  await page.goto('/meja');
  const row = page.getByTestId('kunjungan').filter({ hasText: nama });
  await expect(row).toHaveAttribute('data-id', id);
  await expect(row).toContainText('Usulan rumah tangga baru (pre-list)');
  await expect(row.getByRole('link', { name: `Dicatat, kode ${kode}` })).toBeVisible();
});

test('the front office lands on its desk and finds a programme and an answer offline', async ({ page }) => {
  await logInTo(page, 'frontoffice.wundulako', '/meja');
  await expect(page.getByTestId('sync-status')).toHaveText('Tersinkron', { timeout: 60_000 });
  // Opened again once the catalogue is on the device, then the network goes.
  await page.goto('/meja');
  await expect(page.getByTestId('katalog')).toContainText('Program Keluarga Harapan (PKH)');
  await page.context().setOffline(true);
  await page.getByLabel('Cari program atau pertanyaan').fill('pintar KEMENAG');
  const katalog = page.getByTestId('katalog');
  await expect(katalog.getByRole('listitem')).toHaveCount(1);
  await expect(katalog).toContainText('Program Indonesia Pintar (PIP/KIP) Kemenag');

  await page.getByLabel('Cari program atau pertanyaan').fill('kode lacak');
  const faq = page.getByTestId('faq');
  await expect(faq).toContainText('Bagaimana mengetahui perkembangan keluhan atau usulan saya?');
  await expect(faq).not.toContainText('Siapa yang dapat menerima PKH?');
});

test('the public status page shows a demo complaint’s status by its code, without login, and refuses a made-up code', async ({
  browser
}) => {
  const complaints = await admin('GET', `slrt-kab-7401/_all_docs?startkey="keluhan:"&endkey="keluhan:\ufff0"&limit=1&include_docs=true`);
  const kode: string = complaints.json.rows[0].doc.kodeLacak;
  const expected = (await (await fetch(serverUrl(`/api/lacak/${kode}`))).json()) as { label: string; status: string };

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/lacak');
  await expect(page).toHaveURL(/\/lacak$/);
  await page.getByLabel('Kode lacak').fill(kode.toLowerCase().replaceAll('-', ' '));
  await page.getByRole('button', { name: 'Cek status' }).click();
  const result = page.getByTestId('lacak-hasil');
  await expect(result).toHaveAttribute('data-status', expected.status);
  await expect(page.getByTestId('lacak-status')).toHaveText(expected.label);
  await expect(page.getByTestId('lacak-tanggal')).not.toBeEmpty();

  await page.getByLabel('Kode lacak').fill('7401-ZZZZ-ZZZ0');
  await page.getByRole('button', { name: 'Cek status' }).click();
  await expect(page.getByTestId('lacak-pesan')).toHaveText('Kode lacak tidak ditemukan. Periksa kembali kode pada tanda terima Anda.');
  await expect(result).toHaveCount(0);

  await page.getByLabel('Kode lacak').fill('12-AB');
  await page.getByRole('button', { name: 'Cek status' }).click();
  await expect(page.getByTestId('lacak-pesan')).toContainText('harus berbentuk 7401-XXXX-XXXX');
  await context.close();
});
