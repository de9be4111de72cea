/**
 * Quarterly monitoring (guideline VII): the supervisor of Wundulako fills the quarter's
 * questionnaire for its Puskesos with the network gone — a wrong answer is shown next to its
 * question — and it goes up when the network returns; the district manager then sees
 * Wundulako's answers in the quarter's summary, and in the quarterly report (PDF and the XLSX
 * whose sheets hold the summary's tables). Run after `npx vite build`.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type Locator } from '@playwright/test';
import { admin, expectSynced, logIn, logInTo, waitForServiceWorker, WUNDULAKO_DB } from './support';

const URAIAN = 'Sinyal hilang di desa pegunungan selama musim hujan';

async function monitoringDi(db: string): Promise<{ id: string; doc: Record<string, unknown> }[]> {
  const rows = (await admin('GET', `${db}/_all_docs?include_docs=true&startkey="monitoring:"&endkey="monitoring:\ufff0"`)).json.rows;
  return rows as { id: string; doc: Record<string, unknown> }[];
}

/** Every answer of the default questionnaire but the opening days, with `keluhan` complaints received. */
async function isiJawabanBawaan(form: Locator, keluhan: string): Promise<void> {
  await form.getByLabel(/^Jumlah warga yang dilayani/).fill('140');
  await form.getByLabel(/^Jumlah keluhan yang diterima/).fill(keluhan);
  await form.getByLabel(/^Jumlah keluhan yang ditangani/).fill('9');
  await form.getByLabel(/^Jumlah keluhan yang dirujuk/).fill('8');
  await form.getByLabel(/^Jumlah rujukan yang sudah ditanggapi/).fill('6');
  await form.getByLabel(/^Jumlah petugas/).fill('2');
  await form.getByLabel(/^Jumlah fasilitator yang aktif/).fill('5');
  await form.getByLabel(/^Jumlah pembaruan data/).fill('312');
  await form.getByLabel(/^Kemampuan fasilitator/).selectOption('Cukup');
  await form.getByLabel(/^Kendala utama/).selectOption('Jaringan internet');
  await form.getByLabel('Uraian kendala').fill(URAIAN);
}

