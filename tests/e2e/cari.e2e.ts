/**
 * The registry search and the household page, offline, in the browser against the project's
 * server with the demo district: a facilitator lands on /cari, waits for the first sync, loses
 * the network, finds a household by a member's NIK and by name, and opens it. The household is
 * picked on the server as admin: one with a complaint, so a case and its tracking code show.
 * Run after `npx vite build`.
 */
import { expect, test } from '@playwright/test';
import { wilayahOf } from '../../app/lib/domain/wilayah';
import { makeAnggota, makeRumahtangga } from '../../app/lib/test-data/household-factory';
import { admin, logInTo, waitForServiceWorker, WUNDULAKO_DB } from './support';

interface Anggota {
  nik: string;
  nama: string;
  hubungan: string;
}
interface Rumahtangga {
  _id: string;
  noKK: string;
  wilayah: { desa: string };
  alamat: { rt: string; rw: string };
  anggota: Anggota[];
}

async function adminGet<T>(path: string): Promise<T> {
  const response = await admin('GET', `${WUNDULAKO_DB}/${path}`);
  expect(response.status).toBe(200);
  return response.json as T;
}

const byPrefix = (type: string, extra = '') =>
  `_all_docs?startkey=${encodeURIComponent(JSON.stringify(`${type}:`))}&endkey=${encodeURIComponent(JSON.stringify(`${type}:\ufff0`))}${extra}`;

/** A household of Wundulako with more than one member and a complaint, and that complaint. */
async function householdWithComplaint(): Promise<{ rt: Rumahtangga; kodeLacak: string }> {
  const keluhan = await adminGet<{ rows: { doc: { rumahtanggaId?: string; kodeLacak: string } }[] }>(byPrefix('keluhan', '&include_docs=true'));
  for (const { doc } of keluhan.rows) {
    if (!doc.rumahtanggaId) continue;
    const rt = await adminGet<Rumahtangga>(encodeURIComponent(doc.rumahtanggaId));
    if (rt.anggota.length > 1) return { rt, kodeLacak: doc.kodeLacak };
  }
  throw new Error('no household with a complaint and several members in the demo district');
}

test('offline, a facilitator finds a household by a member’s NIK and by name, and sees its members and cases', async ({ page }) => {
  test.setTimeout(150_000);
  const { rt, kodeLacak } = await householdWithComplaint();
  const households = (await adminGet<{ rows: unknown[] }>(byPrefix('rumahtangga'))).rows.length;
  const usulan = await adminGet<{ rows: { doc: { jenis: string } }[] }>(byPrefix('usulan', '&include_docs=true'));
  const prelists = usulan.rows.filter((r) => r.doc.jenis === 'prelist').length;
  const kepala = rt.anggota.find((a) => a.hubungan === 'kepala') as Anggota;
  const anggota = rt.anggota.find((a) => a.hubungan !== 'kepala') as Anggota;

  await logInTo(page, 'fasilitator.wundulako', '/cari');
  await expect(page.getByTestId('sync-status')).toHaveText('Tersinkron', { timeout: 60_000 });
  const angka = new Intl.NumberFormat('id-ID');
  // Households proposed on pre-lists are searchable too, and counted apart.
  const siap = `${angka.format(households)} rumah tangga${prelists > 0 ? ` dan ${angka.format(prelists)} usulan pre-list` : ''} di perangkat ini siap dicari`;
  await expect(page.getByTestId('cari-siap')).toContainText(siap, { timeout: 30_000 });
  // The household page's code must come from the service worker once the network is gone.
  await waitForServiceWorker(page);

  await page.context().setOffline(true);
  await expect(page.getByTestId('sync-online')).toHaveText('Luring');
  const kotak = page.getByLabel('NIK, No. KK atau nama');

  // A member's NIK (not the head's), as it is read off a card: with spaces.
  await kotak.fill(anggota.nik.replace(/(\d{4})(?=\d)/g, '$1 '));
  await expect(page.getByTestId('cari-jumlah')).toHaveText('1 rumah tangga ditemukan');
  const hasil = page.getByTestId('hasil-cari');
  await expect(hasil).toHaveAttribute('data-id', rt._id);
  await expect(hasil).toContainText(`Kepala: ${kepala.nama}`);
  await expect(hasil).toContainText(`NIK milik ${anggota.nama}`);

  // A number still being typed is not guessed at.
  await kotak.fill(anggota.nik.slice(0, 9));
  await expect(page.getByTestId('cari-status')).toContainText('yang diketik baru 9 digit');

  // The head's name, words swapped and the first one cut short, in lower case, within the desa.
  const [first, ...rest] = kepala.nama.split(' ');
  await page.getByLabel('Desa/kelurahan').selectOption(rt.wilayah.desa);
  await kotak.fill(`${rest.join(' ').toLowerCase()} ${first.slice(0, 3).toLowerCase()}`.trim());
  await expect(page.locator(`[data-testid="hasil-cari"][data-id="${rt._id}"]`)).toBeVisible();
  await kotak.fill('zzzqx');
  await expect(page.getByTestId('cari-tidak-ada')).toBeVisible();

  // Enter opens the only household found, still offline.
  await kotak.fill(rt.noKK);
  await kotak.press('Enter');
  await expect(page).toHaveURL((url) => decodeURIComponent(url.pathname) === `/rumahtangga/${rt._id}`);
  await expect(page.getByRole('heading', { name: `Rumah tangga ${kepala.nama}` })).toBeVisible();
  const tabel = page.getByTestId('anggota');
  for (const a of rt.anggota) await expect(tabel).toContainText(a.nama);
  await expect(tabel).toContainText(`${anggota.nik.slice(0, 6)}••••••${anggota.nik.slice(12)}`);
  await expect(page.getByTestId('no-kk')).toHaveText(rt.noKK);
  await expect(page.getByTestId('kode-lacak').filter({ hasText: kodeLacak })).toHaveText(`Kode lacak: ${kodeLacak}`);
  const mulai = await page.getByRole('link', { name: 'Mulai kunjungan' }).getAttribute('href');
  expect(decodeURIComponent(mulai ?? '')).toBe(`/rumahtangga/${rt._id}/kunjungan`);

  // Back to the search: the index is not built again and the last search is still there.
  await page.getByRole('link', { name: 'Kembali ke pencarian' }).click();
  await expect(kotak).toHaveValue(rt.noKK);
  await expect(page.getByTestId('hasil-cari')).toHaveAttribute('data-id', rt._id);

  // From the household, the information given to it is recorded with the household linked.
  await kotak.press('Enter');
  await page.getByRole('link', { name: 'Catat informasi yang diberikan' }).click();
  await expect(page).toHaveURL(/\/meja\/informasi\?rumahtangga=/);
  await expect(page.getByTestId('informasi-rumahtangga')).toContainText(kepala.nama);
});

