/**
 * The dashboards. The district manager answers "how many households in Pomalaa need PIP and do
 * not receive it, by sex" from the district dashboard — open Pomalaa, choose the programme and
 * the breakdown: the needs and the service gap (needs not met) — and exports the table; the
 * monthly report comes down as a PDF; after the rollup, the province and the PKH agency see the
 * same totals for Kolaka, from numbers only. Run after
 * `npx vite build`.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { kebutuhanTerbuka } from '../../app/lib/domain/kesenjangan';
import { rollup } from '../../couch/rollup/rollup';
import { admin, logInTo, serverUrl } from './support';

const POMALAA_DB = 'slrt-kec-740107';
const PIP = 'pip-kemendikbud';
const BULAN_INI = new Date().toISOString().slice(0, 7);
/** Everything recorded so far: the demo district's records reach back years. */
const SELURUHNYA = `dari=2000-01&sampai=${BULAN_INI}`;

async function awalBerkas(download: Download, n: number): Promise<string> {
  return (await readFile(await download.path())).subarray(0, n).toString('latin1');
}

const angka = (n: number) => n.toLocaleString('id-ID');

/** PIP needs recorded in Pomalaa (of one age group), counted from the documents themselves. */
async function kebutuhanPipPomalaa(kelompokUmur?: string): Promise<number> {
  const rows = (await admin('GET', `${POMALAA_DB}/_all_docs?include_docs=true&startkey="kebutuhan:"&endkey="kebutuhan:\ufff0"`)).json
    .rows as { doc: { programId: string; profil?: { kelompokUmur?: string } } }[];
  return rows.filter((r) => r.doc.programId === PIP && (!kelompokUmur || r.doc.profil?.kelompokUmur === kelompokUmur)).length;
}

/** PIP needs of Pomalaa not met, counted from the documents themselves under the one rule (kebutuhanTerbuka). */
async function kesenjanganPipPomalaa(): Promise<number> {
  const semua = async (type: string) =>
    (await admin('GET', `${POMALAA_DB}/_all_docs?include_docs=true&startkey="${type}:"&endkey="${type}:\ufff0"`)).json.rows.map(
      (r: { doc: Record<string, unknown> }) => r.doc
    );
  const kebutuhan = (await semua('kebutuhan')).filter((k: { programId: string }) => k.programId === PIP);
  return kebutuhanTerbuka(kebutuhan, await semua('kepesertaan'), await semua('tindaklanjut')).length;
}

async function totalAnggota(page: Page, baris?: string): Promise<string> {
  const figur = page.getByTestId('figur-anggota');
  await expect(figur.getByRole('table')).toBeVisible({ timeout: 30_000 });
  if (!baris) return (await page.getByTestId('total-anggota').textContent()) ?? '';
  return (await figur.getByRole('row').filter({ hasText: baris }).getByRole('cell').last().textContent()) ?? '';
}

