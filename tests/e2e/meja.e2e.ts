/**
 * The desk's information given, offline, and pre-lists in the district's remote search. A
 * Puskesos front office, offline, records a citizen who came only to ask about a programme
 * (from the catalogue it searched, with the keyboard, through a reload that keeps the draft),
 * sees the visit in today's register, and back online the record reaches the kecamatan
 * database with its wilayah and author. The district secretariat, which searches the server,
 * finds a household proposed on a pre-list by its NIK, marked as such. Run after `npx vite build`.
 */
import { expect, test } from '@playwright/test';
import { newDocId } from '../../app/lib/domain/ids';
import { newKodeLacak } from '../../app/lib/domain/kode-lacak';
import { wilayahOf } from '../../app/lib/domain/wilayah';
import { makeUsulan } from '../../app/lib/test-data/event-factory';
import { makeAnggota } from '../../app/lib/test-data/household-factory';
import { admin, logInTo, PASSWORD, waitForServiceWorker, WUNDULAKO_DB } from './support';

test('a Puskesos desk records information given offline, sees it in the register, and the server receives it', async ({ page }) => {
  test.setTimeout(180_000);
  await logInTo(page, 'frontoffice.wundulako', '/meja');
  await waitForServiceWorker(page);
  await page.goto('/sinkronisasi');
  await expect(page.getByTestId('sync-status')).toHaveText('Tersinkron', { timeout: 60_000 });
  await page.goto('/meja');
  const katalog = page.getByTestId('katalog');
  await expect(katalog).toContainText('Program Keluarga Harapan (PKH)');

  await page.context().setOffline(true);
  await expect(page.getByTestId('sync-online')).toHaveText('Luring');
  // Asked about PKH: the desk found it in the catalogue and records it from there.
  await katalog.getByRole('listitem').filter({ hasText: 'Program Keluarga Harapan (PKH)' }).getByRole('link', { name: 'Catat sebagai yang ditanyakan' }).click();
  await expect(page).toHaveURL(/\/meja\/informasi\?program=pkh$/);
  await expect(page.getByLabel('Program Keluarga Harapan (PKH)')).toBeChecked();

  // Nothing explained yet: said next to the field.
  await page.getByRole('button', { name: 'Simpan layanan informasi' }).click();
  await expect(page.getByTestId('form-informasi')).toContainText('Tuliskan singkat apa yang dijelaskan');

  // By keyboard: BPNT too, a name, what was explained.
  await page.getByLabel('Bantuan Pangan Non Tunai (BPNT)').focus();
  await page.keyboard.press('Space');
  const nama = `Tamu Uji ${Date.now()}`;
  await page.getByLabel('Nama penanya (tidak wajib)').fill(nama);
  await page.getByLabel('Yang dijelaskan').fill('Syarat PKH dan jadwal penyaluran BPNT');
  await expect(page.getByTestId('draf-status')).toContainText('Draf tersimpan');

  // The draft survives a reload, offline: the app opens locked, and the password unlocks it on the device.
  await page.reload();
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Buka' }).click();
  await expect(page.getByTestId('draf-dipulihkan')).toBeVisible();
  await expect(page.getByLabel('Nama penanya (tidak wajib)')).toHaveValue(nama);
  await expect(page.getByLabel('Bantuan Pangan Non Tunai (BPNT)')).toBeChecked();
  await expect(page.getByLabel('Program Keluarga Harapan (PKH)')).toBeChecked();

  await page.getByRole('button', { name: 'Simpan layanan informasi' }).click();
  const tersimpan = page.getByTestId('informasi-tersimpan');
  await expect(tersimpan).toContainText('Tersimpan di perangkat');
  const id = (await tersimpan.getAttribute('data-id'))!;
  expect(id).toMatch(/^layananinformasi:740101:/);
  expect((await admin('GET', `${WUNDULAKO_DB}/${encodeURIComponent(id)}`)).status).toBe(404);

  // Today's register: who came and what was done.
  await page.getByTestId('kembali-meja').click();
  const row = page.getByTestId('kunjungan').filter({ hasText: nama });
  await expect(row).toHaveAttribute('data-id', id);
  await expect(row.getByTestId('tercatat-informasi')).toHaveText(
    'Informasi diberikan: Bantuan Pangan Non Tunai (BPNT); Program Keluarga Harapan (PKH)'
  );

  // Online again: it reaches the kecamatan database as written.
  await page.context().setOffline(false);
  await expect(page.getByTestId('sync-pending')).toHaveText('0 menunggu dikirim', { timeout: 30_000 });
  const onServer = await admin('GET', `${WUNDULAKO_DB}/${encodeURIComponent(id)}`);
  expect(onServer.status).toBe(200);
  expect(onServer.json).toMatchObject({
    type: 'layananinformasi',
    createdBy: 'frontoffice.wundulako',
    peran: 'front-office',
    wilayah: { kabupaten: '74.01', kecamatan: '74.01.01' },
    kanal: 'puskesos',
    programIds: ['bpnt', 'pkh'],
    penanya: { nama }
  });
  expect(onServer.json.wilayah.desa).toBeUndefined();
});

test('the district secretariat finds a pre-list household in the server’s registry search', async ({ page }) => {
  test.setTimeout(150_000);
  const unik = String(Date.now()).slice(-4);
  // Wundulako (740101): a woman born 23-04-1991 (23 + 40), and her family card.
  const nik = `740101630491${unik}`;
  const nama = `Wa Ode Jauh ${unik}`;
  const usulan = makeUsulan('prelist', {
    _id: newDocId('usulan', '74.01.01.1002'),
    wilayah: wilayahOf('74.01.01.1002'),
    createdBy: 'fasilitator.wundulako',
    createdAt: new Date().toISOString(),
    kodeLacak: newKodeLacak('74.01')
  });
  if (usulan.jenis !== 'prelist') throw new Error('expected a pre-list');
  usulan.rumahtangga = {
    ...usulan.rumahtangga,
    noKK: `740101010719${unik}`,
    anggota: [makeAnggota({ nik, nama, hubungan: 'kepala', jenisKelamin: 'P', tanggalLahir: '1991-04-23' })]
  };
  const id = usulan._id;
  const saved = await admin('PUT', `${WUNDULAKO_DB}/${encodeURIComponent(id)}`, usulan);
  expect(saved.status).toBe(201);
  await expect.poll(async () => (await admin('GET', `slrt-kab-7401/${encodeURIComponent(id)}`)).status, { timeout: 30_000 }).toBe(200);

  await logInTo(page, 'frontoffice.kolaka', '/meja');
  await page.goto('/cari');
  await expect(page.getByTestId('cari-siap')).toHaveText('Pencarian langsung di server kabupaten.');
  await page.getByLabel('NIK, No. KK atau nama').fill(nik);
  const hasil = page.getByTestId('hasil-cari');
  // The server builds its views at their first query after they change: give it time.
  await expect(hasil).toHaveAttribute('data-id', id, { timeout: 60_000 });
  await expect(hasil).toHaveAttribute('data-sumber', 'prelist');
  await expect(hasil).toContainText('Pre-list');
  await hasil.click();
  // Its case history comes from the district's case view, built at its first query: give it time.
  await expect(page.getByRole('heading', { name: `Rumah tangga ${nama}` })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('status-registri')).toHaveText('Pre-list (belum terverifikasi)');
});