test('a district desk searches the server’s registry views without downloading the district', async ({ page }) => {
  test.setTimeout(150_000);
  const { rt } = await householdWithComplaint();
  const kepala = rt.anggota.find((a) => a.hubungan === 'kepala') as Anggota;
  const anggota = rt.anggota.find((a) => a.hubungan !== 'kepala') as Anggota;
  const views: string[] = [];
  page.on('request', (request) => {
    const match = /\/db\/(slrt-[^/]+)\/_design\/registri\/_view\/([a-z-]+)/.exec(request.url());
    if (match) views.push(`${match[1]} ${match[2]}`);
  });

  // The district secretariat's front office starts at its walk-in desk.
  await logInTo(page, 'frontoffice.kolaka', '/meja');
  await page.getByRole('link', { name: 'Cari rumah tangga' }).click();
  await expect(page.getByTestId('cari-siap')).toHaveText('Pencarian langsung di server kabupaten.');

  const kotak = page.getByLabel('NIK, No. KK atau nama');
  await kotak.fill(anggota.nik);
  // The server builds its views at their first query after provisioning: give it time.
  await expect(page.getByTestId('hasil-cari')).toHaveAttribute('data-id', rt._id, { timeout: 60_000 });
  await expect(page.getByTestId('hasil-cari')).toContainText(`NIK milik ${anggota.nama}`);
  await page.getByLabel('Desa/kelurahan').fill(rt.wilayah.desa.replaceAll('.', ''));
  await kotak.fill(kepala.nama.toLowerCase());
  await expect(page.locator(`[data-testid="hasil-cari"][data-id="${rt._id}"]`)).toBeVisible({ timeout: 60_000 });
  expect(views).toContain('slrt-kab-7401 nik');
  expect(views).toContain('slrt-kab-7401 nama');
  expect(await page.evaluate(async () => (await indexedDB.databases()).filter((d) => d.name?.includes('slrt-kab')))).toEqual([]);

  // A name the district holds more of than one server read: said in words, with how to narrow it.
  const [rw, lain] = [rt.alamat.rw, rt.alamat.rw === '099' ? '098' : '099'];
  const banyak = await banyakBernama('Batasuji', rt.wilayah.desa, lain, { rw, nama: 'Batasuji Dicari' });
  try {
    await page.getByLabel('Desa/kelurahan').fill('');
    await kotak.fill('batasuji');
    await expect(page.getByTestId('cari-sebagian')).toContainText('mungkin belum lengkap', { timeout: 60_000 });
    await expect(page.locator(`[data-testid="hasil-cari"][data-id="${banyak.dicari}"]`)).toHaveCount(0);
    // Narrowed to the desa and the RW, the search is whole again and finds it.
    await page.getByLabel('Desa/kelurahan').fill(rt.wilayah.desa.replaceAll('.', ''));
    await page.getByLabel('RW', { exact: true }).fill(rw);
    await expect(page.locator(`[data-testid="hasil-cari"][data-id="${banyak.dicari}"]`)).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('cari-sebagian')).toHaveCount(0);
  } finally {
    await banyak.hapus();
  }
});

/**
 * 301 households of one name in the district database, in RW `rw` of `desa`, and one more (the
 * last of that name in the view) in RW `dicari.rw`; written straight to the kabupaten database,
 * which sends households to no device, and removed afterwards.
 */
async function banyakBernama(kata: string, desa: string, rw: string, dicari: { rw: string; nama: string }) {
  const compact = desa.replaceAll('.', '');
  const docs = Array.from({ length: 302 }, (_, i) => {
    const terakhir = i === 301;
    const rumahtangga = makeRumahtangga({
      wilayah: wilayahOf(desa),
      alamat: { rt: '001', rw: terakhir ? dicari.rw : rw },
      anggota: [makeAnggota({ nama: terakhir ? dicari.nama : `${kata} ${i}` })]
    });
    return { ...rumahtangga, _id: `rumahtangga:${compact}:${kata.toUpperCase()}${terakhir ? 'ZZZ' : String(i).padStart(3, '0')}` };
  });
  const simpan = await admin('POST', 'slrt-kab-7401/_bulk_docs', { docs });
  expect((simpan.json as unknown as { ok?: boolean }[]).every((r) => r.ok)).toBe(true);
  const revs = new Map((simpan.json as unknown as { id: string; rev: string }[]).map((r) => [r.id, r.rev]));
  return {
    dicari: docs[301]._id,
    hapus: async () => {
      await admin('POST', 'slrt-kab-7401/_bulk_docs', { docs: docs.map((d) => ({ _id: d._id, _rev: revs.get(d._id), _deleted: true })) });
    }
  };
}