test('a district manager opens Pomalaa, splits PIP needs by sex and exports the table', async ({ page }) => {
  await logInTo(page, 'manajer.kolaka', '/rujukan');
  await page.getByTestId('pengguna').click();
  await page.getByRole('link', { name: 'Dasbor' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dasbor Kabupaten Kolaka');
  await page.goto(`/dasbor?${SELURUHNYA}`);

  const kebutuhan = page.getByTestId('figur-kebutuhan');
  await kebutuhan.getByRole('link', { name: 'Pomalaa' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dasbor Pomalaa');
  await expect(page.getByRole('navigation', { name: 'Wilayah yang dilihat' })).toContainText('Kabupaten Kolaka');
  await page.getByLabel('Program', { exact: true }).selectOption(PIP);
  await page.getByLabel('Rinci menurut').selectOption('jenis-kelamin');
  await expect(page).toHaveURL(/wilayah=74\.01\.07.*program=pip-kemendikbud.*rincian=jenis-kelamin/);

  const tabel = kebutuhan.getByRole('table');
  // Each choice asks the server again; a cold view can take a while on a loaded machine.
  await expect(tabel.getByRole('columnheader', { name: 'Laki-laki' })).toBeVisible({ timeout: 30_000 });
  await expect(tabel.getByRole('columnheader', { name: 'Perempuan' })).toBeVisible();
  await expect(page.getByTestId('total-kebutuhan')).toHaveText(angka(await kebutuhanPipPomalaa()));
  // The gap: those needs less the ones the programme accepted or a participation met.
  const kesenjangan = await kesenjanganPipPomalaa();
  expect(kesenjangan).toBeLessThan(await kebutuhanPipPomalaa());
  await expect(page.getByTestId('figur-kesenjangan').getByRole('columnheader', { name: 'Perempuan' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('total-kesenjangan')).toHaveText(angka(kesenjangan));

  const [xlsx] = await Promise.all([page.waitForEvent('download'), kebutuhan.getByRole('button', { name: 'Unduh XLSX' }).click()]);
  expect(xlsx.suggestedFilename()).toBe('kebutuhan-program.xlsx');
  expect(await awalBerkas(xlsx, 2)).toBe('PK');

  // Only school-age children: the figure says so in its title, and its export carries it.
  const anak = await kebutuhanPipPomalaa('anak');
  expect(anak).toBeGreaterThan(0);
  await page.getByLabel('Kelompok umur', { exact: true }).selectOption('anak');
  await expect(page).toHaveURL(/umur=anak/);
  await expect(kebutuhan.getByRole('heading', { name: 'Kebutuhan program — Umur 6–17 tahun' })).toBeVisible();
  await expect(page.getByTestId('total-kebutuhan')).toHaveText(angka(anak), { timeout: 30_000 });
  const [csv] = await Promise.all([page.waitForEvent('download'), kebutuhan.getByRole('button', { name: 'Unduh CSV' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^kebutuhan-program-umur-6-17-tahun\.csv$/);
  expect((await readFile(await csv.path(), 'utf8')).trim().split('\n').at(-1)).toMatch(new RegExp(`,${anak}$`));
  await page.getByLabel('Kelompok umur', { exact: true }).selectOption('');

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh laporan PDF' }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/^laporan-bulanan-slrt-pomalaa-\d{4}-\d{2}\.pdf$/);
  expect(await awalBerkas(pdf, 5)).toBe('%PDF-');
  await expect(page.getByTestId('laporan-pesan')).toHaveText('Laporan sudah diunduh.');
});

test('the province and a programme agency see the same totals for Kolaka as the district, and no further than kecamatan', async ({ browser }) => {
  const couchUrl = serverUrl('/db').replace('http://', 'http://admin:test-admin-password@');
  await rollup({ couchUrl });

  const distrik = await browser.newPage();
  await logInTo(distrik, 'manajer.kolaka', '/rujukan');
  await distrik.goto(`/dasbor?${SELURUHNYA}`);
  const jumlahDistrik = await totalAnggota(distrik);
  expect(jumlahDistrik).toMatch(/^[\d.]+$/);
  // Days to resolution: the district's cases closed, with median and 90th percentile; the province has no such figure.
  const penyelesaian = distrik.getByTestId('figur-penyelesaian');
  await expect(penyelesaian.getByRole('columnheader', { name: 'Median, hari' })).toBeVisible();
  const ditutup = (await admin('GET', `slrt-kab-7401/_all_docs?include_docs=true&startkey="tindaklanjut:"&endkey="tindaklanjut:\ufff0"`)).json.rows.filter(
    (r: { doc: { hariSejakDibuka?: number } }) => typeof r.doc.hariSejakDibuka === 'number'
  ).length;
  expect(ditutup).toBeGreaterThan(0);
  await expect(distrik.getByTestId('total-penyelesaian')).toHaveText(angka(ditutup));
  // Referrals past target, from the referral board's lines: the district sees it, the province does not.
  await expect(distrik.getByTestId('figur-lewat-target').getByRole('heading', { name: /Rujukan lewat target/ })).toBeVisible();

  const provinsi = await browser.newPage();
  await logInTo(provinsi, 'provinsi.sultra', '/dasbor');
  await expect(provinsi.getByRole('heading', { level: 1 })).toHaveText('Dasbor Sulawesi Tenggara');
  await provinsi.goto(`/dasbor?${SELURUHNYA}`);
  expect(await totalAnggota(provinsi, 'Kabupaten Kolaka')).toBe(jumlahDistrik);
  await expect(provinsi.getByTestId('figur-penyelesaian')).toHaveCount(0);
  await expect(provinsi.getByTestId('figur-lewat-target')).toHaveCount(0);

  await provinsi.getByTestId('figur-anggota').getByRole('link', { name: 'Kabupaten Kolaka' }).click();
  await expect(provinsi.getByRole('heading', { level: 1 })).toHaveText('Dasbor Kabupaten Kolaka');
  expect(await totalAnggota(provinsi)).toBe(jumlahDistrik);
  // Aggregates go down to kecamatan: a kecamatan's row opens nothing further.
  await provinsi.getByTestId('figur-anggota').getByRole('link', { name: 'Pomalaa' }).click();
  await expect(provinsi.getByTestId('figur-anggota').getByRole('link')).toHaveCount(0);

  // A programme's agency sees its district's figures from the same aggregates, read-only.
  const agensi = await browser.newPage();
  await logInTo(agensi, 'pengelola.pkh.kolaka', '/kotak-masuk');
  await agensi.getByTestId('pengguna').click();
  await agensi.getByRole('link', { name: 'Dasbor' }).click();
  await expect(agensi.getByRole('heading', { level: 1 })).toHaveText('Dasbor Kabupaten Kolaka');
  await expect(agensi.getByText('Angka agregat tanpa data pribadi')).toBeVisible();
  await agensi.goto(`/dasbor?${SELURUHNYA}`);
  expect(await totalAnggota(agensi)).toBe(jumlahDistrik);
});
