/**
 * A home visit, offline, as a facilitator does it: the four recordings of the guideline for a
 * registry household of Wundulako — a profile change, a participation, a need taken from the
 * eligibility suggestions, a complaint with its routing shown as it is filled in and a photo of
 * a document — a draft that survives a reload, and every event on the server once back online
 * with the household's wilayah and the facilitator as author. Run after `npx vite build`.
 */
import { expect, test, type Page } from '@playwright/test';
import { admin, expectSynced, logInTo, PASSWORD, waitForServiceWorker, WUNDULAKO_DB } from './support';

const FASILITATOR = 'fasilitator.wundulako';

interface Household {
  _id: string;
  wilayah: Record<string, string>;
  desil: number | null;
  statusRegistri: string;
  anggota: { nik: string; nama: string; hubungan: string; pekerjaan: string }[];
}

async function rowsOf<T>(prefix: string): Promise<T[]> {
  const query = `startkey=${encodeURIComponent(JSON.stringify(prefix))}&endkey=${encodeURIComponent(JSON.stringify(`${prefix}\ufff0`))}&include_docs=true`;
  const { json } = await admin('GET', `${WUNDULAKO_DB}/_all_docs?${query}`);
  return (json.rows as { doc: T }[]).map((r) => r.doc);
}

/**
 * A registry household of desil 1–3 that neither receives nor already needs the electricity
 * subsidy (whose catalogue criterion is desil ≤ 3): the visit must suggest it.
 */
async function householdToVisit(): Promise<Household> {
  const households = await rowsOf<Household>('rumahtangga:740101');
  const events = [...(await rowsOf<{ rumahtanggaId: string; programId: string }>('kepesertaan:740101')), ...(await rowsOf<{ rumahtanggaId: string; programId: string }>('kebutuhan:740101'))];
  const listrik = new Set(events.filter((e) => e.programId === 'listrik').map((e) => e.rumahtanggaId));
  const found = households.find((h) => h.statusRegistri === 'dtks' && h.desil !== null && h.desil <= 3 && !listrik.has(h._id) && h.anggota.length >= 2);
  if (!found) throw new Error('The demo district has no household to visit');
  return found;
}

/** A 2400×1800 PNG drawn in the page: bigger than the 1280 px the app keeps. */
async function documentPhoto(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 2400;
    canvas.height = 1800;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#f4f1e8';
    ctx.fillRect(0, 0, 2400, 1800);
    ctx.fillStyle = '#1a2421';
    ctx.font = '96px sans-serif';
    for (let y = 150; y < 1800; y += 160) ctx.fillText('KARTU KELUARGA 7401 · NIK · ALAMAT', 80, y);
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}

/** A page loaded offline starts locked: the facilitator unlocks it with the password, on the device. */
async function unlock(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Aplikasi terkunci' })).toBeVisible();
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Buka' }).click();
  await expect(page).toHaveURL(/\/kunjungan$/);
}

function tab(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Bagian kunjungan' }).getByRole('button', { name });
}

