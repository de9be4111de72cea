/**
 * The district secretariat at work on the demo district (issue 5): the manager's referral board,
 * a referral with one click to the destination the routing table proposes, a case handled
 * directly by back office, and a closed case reopened by an appeal — each checked on the server
 * in the kabupaten database. Run after `npx vite build`.
 */
import { expect, test, type Page } from '@playwright/test';
import { statusKasus, type Peristiwa } from '../../app/lib/domain/antrean';
import type { Langkah, StatusKasus } from '../../app/lib/domain/case-state';
import { admin, logInTo } from './support';

const KAB_DB = 'slrt-kab-7401';

interface Kasus {
  _id: string;
  type: 'keluhan' | 'kebutuhan';
  programId: string;
  kategori?: string;
  persetujuanBerbagiData?: boolean;
  status: StatusKasus;
}

/** Every complaint and need of the district with its status, as the server's views give it now. */
async function kasusDiServer(): Promise<Kasus[]> {
  const openers: Omit<Kasus, 'status'>[] = [];
  const peristiwa: Peristiwa[] = [];
  for (const type of ['keluhan', 'kebutuhan']) {
    const docs = await admin('GET', `${KAB_DB}/_all_docs?include_docs=true&startkey="${type}:"&endkey="${type}:\ufff0"`);
    openers.push(...(docs.json.rows as { doc: Omit<Kasus, 'status'> }[]).map((r) => r.doc));
    const range = encodeURIComponent(JSON.stringify([`${type}:`])) + '&endkey=' + encodeURIComponent(JSON.stringify([`${type}:\ufff0`]));
    const rows = (await admin('GET', `${KAB_DB}/_design/kasus/_view/peristiwa?startkey=${range}`)).json.rows as {
      id: string;
      key: [string, string];
      value: { type: string };
    }[];
    for (const r of rows) {
      const pembuka = r.value.type === type;
      peristiwa.push({ id: r.id, kasusId: r.key[0], createdAt: r.key[1], type: r.value.type, ...(pembuka ? {} : { langkah: r.value as Langkah }) });
    }
  }
  const status = statusKasus(peristiwa);
  return openers.map((o) => ({ ...o, status: status.get(o._id) ?? 'diajukan' }));
}

async function peristiwaKasus(kasusId: string): Promise<Record<string, any>[]> {
  const range = `startkey=${encodeURIComponent(JSON.stringify([kasusId]))}&endkey=${encodeURIComponent(JSON.stringify([kasusId, {}]))}`;
  const rows = (await admin('GET', `${KAB_DB}/_design/kasus/_view/peristiwa?${range}&include_docs=true`)).json.rows as { doc: Record<string, any> }[];
  return rows.map((r) => r.doc);
}

// The first query of a view on a freshly loaded district builds its index on the server: done
// here once, so no step of a test waits on it.
test.beforeAll(async () => {
  for (const view of ['antrean/_view/pengajuan', 'kasus/_view/peristiwa']) {
    expect((await admin('GET', `${KAB_DB}/_design/${view}?limit=1`)).status).toBe(200);
  }
});

async function bukaKasus(page: Page, kasusId: string): Promise<void> {
  await page.goto(`/kasus/${encodeURIComponent(kasusId)}`);
  await expect(page.getByTestId('status-kasus')).toBeVisible();
}

/**
 * A complaint the supervisor approved, as the facilitator's and the supervisor's sync would bring
 * it to the district. The demo district at test size (300 households) holds PKH complaints of
 * the kepesertaan kind only, and its kepesertaan complaints already have their proposals, so the
 * tests add the cases they need.
 */
async function keluhanDisetujui(isi: { kategori: string; programId: string; uraian: string; rumahtangga?: { _id: string; wilayah: object } }) {
  const unik = `E2E${Date.now().toString(36).toUpperCase()}`;
  const wilayah = isi.rumahtangga?.wilayah ?? { provinsi: '74', kabupaten: '74.01', kecamatan: '74.01.01', desa: '74.01.01.1002' };
  const desa = ((wilayah as { desa: string }).desa).replaceAll('.', '');
  const keluhan = {
    _id: `keluhan:${desa}:${unik}`,
    type: 'keluhan',
    schema: 1,
    wilayah,
    createdBy: 'fasilitator.wundulako',
    createdAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    kodeLacak: `7401-E2EK-${String(Date.now()).slice(-4)}`,
    ...(isi.rumahtangga ? { rumahtanggaId: isi.rumahtangga._id } : {}),
    kategori: isi.kategori,
    programId: isi.programId,
    kanal: 'kunjungan',
    uraian: isi.uraian,
    pelapor: { nama: 'Wa Ode Sitti', telepon: '081234567890' },
    persetujuanBerbagiData: true
  };
  const review = {
    _id: `review:${desa}:${unik}`,
    type: 'review',
    schema: 1,
    wilayah,
    createdBy: 'supervisor.wundulako',
    createdAt: new Date(Date.now() - 86_400_000).toISOString(),
    kasusId: keluhan._id,
    tahap: 'supervisor',
    keputusan: 'setuju'
  };
  expect((await admin('POST', `${KAB_DB}/_bulk_docs`, { docs: [keluhan, review] })).status).toBe(201);
  return keluhan;
}