test('a supervisor fills the quarter offline, it syncs, and the manager sees it in the summary and the quarterly report', async ({ browser }) => {
  // Two devices, a first sync and a report of every figure: longer than one page's default.
  test.setTimeout(180_000);
  const supervisor = await browser.newPage();
  await logIn(supervisor, 'supervisor.wundulako');
  await expect(supervisor).toHaveURL(/\/antrean$/);
  await waitForServiceWorker(supervisor);
  await supervisor.goto('/sinkronisasi');
  await expectSynced(supervisor, WUNDULAKO_DB);

  await supervisor.goto('/antrean');
  await supervisor.getByRole('link', { name: 'Isi kuesioner monitoring' }).click();
  const form = supervisor.getByTestId('form-monitoring');
  await expect(form).toContainText('Monitoring triwulanan SLRT/Puskesos');
  await expect(supervisor.getByLabel('Unit')).toHaveValue('puskesos:74.01.01');

  await supervisor.context().setOffline(true);
  await expect(supervisor.getByTestId('sync-online')).toHaveText('Luring');
  await form.getByRole('group', { name: /terlaksana sesuai rencana/ }).getByLabel('Ya').check();
  const hariBuka = form.getByLabel(/^Jumlah hari Puskesos/);
  await hariBuka.fill('100');
  await isiJawabanBawaan(form, '17');
  await form.getByRole('button', { name: 'Simpan jawaban' }).click();

  // The problem stands next to its question; nothing is saved until it is fixed.
  await expect(hariBuka).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Jawaban maksimal 92')).toBeVisible();
  await hariBuka.fill('60');
  await form.getByRole('button', { name: 'Simpan jawaban' }).click();
  await expect(supervisor.getByTestId('pesan-monitoring')).toContainText('Tersimpan di perangkat');
  await expect(supervisor.getByTestId('sync-pending')).toHaveText('1 menunggu dikirim');
  expect(await monitoringDi(WUNDULAKO_DB)).toEqual([]);

  await supervisor.context().setOffline(false);
  await expect(supervisor.getByTestId('sync-pending')).toHaveText('0 menunggu dikirim', { timeout: 30_000 });
  const [dikirim] = await monitoringDi(WUNDULAKO_DB);
  expect(dikirim.doc).toMatchObject({
    createdBy: 'supervisor.wundulako',
    unit: { jenis: 'puskesos', kode: '74.01.01' },
    kuesionerId: 'kuesioner:7401:slrt-triwulanan-v1',
    jawaban: { 'hari-buka': 60, 'keluhan-diterima': 17, 'kegiatan-sesuai-rencana': true, 'kendala-utama': 'Jaringan internet' }
  });
  await supervisor.context().close();

  // The router carries it to the district.
  await expect.poll(async () => (await monitoringDi('slrt-kab-7401')).map((r) => r.id), { timeout: 30_000 }).toContain(dikirim.id);

  const manajer = await browser.newPage();
  await logInTo(manajer, 'manajer.kolaka', '/rujukan');
  await manajer.goto('/beranda');
  await manajer.getByRole('link', { name: 'Monitoring triwulanan' }).click();
  const ringkasan = manajer.getByTestId('ringkasan-kuesioner');
  await expect(ringkasan.getByTestId('jumlah-menjawab')).toHaveText('1 dari 13 unit sudah menjawab');
  await expect(ringkasan.getByTestId('belum-menjawab')).toContainText('Puskesos Pomalaa');
  await expect(ringkasan.getByTestId('belum-menjawab')).not.toContainText('Puskesos Wundulako');
  await expect(ringkasan.getByRole('row', { name: /Jumlah keluhan yang diterima/ })).toContainText('17');
  await expect(ringkasan.getByRole('row', { name: /Uraian kendala/ })).toContainText(`Puskesos Wundulako${URAIAN}`);

  await manajer.goto('/dasbor');
  const laporan = manajer.getByTestId('laporan');
  await laporan.getByLabel('Jenis laporan').selectOption('triwulanan');
  const [pdf] = await Promise.all([manajer.waitForEvent('download'), laporan.getByRole('button', { name: 'Unduh laporan PDF' }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/^laporan-monitoring-triwulanan-slrt-.*\.pdf$/);
  expect(readFileSync((await pdf.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const [xlsx] = await Promise.all([manajer.waitForEvent('download'), laporan.getByRole('button', { name: 'Unduh laporan XLSX' }).click()]);
  const isi = unzipSync(new Uint8Array(readFileSync((await xlsx.path())!)));
  const teks = Object.entries(isi).filter(([n]) => n.endsWith('.xml')).map(([, b]) => strFromU8(b)).join('');
  expect(teks).toContain('Monitoring triwulanan SLRT');
  expect(teks).toContain(URAIAN);
});

// Runs after the test above (one worker, in file order): Wundulako's answer stays on version 1.
test('the admin adds a question in a new version, a supervisor answers it offline, and the summary shows it', async ({ browser }) => {
  test.setTimeout(180_000);
  const POSKO = 'Apakah ada posko pengaduan keliling di desa?';
  const adminKab = await browser.newPage();
  await logInTo(adminKab, 'admin.kolaka', '/admin/pengguna');
  await adminKab.goto('/monitoring');
  await adminKab.getByRole('link', { name: 'Kelola kuesioner' }).click();
  await adminKab.getByRole('button', { name: 'Buat versi 2' }).click();
  const editor = adminKab.getByTestId('editor-kuesioner');
  await editor.getByRole('button', { name: 'Tambah pertanyaan di bagian 1' }).click();
  const baru = editor.getByTestId('editor-bagian').first().getByTestId('editor-pertanyaan').last();
  await expect(baru.locator('legend').first()).toHaveText('Pertanyaan 1.4');
  await baru.getByLabel('Jenis jawaban').selectOption('ya-tidak');
  await editor.getByRole('button', { name: 'Terbitkan versi 2' }).click();
  // The empty text is named next to its field; nothing is published.
  await expect(baru.getByLabel('Teks pertanyaan')).toHaveAttribute('aria-invalid', 'true');
  await expect(baru.getByText('Teks pertanyaan wajib diisi')).toBeVisible();
  await baru.getByLabel('Teks pertanyaan').fill(POSKO);
  // The draft outlives a reload.
  await expect(editor.getByTestId('draf-status')).toContainText('tersimpan', { ignoreCase: true });
  await adminKab.reload();
  await adminKab.getByRole('button', { name: 'Buat versi 2' }).click();
  await expect(editor.getByTestId('draf-dipulihkan')).toBeVisible();
  await expect(editor.getByLabel('Teks pertanyaan').nth(3)).toHaveValue(POSKO);
  await editor.getByRole('button', { name: 'Terbitkan versi 2' }).click();
  await expect(adminKab.getByTestId('pesan-kuesioner')).toContainText('Versi 2 diterbitkan');
  const v1 = (await admin('GET', 'slrt-kab-7401/kuesioner:7401:slrt-triwulanan-v1')).json;
  expect(v1.bagian[0].pertanyaan).toHaveLength(3);
  expect((await admin('GET', 'slrt-kab-7401/kuesioner:7401:slrt-triwulanan-v2')).json.bagian[0].pertanyaan[3]).toMatchObject({ teks: POSKO, jenis: 'ya-tidak' });

  // The router copies the new version down to every kecamatan; Pomalaa's supervisor answers it offline.
  await expect.poll(async () => (await admin('GET', 'slrt-kec-740107/kuesioner:7401:slrt-triwulanan-v2')).status, { timeout: 30_000 }).toBe(200);
  const supervisor = await browser.newPage();
  await logIn(supervisor, 'supervisor.pomalaa');
  await expect(supervisor).toHaveURL(/\/antrean$/);
  await waitForServiceWorker(supervisor);
  await supervisor.goto('/sinkronisasi');
  await expectSynced(supervisor, 'slrt-kec-740107');
  await supervisor.goto('/monitoring/isi');
  const form = supervisor.getByTestId('form-monitoring');
  await expect(form).toContainText('Versi 2');
  await supervisor.context().setOffline(true);
  await expect(supervisor.getByTestId('sync-online')).toHaveText('Luring');
  await form.getByRole('group', { name: /terlaksana sesuai rencana/ }).getByLabel('Ya').check();
  await form.getByLabel(/^Jumlah hari Puskesos/).fill('50');
  await isiJawabanBawaan(form, '4');
  await form.getByRole('group', { name: /posko pengaduan keliling/ }).getByLabel('Ya').check();
  await form.getByRole('button', { name: 'Simpan jawaban' }).click();
  await expect(supervisor.getByTestId('pesan-monitoring')).toContainText('Tersimpan di perangkat');
  await supervisor.context().setOffline(false);
  await expect(supervisor.getByTestId('sync-pending')).toHaveText('0 menunggu dikirim', { timeout: 30_000 });
  const [dikirim] = await monitoringDi('slrt-kec-740107');
  expect(dikirim.doc).toMatchObject({ kuesionerId: 'kuesioner:7401:slrt-triwulanan-v2', jawaban: { 'apakah-ada-posko-pengaduan-keliling': true } });
  await supervisor.context().close();

  await expect.poll(async () => (await monitoringDi('slrt-kab-7401')).map((r) => r.id), { timeout: 30_000 }).toContain(dikirim.id);
  await adminKab.goto('/monitoring');
  const ringkasan = adminKab.getByTestId('ringkasan-kuesioner');
  await expect(ringkasan.getByTestId('jumlah-menjawab')).toHaveText('2 dari 13 unit sudah menjawab');
  await expect(ringkasan.getByRole('row', { name: /posko pengaduan keliling/ })).toContainText('1');
  // Wundulako's answer on version 1 still counts for the questions both versions ask.
  await expect(ringkasan.getByRole('row', { name: /Jumlah keluhan yang diterima/ })).toContainText('21');
});
