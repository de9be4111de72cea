/**
 * The programme manager's inbox: `pengelola.pkh.kolaka` lands on /kotak-masuk, sees a PKH
 * referral made in the kabupaten arrive, opens it (the household consented: who they are is
 * shown), accepts it, then resolves it with a response; both responses are tindaklanjut events
 * of the referral in the inbox and, through the router, in the kabupaten. A referral without
 * consent shows no identity, and a decision refused for want of a connection is said next to
 * the form with what was typed kept. Run after `npx vite build`.
 */
import { expect, test, type Page } from '@playwright/test';
import { newDocId } from '../../app/lib/domain/ids';
import { wilayahOf } from '../../app/lib/domain/wilayah';
import { admin, logInTo } from './support';

const INBOX = 'slrt-rujukan-7401-pkh';
const KABUPATEN = 'slrt-kab-7401';
const DESA = '74.01.01.1002';

/**
 * A PKH referral as the district manager makes it (isiRujukan), written in the kabupaten
 * database; returns once the router has brought it into the PKH inbox.
 */
async function rujukanMasuk(persetujuan: boolean, uraian: string): Promise<string> {
  const now = new Date();
  const doc = {
    _id: newDocId('rujukan', DESA, now.getTime()),
    type: 'rujukan',
    schema: 1,
    wilayah: wilayahOf(DESA),
    createdBy: 'manajer.kolaka',
    createdAt: now.toISOString(),
    kasusId: newDocId('keluhan', DESA, now.getTime() - 86_400_000),
    programId: 'pkh',
    tujuan: 'kemensos-jsk',
    namaTujuan: 'Direktorat Jaminan Sosial Keluarga',
    kanal: 'langsung',
    catatan: 'Mohon ditindaklanjuti',
    perihal: { jenis: 'keluhan', kategori: 'non-kepesertaan', uraian },
    persetujuanBerbagiData: persetujuan,
    ...(persetujuan ? { pemohon: { nama: 'Wa Ode Sitti', nik: '7401014101900001', telepon: '081234567890', alamat: 'RT 001/RW 002' } } : {})
  };
  const res = await admin('PUT', `${KABUPATEN}/${encodeURIComponent(doc._id)}`, doc);
  expect(res.status).toBe(201);
  await expect.poll(async () => (await admin('GET', `${INBOX}/${encodeURIComponent(doc._id)}`)).status, { timeout: 30_000 }).toBe(200);
  return doc._id;
}

async function tanggapanDi(rujukanId: string, db = INBOX): Promise<{ hasil: string; tanggapan: string; createdBy: string; wilayah: unknown }[]> {
  const query = `startkey=${encodeURIComponent('"tindaklanjut:"')}&endkey=${encodeURIComponent('"tindaklanjut:\ufff0"')}&include_docs=true`;
  const rows = (await admin('GET', `${db}/_all_docs?${query}`)).json.rows as { doc: { rujukanId: string; createdAt: string } & Record<string, any> }[];
  return rows.map((r) => r.doc).filter((d) => d.rujukanId === rujukanId).sort((a, b) => a.createdAt.localeCompare(b.createdAt)) as never;
}

async function bukaRujukan(page: Page, bagian: string, id: string): Promise<void> {
  await page.goto('/kotak-masuk');
  const row = page.getByTestId(`bagian-${bagian}`).locator(`[data-id="${id}"]`);
  await expect(row).toBeVisible();
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rujukan');
}

async function putuskan(page: Page, keputusan: string, tanggapan?: string): Promise<void> {
  await page.getByRole('radio', { name: keputusan, exact: true }).check();
  if (tanggapan !== undefined) await page.locator('#tanggapan').fill(tanggapan);
  await page.getByRole('button', { name: 'Simpan keputusan' }).click();
}