test('the manager lands on the board, filters by programme and refers a PKH complaint with one click', async ({ page }) => {
  const kasus = await keluhanDisetujui({ kategori: 'non-kepesertaan', programId: 'pkh', uraian: 'Pendamping PKH memotong bantuan tahap ini' });
  const id = kasus._id;

  await logInTo(page, 'manajer.kolaka', '/rujukan');
  await expect(page.getByRole('heading', { name: 'Papan rujukan' })).toBeVisible();
  await expect(page.getByTestId('baris-kasus').first()).toBeVisible();
  await page.getByLabel('Program', { exact: true }).selectOption('pkh');
  const baris = page.getByTestId('baris-kasus');
  await expect(baris.filter({ hasNotText: 'Program Keluarga Harapan' })).toHaveCount(0);
  await page.getByLabel('Status', { exact: true }).selectOption('disetujui-supervisor');
  const barisKasus = page.locator(`[data-testid="baris-kasus"][data-id="${id}"]`);
  await expect(barisKasus).toContainText('Disetujui supervisor');
  await barisKasus.getByRole('link').click();

  await expect(page).toHaveURL(new RegExp(`/kasus/${id}$`));
  await expect(page.getByTestId('status-kasus')).toHaveText('Disetujui supervisor');
  await expect(page.getByTestId('kategori')).toHaveText('non-kepesertaan');
  await expect(page.getByTestId('identitas')).toHaveText(kasus.persetujuanBerbagiData ? /dengan identitas/ : /tanpa identitas \(tidak ada persetujuan\)/);
  await page.getByRole('button', { name: /^Rujuk ke Direktorat Jaminan Sosial Keluarga/ }).click();
  await expect(page.getByTestId('status-kasus')).toHaveText('Dirujuk');
  await expect(page.getByTestId('riwayat-kasus')).toContainText('Dirujuk ke Direktorat Jaminan Sosial Keluarga');

  const rujukan = (await peristiwaKasus(id)).filter((d) => d.type === 'rujukan');
  expect(rujukan).toHaveLength(1);
  expect(rujukan[0]).toMatchObject({
    kasusId: id,
    programId: 'pkh',
    tujuan: 'kemensos-jsk',
    kanal: 'langsung',
    createdBy: 'manajer.kolaka',
    persetujuanBerbagiData: kasus.persetujuanBerbagiData,
    perihal: { jenis: 'keluhan', kategori: 'non-kepesertaan' }
  });
  expect('pemohon' in rujukan[0]).toBe(kasus.persetujuanBerbagiData);

  // Back on the board, the case now waits on the programme.
  await page.getByRole('link', { name: /Papan rujukan/ }).click();
  await page.getByLabel('Status', { exact: true }).selectOption('dirujuk');
  await expect(page.locator(`[data-testid="baris-kasus"][data-id="${id}"]`)).toContainText('Menunggu pengelola program');
});

test('back office may not refer, but handles a case directly with a response', async ({ page }) => {
  const kasus = (await kasusDiServer()).find((k) => k.status === 'disetujui-manajer');
  expect(kasus).toBeDefined();

  await logInTo(page, 'backoffice.kolaka', '/rujukan');
  await bukaKasus(page, kasus!._id);
  await expect(page.getByTestId('aksi-rujuk')).toContainText('Hanya manajer SLRT yang dapat merujuk kasus.');
  for (const tombol of await page.getByTestId('aksi-rujuk').getByRole('button').all()) await expect(tombol).toBeDisabled();

  await page.getByRole('button', { name: 'Simpan: ditangani langsung' }).click();
  await expect(page.getByText('Tanggapan wajib diisi')).toBeVisible();
  await page.getByLabel('Tanggapan kepada rumah tangga').fill('Pendamping desa sudah menyelesaikan masalahnya bersama keluarga');
  await page.getByRole('button', { name: 'Simpan: ditangani langsung' }).click();
  await expect(page.getByTestId('status-kasus')).toHaveText('Ditangani langsung');

  const tindaklanjut = (await peristiwaKasus(kasus!._id)).filter((d) => d.type === 'tindaklanjut');
  expect(tindaklanjut.at(-1)).toMatchObject({
    hasil: 'ditangani-langsung',
    createdBy: 'backoffice.kolaka',
    tanggapan: 'Pendamping desa sudah menyelesaikan masalahnya bersama keluarga'
  });
});