test('a facilitator records a whole visit offline; every event reaches the server with the household’s wilayah', async ({ page }) => {
  test.setTimeout(180_000);
  const rt = await householdToVisit();
  const kepala = rt.anggota.find((a) => a.hubungan === 'kepala')!;

  await logInTo(page, FASILITATOR, '/cari');
  await waitForServiceWorker(page);
  await page.goto('/sinkronisasi');
  await expectSynced(page, WUNDULAKO_DB);

  await page.context().setOffline(true);
  await page.goto(`/rumahtangga/${encodeURIComponent(rt._id)}/kunjungan`);
  await unlock(page);
  await expect(page.getByTestId('sync-online')).toHaveText('Luring');
  await expect(page.getByTestId('rumahtangga-ringkas')).toContainText(kepala.nama);

  // 1. Verification: a wrong NIK is refused as it is typed; the head's work has changed.
  const kepalaSection = page.getByTestId(`anggota-${kepala.nik}`);
  await kepalaSection.getByRole('button', { name: 'Ubah NIK' }).click();
  await kepalaSection.getByLabel('NIK yang benar').fill('7401');
  await expect(kepalaSection.getByText('NIK harus 16 digit angka')).toBeVisible();
  await kepalaSection.getByRole('button', { name: 'Batal' }).click();
  await kepalaSection.getByRole('button', { name: 'Ubah Pekerjaan' }).click();
  const pekerjaanBaru = kepala.pekerjaan === 'Nelayan' ? 'Petani' : 'Nelayan';
  await kepalaSection.getByLabel('Pekerjaan yang benar').fill(pekerjaanBaru);
  await expect(page.getByTestId('jumlah-perubahan')).toHaveText('1 perubahan akan diusulkan');
  await page.getByRole('button', { name: 'Simpan usulan perubahan' }).click();
  const usulan = page.getByTestId('usulan-tersimpan');
  await expect(usulan).toContainText('Tersimpan di perangkat');
  const usulanId = (await usulan.getAttribute('data-id'))!;
  await expect(usulan.getByRole('link', { name: 'Lihat tanda terima' })).toHaveAttribute('href', `/tanda-terima/${usulanId}`);
  // The verification ends "changed", with that proposal.
  const selesai = page.getByTestId('selesai-verifikasi');
  await expect(selesai.getByRole('button', { name: 'Data sesuai' })).toHaveCount(0);
  await selesai.getByRole('button', { name: 'Selesai: data berubah' }).click();
  await expect(selesai.getByRole('status')).toHaveText('Hasil verifikasi tersimpan: Selesai: data berubah.');
  const verifikasiId = (await page.getByTestId('tercatat').locator('li[data-jenis="verifikasi"]').getAttribute('data-id'))!;

  // 2. Participation of one member in a member-level programme.
  await tab(page, 'Kepesertaan program').click();
  await page.getByLabel('Program').selectOption('pis-kis');
  await page.getByLabel('Penerima').selectOption(kepala.nik);
  await page.getByRole('button', { name: 'Catat kepesertaan' }).click();
  const kepesertaan = page.getByTestId('kepesertaan-tersimpan');
  await expect(kepesertaan).toContainText('Tersimpan di perangkat');
  const kepesertaanId = (await kepesertaan.getAttribute('data-id'))!;

  // 3. A need, in one tap from the programmes the household appears eligible for.
  await tab(page, 'Kebutuhan program').click();
  const saran = page.getByTestId('saran-kebutuhan');
  await expect(saran).toContainText('Tampak layak tetapi belum menerima');
  await saran.locator('button[data-program="listrik"]').click();
  const kebutuhan = page.getByTestId('kebutuhan-tersimpan');
  await expect(kebutuhan).toContainText('Tersimpan di perangkat');
  const kebutuhanId = (await kebutuhan.getAttribute('data-id'))!;

  // 4. A complaint: its destination shows as soon as category and programme are chosen…
  await tab(page, 'Keluhan').click();
  await page.getByLabel('Kategori keluhan').selectOption('non-kepesertaan');
  await page.getByLabel('Program', { exact: true }).selectOption('rastra');
  const rute = page.getByTestId('rute-keluhan');
  await expect(rute).toContainText('Keluhan ini akan dirujuk ke Tim Koordinasi Rastra/BPNT, Kementerian Dalam Negeri, melalui LAPOR!');
  await expect(rute).toContainText('Perum BULOG');
  await page.getByLabel('Kategori keluhan').selectOption('kepesertaan');
  await expect(rute).toContainText('Pokja Data Terpadu, Pusdatin Kementerian Sosial, melalui SIKS-NG');
  await page.getByLabel('Kategori keluhan').selectOption('non-kepesertaan');
  const uraian = 'Beras bulan ini berkutu dan hanya 7 kg';
  await page.getByLabel('Uraian keluhan').fill(uraian);
  await expect(page.getByTestId('draf-status')).toContainText('Draf tersimpan');

  // …and a reload in the middle of the form loses nothing.
  await page.reload();
  await unlock(page);
  await tab(page, 'Keluhan').click();
  await expect(page.getByTestId('draf-dipulihkan')).toBeVisible();
  await expect(page.getByLabel('Uraian keluhan')).toHaveValue(uraian);
  await expect(page.getByLabel('Program', { exact: true })).toHaveValue('rastra');
  await expect(rute).toContainText('Tim Koordinasi Rastra/BPNT');

  await page.getByLabel('Pelapor', { exact: true }).selectOption(kepala.nik);
  await page.getByLabel('Foto dokumen (tidak wajib)').setInputFiles({ name: 'kk.png', mimeType: 'image/png', buffer: await documentPhoto(page) });
  await expect(page.getByTestId('foto-siap')).toContainText('Foto siap dilampirkan');
  await page.getByLabel(/Pelapor setuju/).check();
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  const keluhan = page.getByTestId('keluhan-tersimpan');
  await expect(keluhan).toContainText('Tersimpan di perangkat');
  const keluhanId = (await keluhan.getAttribute('data-id'))!;
  await expect(keluhan.getByRole('link', { name: 'Lihat tanda terima' })).toBeVisible();

  // The saved complaint left no draft behind.
  await page.reload();
  await unlock(page);
  await tab(page, 'Keluhan').click();
  await expect(page.getByLabel('Uraian keluhan')).toHaveValue('');

  // Five events wait to go up; none is on the server yet.
  const ids = [usulanId, verifikasiId, kepesertaanId, kebutuhanId, keluhanId];
  await expect(page.getByTestId('sync-pending')).toHaveText('5 menunggu dikirim');
  for (const id of ids) expect((await admin('GET', `${WUNDULAKO_DB}/${encodeURIComponent(id)}`)).status).toBe(404);

  await page.context().setOffline(false);
  await expect(page.getByTestId('sync-pending')).toHaveText('0 menunggu dikirim', { timeout: 30_000 });
  for (const id of ids) {
    const onServer = await admin('GET', `${WUNDULAKO_DB}/${encodeURIComponent(id)}`);
    expect(onServer.status, id).toBe(200);
    expect(onServer.json, id).toMatchObject({ wilayah: rt.wilayah, createdBy: FASILITATOR });
  }
  expect((await admin('GET', `${WUNDULAKO_DB}/${encodeURIComponent(usulanId)}`)).json).toMatchObject({
    type: 'usulan',
    jenis: 'perubahan-data',
    rumahtanggaId: rt._id,
    perubahan: [{ field: 'pekerjaan', nik: kepala.nik, sebelum: kepala.pekerjaan, sesudah: pekerjaanBaru }]
  });
  expect((await admin('GET', `${WUNDULAKO_DB}/${encodeURIComponent(verifikasiId)}`)).json).toMatchObject({ type: 'verifikasi', hasil: 'berubah', usulanId, rumahtanggaId: rt._id });
  expect((await admin('GET', `${WUNDULAKO_DB}/${encodeURIComponent(kepesertaanId)}`)).json).toMatchObject({ programId: 'pis-kis', nik: kepala.nik, rumahtanggaId: rt._id });
  expect((await admin('GET', `${WUNDULAKO_DB}/${encodeURIComponent(kebutuhanId)}`)).json).toMatchObject({ programId: 'listrik', rumahtanggaId: rt._id });
  const complaint = (await admin('GET', `${WUNDULAKO_DB}/${encodeURIComponent(keluhanId)}`)).json;
  expect(complaint).toMatchObject({ kategori: 'non-kepesertaan', programId: 'rastra', rumahtanggaId: rt._id, uraian, pelapor: { nama: kepala.nama, nik: kepala.nik } });
  const foto = (complaint._attachments as Record<string, { content_type: string; length: number }>)['foto-dokumen.jpg'];
  expect(foto.content_type).toBe('image/jpeg');
  expect(foto.length).toBeLessThanOrEqual(300 * 1024);
  const image = await fetch(`http://127.0.0.1:${process.env.SLRT_E2E_PORT ?? 4173}/db/${WUNDULAKO_DB}/${encodeURIComponent(keluhanId)}/foto-dokumen.jpg`, {
    headers: { authorization: `Basic ${Buffer.from('admin:test-admin-password').toString('base64')}` }
  });
  expect(image.headers.get('content-type')).toBe('image/jpeg');

  // The household page shows what was recorded; its case timeline reads in either language.
  await page.goto(`/rumahtangga/${encodeURIComponent(rt._id)}`);
  await expect(page.getByTestId('kepesertaan')).toContainText('Program Indonesia Sehat (KIS-PBI)');
  const kasus = page.locator(`[data-testid="kasus"][data-id="${keluhanId}"]`);
  await expect(kasus.getByTestId('riwayat-kasus')).toContainText('Keluhan non-kepesertaan dicatat');
  await page.getByLabel('Bahasa').selectOption('en');
  await expect(kasus.getByTestId('riwayat-kasus')).toContainText('Complaint (non-participation) recorded');
  await page.getByLabel('Language').selectOption('id');

  // The desk's register of the day: the household once, with each thing recorded for it.
  await page.goto('/meja');
  const kunjungan = page.locator(`[data-testid="kunjungan"][data-id="${rt._id}"]`);
  await expect(kunjungan).toContainText(kepala.nama);
  await expect(kunjungan.getByTestId('tercatat-kepesertaan')).toHaveText('Kepesertaan program dicatat: Program Indonesia Sehat (KIS-PBI)');
  await expect(kunjungan.getByTestId('tercatat-kebutuhan')).toHaveText('Kebutuhan program dicatat: Subsidi Listrik');
  await expect(kunjungan.getByTestId('tercatat-kasus')).toHaveCount(2);
  await expect(kunjungan.getByRole('link', { name: `Dicatat, kode ${complaint.kodeLacak}` })).toHaveAttribute('href', `/tanda-terima/${keluhanId}`);
});