test('the PKH manager accepts a referral, then resolves it with a response', async ({ page }) => {
  await logInTo(page, 'pengelola.pkh.kolaka', '/kotak-masuk');
  await expect(page.getByTestId('bagian-baru')).toBeVisible();
  // A referral the router brings while the inbox is open shows up without a reload.
  const uraian = `Bantuan PKH tahap ini belum diterima ${Date.now()}`;
  const id = await rujukanMasuk(true, uraian);
  const row = page.getByTestId('bagian-baru').locator(`[data-id="${id}"]`);
  await expect(row).toContainText('Belum ada');
  await row.getByRole('link').click();
  await expect(page.getByTestId('uraian-rujukan')).toHaveText(uraian);
  await expect(page.getByTestId('pemohon-nama')).toHaveText('Wa Ode Sitti');
  await expect(page.getByTestId('pemohon')).toContainText('7401014101900001');

  await putuskan(page, 'Terima');
  await expect(page.getByTestId('keputusan-tersimpan')).toBeVisible();
  await expect(page.getByTestId('riwayat-kasus')).toContainText('Diterima oleh pengelola program');
  await expect(page.getByRole('radio', { name: 'Terima', exact: true })).toHaveCount(0);

  await putuskan(page, 'Selesai');
  await expect(page.getByText('Tanggapan untuk rumah tangga wajib diisi')).toBeVisible();
  await page.locator('#tanggapan').fill('Bantuan tahap ini sudah dicairkan ke rekening KKS');
  await page.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(page.getByTestId('rujukan-tertutup')).toHaveText('Rujukan ini sudah selesai ditangani.');
  await expect(page.getByTestId('riwayat-kasus')).toContainText('Bantuan tahap ini sudah dicairkan ke rekening KKS');

  const tanggapan = await tanggapanDi(id);
  expect(tanggapan.map((t) => t.hasil)).toEqual(['diterima', 'selesai']);
  expect(tanggapan[1]).toMatchObject({ createdBy: 'pengelola.pkh.kolaka', tanggapan: 'Bantuan tahap ini sudah dicairkan ke rekening KKS', wilayah: wilayahOf(DESA) });
  // The router takes the answers back to the secretariat.
  await expect.poll(async () => (await tanggapanDi(id, KABUPATEN)).map((t) => t.hasil), { timeout: 30_000 }).toEqual(['diterima', 'selesai']);

  await page.getByRole('link', { name: /Kembali ke kotak masuk/ }).click();
  await expect(page.getByTestId('bagian-selesai').locator(`[data-id="${id}"]`)).toContainText('Selesai');

  // The account page leads back to the inbox and to no registry screen.
  await page.getByTestId('pengguna').click();
  await expect(page.getByRole('link', { name: 'Kotak masuk rujukan' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Cari rumah tangga' })).toHaveCount(0);
  await page.goto('/cari');
  await expect(page.getByText('Pencarian registri tidak tersedia untuk peran Anda.')).toBeVisible();
});

test('a referral without consent shows no identity; a decision that cannot reach the server keeps what was typed', async ({ page, context }) => {
  const id = await rujukanMasuk(false, `Pendamping PKH meminta potongan ${Date.now()}`);

  await logInTo(page, 'pengelola.pkh.kolaka', '/kotak-masuk');
  await bukaRujukan(page, 'baru', id);
  await expect(page.getByTestId('tanpa-persetujuan')).toHaveText(
    'Rumah tangga tidak memberi persetujuan berbagi data: hanya informasi tanpa identitas'
  );
  await expect(page.getByTestId('pemohon-nama')).toHaveCount(0);
  await expect(page.getByTestId('pemohon')).not.toContainText('Wa Ode Sitti');

  await context.setOffline(true);
  await putuskan(page, 'Minta informasi tambahan', 'Nama pendamping dan tanggal kejadian');
  await expect(page.getByTestId('keputusan-gagal')).toContainText('Server tidak dapat dihubungi');
  await expect(page.locator('#tanggapan')).toHaveValue('Nama pendamping dan tanggal kejadian');
  expect(await tanggapanDi(id)).toEqual([]);

  await context.setOffline(false);
  await page.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(page.getByTestId('rujukan-tertutup')).toHaveText('Menunggu sekretariat SLRT melengkapi informasi dan merujuk kembali.');
  expect((await tanggapanDi(id)).map((t) => t.hasil)).toEqual(['perlu-informasi']);
});
