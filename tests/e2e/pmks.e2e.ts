/**
 * The PMKS/PSKS data center (source 004): back office records a PMKS person linked to a
 * registry household and finds them counted in their desa with their sex and age group, then
 * exports the table; the manager renames a PMKS type and the data center shows the new name.
 * Run after `npx vite build`.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { admin, logInTo } from './support';

interface Anggota {
  nama: string;
  nik: string;
  jenisKelamin: 'L' | 'P';
  tanggalLahir: string;
}
interface Household {
  _id: string;
  wilayah: { desa: string };
  anggota: Anggota[];
}

/**
 * A registry household of Wundulako in the district database, and one of its members. Right
 * after the server starts the router may still be copying the demo up from the kecamatan.
 */
async function rumahtanggaContoh(): Promise<{ rt: Household; a: Anggota }> {
  const range = `startkey=${encodeURIComponent('"rumahtangga:740101"')}&endkey=${encodeURIComponent('"rumahtangga:740101\ufff0"')}`;
  let rt: Household | undefined;
  await expect
    .poll(async () => {
      const rows = (await admin('GET', `slrt-kab-7401/_all_docs?${range}&include_docs=true&limit=20`)).json.rows as { doc: Household }[];
      rt = rows.map((r) => r.doc).find((d) => d.anggota.length > 1);
      return rt !== undefined;
    }, { timeout: 60_000 })
    .toBe(true);
  return { rt: rt as Household, a: (rt as Household).anggota[1] };
}

/** Completed years on today's date (the data center counts ages on the day it is opened). */
function umurHariIni(lahir: string): number {
  const now = new Date();
  const [y, m, d] = lahir.split('-').map(Number);
  const belum = now.getMonth() + 1 < m || (now.getMonth() + 1 === m && now.getDate() < d);
  return now.getFullYear() - y - (belum ? 1 : 0);
}
const KOLOM_UMUR = (u: number) => (u < 18 ? '0–17 tahun' : u < 60 ? '18–59 tahun' : '60 tahun ke atas');
const KOLOM_KELAMIN = { L: 'Laki-laki', P: 'Perempuan' } as const;

/** The number in a figure's table at the row headed `baris` and the column headed `kolom` (0 if absent). */
async function sel(figur: Locator, baris: string, kolom: string): Promise<number> {
  const tabel = figur.getByRole('table');
  if ((await tabel.count()) === 0) return 0;
  const kepala = await tabel.getByRole('columnheader').allTextContents();
  const j = kepala.indexOf(kolom);
  const row = tabel.getByRole('row').filter({ has: figur.page().getByRole('rowheader', { name: baris, exact: true }) });
  if (j < 0 || (await row.count()) === 0) return 0;
  const teks = await row.locator('th, td').nth(j).textContent();
  return Number((teks ?? '0').replace(/\D/g, ''));
}

async function bukaPusatData(page: Page, desa: string): Promise<void> {
  await page.goto(`/pmks/pusat-data?wilayah=${desa}`);
  // The first query builds the view over the whole district database.
  await expect(page.getByTestId('total-pmks')).toBeVisible({ timeout: 90_000 });
}

test('back office records a PMKS person of a registry household; the data center counts them in their desa by sex and age, and exports', async ({ page }) => {
  const { rt, a } = await rumahtanggaContoh();
  const kelompok = KOLOM_UMUR(umurHariIni(a.tanggalLahir));
  const kelamin = KOLOM_KELAMIN[a.jenisKelamin];
  await logInTo(page, 'backoffice.kolaka', '/rujukan');

  await bukaPusatData(page, rt.wilayah.desa);
  const perKelamin = page.getByTestId('figur-pmks-jenis-kelamin');
  const perUmur = page.getByTestId('figur-pmks-jenis-umur');
  const sebelum = { kelamin: await sel(perKelamin, 'Korban Tindak Kekerasan', kelamin), umur: await sel(perUmur, 'Korban Tindak Kekerasan', kelompok) };

  await page.getByTestId('pengguna').click();
  await page.getByRole('link', { name: 'Data PMKS', exact: true }).click();
  await page.getByRole('link', { name: 'Catat PMKS' }).click();
  await page.getByLabel('Jenis PMKS').selectOption({ label: 'Korban Tindak Kekerasan' });
  await page.getByLabel('Cari rumah tangga').fill(a.nik);
  await page.getByRole('button', { name: 'Cari rumah tangga' }).click();
  await page.getByTestId('hasil-rumahtangga').getByRole('button').first().click();
  await expect(page.getByTestId('rumahtangga-terhubung')).toContainText(rt._id);
  await page.getByRole('button', { name: `Pilih ${a.nama}` }).click();
  await expect(page.getByLabel('Nama (orang atau kelompok)')).toHaveValue(a.nama);
  await expect(page.getByLabel('NIK (tidak wajib)')).toHaveValue(a.nik);
  await expect(page.getByLabel('Desa', { exact: true })).toHaveValue(rt.wilayah.desa);
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('pmks-tersimpan')).toBeVisible();
  await expect(page).toHaveURL(/\/pmks\/pmks%3A|\/pmks\/pmks:/);

  const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
  const saved = (await admin('GET', `slrt-kab-7401/${encodeURIComponent(id)}`)).json;
  expect(saved).toMatchObject({ type: 'pmks', jenisPmks: 'korban-tindak-kekerasan', rumahtanggaId: rt._id, nik: a.nik, jenisKelamin: a.jenisKelamin, tanggalLahir: a.tanggalLahir });

  await bukaPusatData(page, rt.wilayah.desa);
  await expect.poll(() => sel(perKelamin, 'Korban Tindak Kekerasan', kelamin)).toBe(sebelum.kelamin + 1);
  expect(await sel(perUmur, 'Korban Tindak Kekerasan', kelompok)).toBe(sebelum.umur + 1);

  const [xlsx] = await Promise.all([page.waitForEvent('download'), perKelamin.getByRole('button', { name: 'Unduh XLSX' }).click()]);
  expect((await readFile(await xlsx.path())).subarray(0, 2).toString('latin1')).toBe('PK');
  const [csv] = await Promise.all([page.waitForEvent('download'), perKelamin.getByRole('button', { name: 'Unduh CSV' }).click()]);
  expect(await readFile(await csv.path(), 'utf8')).toContain('Korban Tindak Kekerasan');
});

test('the manager renames a PMKS type and the data center shows the new name', async ({ page }) => {
  await logInTo(page, 'manajer.kolaka', '/rujukan');
  await page.goto('/pmks/jenis');
  await page.getByRole('button', { name: 'Ubah Lanjut Usia Terlantar' }).click();
  await page.getByLabel('Nama', { exact: true }).fill('Lanjut Usia Terlantar (Lansia)');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('katalog-jenis-pmks')).toContainText('Lanjut Usia Terlantar (Lansia)');
  expect((await admin('GET', 'slrt-kab-7401/jenispmks:7401:lanjut-usia-terlantar')).json).toMatchObject({ nama: 'Lanjut Usia Terlantar (Lansia)', updatedBy: 'manajer.kolaka' });

  await page.goto('/pmks/pusat-data');
  await expect(page.getByTestId('total-pmks')).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId('figur-pmks-jenis-kelamin').getByRole('rowheader', { name: 'Lanjut Usia Terlantar (Lansia)' })).toBeVisible();
});