test('a closed case is reopened with a reason and goes back to the supervisor, keeping its history', async ({ page }) => {
  const kasus = (await kasusDiServer()).find((k) => k.status === 'selesai');
  expect(kasus).toBeDefined();

  await logInTo(page, 'manajer.kolaka', '/rujukan');
  await bukaKasus(page, kasus!._id);
  await expect(page.getByTestId('status-kasus')).toHaveText('Selesai');
  await page.getByLabel('Alasan banding').fill('Bantuan yang dijanjikan belum diterima rumah tangga');
  await page.getByRole('button', { name: 'Buka kembali kasus' }).click();
  await expect(page.getByTestId('status-kasus')).toHaveText('Diajukan');
  const riwayat = page.getByTestId('riwayat-kasus');
  await expect(riwayat).toContainText('Selesai ditangani');
  await expect(riwayat).toContainText('Banding diajukan: kasus dibuka kembali');

  const banding = (await peristiwaKasus(kasus!._id)).filter((d) => d.type === 'banding');
  expect(banding).toEqual([expect.objectContaining({ alasan: 'Bantuan yang dijanjikan belum diterima rumah tangga', createdBy: 'manajer.kolaka' })]);
});

test('the manager accepts a registry proposal for the SIKS-NG export, and sends another back with a note', async ({ page }) => {
  await logInTo(page, 'manajer.kolaka', '/rujukan');
  await page.getByRole('link', { name: 'Pembaruan data registri' }).click();
  await expect(page).toHaveURL(/\/rujukan\/pembaruan-data$/);
  const usulan = page.getByTestId('usulan-menunggu');
  await expect(usulan.nth(1)).toBeVisible();
  const [diterima, dikembalikan] = [await usulan.nth(0).getAttribute('data-id'), await usulan.nth(1).getAttribute('data-id')];

  await usulan.nth(0).getByRole('button', { name: 'Terima usulan' }).click();
  await expect(usulan.nth(0)).toContainText('Diterima: menunggu ekspor SIKS-NG.');
  const kedua = page.locator(`[data-testid="usulan-menunggu"][data-id="${dikembalikan}"]`);
  await kedua.getByRole('button', { name: 'Kembalikan ke fasilitator' }).click();
  await expect(kedua).toContainText('Catatan wajib diisi bila usulan dikembalikan atau ditolak');
  await kedua.getByLabel('Catatan (wajib bila dikembalikan)').fill('Foto KK tidak terbaca');
  await kedua.getByRole('button', { name: 'Kembalikan ke fasilitator' }).click();
  await expect(kedua).toContainText('Dikembalikan ke fasilitator.');

  const keputusan = async (id: string) => (await peristiwaKasus(id)).filter((d) => d.type === 'review' && d.tahap === 'manajer');
  expect(await keputusan(diterima!)).toEqual([expect.objectContaining({ keputusan: 'setuju', createdBy: 'manajer.kolaka' })]);
  expect(await keputusan(dikembalikan!)).toEqual([expect.objectContaining({ keputusan: 'kembalikan', catatan: 'Foto KK tidak terbaca' })]);
});

test('a kepesertaan complaint opens the registry proposal it implies, linked to it', async ({ page }) => {
  const rt = ((await admin('GET', `${KAB_DB}/_all_docs?include_docs=true&limit=1&startkey="rumahtangga:"&endkey="rumahtangga:\ufff0"`)).json.rows as { doc: { _id: string; wilayah: object } }[])[0].doc;
  const denganRt = await keluhanDisetujui({ kategori: 'kepesertaan', programId: 'pkh', uraian: 'Keluarga lansia belum menerima PKH', rumahtangga: rt });
  const tanpaRt = await keluhanDisetujui({ kategori: 'kepesertaan', programId: 'bpnt', uraian: 'Tidak terdaftar BPNT' });

  await logInTo(page, 'manajer.kolaka', '/rujukan');
  await bukaKasus(page, denganRt._id);
  await expect(page.getByTestId('ringkasan-rumahtangga')).toBeVisible();
  const usulan = page.getByTestId('usulan-registri');
  await usulan.getByLabel('Isian').fill('desil');
  await usulan.getByLabel('Sebelum').fill('5');
  await usulan.getByLabel('Sesudah').fill('2');
  await usulan.getByRole('button', { name: 'Simpan usulan perubahan data' }).click();
  await expect(usulan.getByTestId('usulan-terkait')).toContainText('Perubahan data');
  await expect(usulan.getByRole('button', { name: 'Simpan usulan perubahan data' })).toHaveCount(0);
  const disimpan = ((await admin('GET', `${KAB_DB}/_all_docs?include_docs=true&startkey="usulan:"&endkey="usulan:\ufff0"`)).json.rows as { doc: Record<string, any> }[])
    .map((r) => r.doc)
    .filter((d) => d.kasusTerkait === denganRt._id);
  expect(disimpan).toEqual([
    expect.objectContaining({ jenis: 'perubahan-data', rumahtanggaId: rt._id, perubahan: [{ field: 'desil', sebelum: '5', sesudah: '2' }], createdBy: 'manajer.kolaka' })
  ]);

  await bukaKasus(page, tanpaRt._id);
  await page.getByRole('link', { name: 'Buat usulan pre-list dari keluhan ini' }).click();
  await expect(page).toHaveURL(/\/prelist\/baru\?keluhan=/);
  await expect(page.getByTestId('keluhan-terkait')).toContainText(tanpaRt._id);
  await expect(page.getByLabel('Kode desa/kelurahan')).toHaveValue('7401011002');
});
