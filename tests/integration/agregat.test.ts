/**
 * The rollup on the real embedded server: a known dataset written into two kecamatan of
 * Kolaka that the demo leaves empty, moved by the router, rolled up; the aggregate documents
 * checked against a direct count of the documents, their suppression, and what the province
 * reads through `/db` against what the district reads.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { AgregatDoc } from '../../app/lib/domain/agregat';
import { bacaDariView, sumberAgregat } from '../../app/lib/domain/agregat-sumber';
import { bulanDari, type FilterDasbor } from '../../app/lib/domain/dasbor';
import { kueriDasbor, tabelDari } from '../../app/lib/domain/dasbor-kueri';
import { FIGUR_STOK, geserBulan, sumberDistrik, VIEW_STOK, type StokDoc } from '../../app/lib/domain/dasbor-stok';
import type { Profil } from '../../app/lib/domain/household';
import { ringkasanKebutuhan } from '../../app/lib/domain/kebutuhan';
import { wilayahOf } from '../../app/lib/domain/wilayah';
import { makeKebutuhan, makeKeluhan, makeKepesertaan } from '../../app/lib/test-data/event-factory';
import { couchAdmin } from '../../couch/router/couch-admin';
import { rollup, STATUS_REKAP, tanyaAdmin, viewPath } from '../../couch/rollup/rollup';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';
import { logInAs, tanyaSebagai } from '../harness/http';
import { waitFor } from '../harness/wait';

const url = inject('slrtUrl');
const couch = couchAdmin(inject('couchAdminUrl'));

const WOLO = '74.01.10.1001';
const DONGGALA = '74.01.10.2002';
const IWOIMENDAA = '74.01.12.2001';
const L: Profil = { jenisKelamin: 'L', disabilitas: false };
const P: Profil = { jenisKelamin: 'P', disabilitas: false };

const kali = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);
const di = (desa: string, createdAt: string, profil: Profil) => ({ wilayah: wilayahOf(desa), createdAt, profil });
const JANUARI = '2024-01-15T08:00:00.000Z';
const FEBRUARI = '2024-02-15T08:00:00.000Z';

const MARET = '2024-03-15T08:00:00.000Z';
const perluPipIwoimendaa = kali(30, () => makeKebutuhan({ programId: 'pip-kemendikbud', ...di(IWOIMENDAA, FEBRUARI, P) }));

const dataset = [
  ...kali(7, () => makeKepesertaan({ programId: 'pkh', ...di(WOLO, JANUARI, L) })),
  ...kali(3, () => makeKepesertaan({ programId: 'pkh', ...di(WOLO, JANUARI, P) })),
  ...kali(6, () => makeKepesertaan({ programId: 'pkh', ...di(DONGGALA, FEBRUARI, P) })),
  ...kali(12, () => makeKepesertaan({ programId: 'bpnt', ...di(DONGGALA, JANUARI, L) })),
  ...kali(2, () => makeKebutuhan({ programId: 'pip-kemendikbud', ...di(WOLO, FEBRUARI, L) })),
  ...kali(9, () => makeKebutuhan({ programId: 'pip-kemendikbud', ...di(WOLO, FEBRUARI, P) })),
  ...kali(20, () => makeKebutuhan({ programId: 'pip-kemendikbud', ...di(IWOIMENDAA, FEBRUARI, L) })),
  ...perluPipIwoimendaa,
  // Six of those needs met in March: the children now receive PIP.
  ...perluPipIwoimendaa
    .slice(0, 6)
    .map((k) => makeKepesertaan({ programId: 'pip-kemendikbud', ...di(IWOIMENDAA, MARET, P), memenuhi: [ringkasanKebutuhan(k)] })),
  ...kali(5, () => makeKeluhan({ kategori: 'kepesertaan', programId: 'pkh', ...di(WOLO, JANUARI, L) })),
  makeKeluhan({ kategori: 'non-kepesertaan', programId: 'pkh', ...di(DONGGALA, FEBRUARI, P) })
];

async function agregat(figur: string, bulan: string): Promise<AgregatDoc> {
  return couch.json<AgregatDoc>(`/slrt-agregat/agregat:7401:${figur}:${bulan}`);
}

/** Participation records of a kecamatan straight from its database, by programme, up to the end of a month. */
async function hitungLangsung(db: string, type: string, sampai: string, kunci: (doc: Record<string, unknown>) => string) {
  const range = new URLSearchParams({ startkey: JSON.stringify(`${type}:`), endkey: JSON.stringify(`${type}:\ufff0`), include_docs: 'true' });
  const { rows } = await couch.json<{ rows: { doc: Record<string, unknown> }[] }>(`/${db}/_all_docs?${range}`);
  const counts: Record<string, number> = {};
  for (const { doc } of rows) {
    if (String(doc.createdAt).slice(0, 7) > sampai) continue;
    counts[kunci(doc)] = (counts[kunci(doc)] ?? 0) + 1;
  }
  return counts;
}

describe('the rollup of a kabupaten into slrt-agregat', () => {
  beforeAll(async () => {
    // The server's own first rollup has run: ours is not raced by it.
    await waitFor(() => couch.json(`/slrt-agregat/${STATUS_REKAP}`), 60_000);
    for (const db of ['slrt-kec-740110', 'slrt-kec-740112']) {
      const docs = dataset.filter((d) => `slrt-kec-${d.wilayah.kecamatan?.replaceAll('.', '')}` === db);
      await couch.json(`/${db}/_bulk_docs`, { method: 'POST', body: JSON.stringify({ docs }) });
    }
    // The router moves them to the kabupaten; the rollup reads the kabupaten's view.
    const kab = tanyaAdmin(couch, 'slrt-kab-7401');
    const { view, options } = kueriDasbor('pemutakhiran', { wilayah: '74.01', dari: '2024-01', sampai: '2024-03' });
    await waitFor(async () => {
      const rows = await kab(view, options);
      const n = rows.filter((r) => ['74.01.10', '74.01.12'].includes((r.key as string[])[3])).reduce((t, r) => t + (r.value as number), 0);
      return n === dataset.length ? n : null;
    }, 30_000);
    const report = await rollup({ couchUrl: inject('couchAdminUrl'), kabupaten: ['74.01'] });
    expect(report.gagal).toEqual([]);
    expect(report.ditulis).toBeGreaterThan(0);
  }, 120_000);

  it('stores participation at the end of each month as counted straight from the documents', async () => {
    for (const bulan of ['2024-01', '2024-02', '2024-03']) {
      const langsung = await hitungLangsung('slrt-kec-740110', 'kepesertaan', bulan, (d) => String(d.programId));
      const tabel = (await agregat('kepesertaan', bulan)).tabel.find((t) => !t.programId && !t.rincian);
      const baris = tabel?.baris.indexOf('74.01.10') ?? -1;
      // A programme only another kecamatan has shows as 0 here; the direct count does not list it.
      const disimpan = Object.fromEntries((tabel?.kolom ?? []).map((k, j) => [k, tabel?.nilai[baris][j]]).filter(([, n]) => n !== 0));
      expect(disimpan).toEqual(langsung);
    }
    expect((await agregat('kepesertaan', '2024-02')).tabel[0]).toMatchObject({ baris: ['74.01.10'], kolom: ['bpnt', 'pkh'], nilai: [[12, 16]], jumlah: [12, 16] });
  });

  it('counts complaints within their month, by category', async () => {
    const januari = (await agregat('keluhan', '2024-01')).tabel[0];
    expect(januari).toEqual({ baris: ['74.01.10'], kolom: ['kepesertaan', 'non-kepesertaan'], nilai: [[5, 0]], jumlah: [5, 0] });
    const langsung = await hitungLangsung('slrt-kec-740110', 'keluhan', '2024-01', (d) => String(d.kategori));
    expect(langsung).toEqual({ kepesertaan: 5 });
  });

  it('suppresses a small cell and its partners, keeping the totals', async () => {
    const tabel = (await agregat('kebutuhan', '2024-02')).tabel.find((t) => t.programId === 'pip-kemendikbud' && t.rincian === 'jenis-kelamin');
    // Wolo: L 2 (small), P 9; Iwoimendaa: L 20, P 30. The 2 hides the 9 and the 20; the 9 the 30.
    expect(tabel).toEqual({
      programId: 'pip-kemendikbud',
      rincian: 'jenis-kelamin',
      baris: ['74.01.10', '74.01.12'],
      kolom: ['L', 'P'],
      nilai: [[null, null], [null, null]],
      jumlah: [22, 39]
    });
    const jenisKelamin = (d: Record<string, unknown>) => (d.profil as Profil).jenisKelamin;
    expect(await hitungLangsung('slrt-kec-740110', 'kebutuhan', '2024-02', jenisKelamin)).toEqual({ L: 2, P: 9 });
    expect(await hitungLangsung('slrt-kec-740112', 'kebutuhan', '2024-02', jenisKelamin)).toEqual({ L: 20, P: 30 });
  });

  it('stores service gaps: needs recorded up to the month, less those met', async () => {
    const tabelBulan = async (bulan: string) => (await agregat('kesenjangan', bulan)).tabel.find((t) => t.programId === 'pip-kemendikbud' && !t.rincian);
    expect(await tabelBulan('2024-02')).toMatchObject({ baris: ['74.01.10', '74.01.12'], nilai: [[11], [50]], jumlah: [61] });
    expect(await tabelBulan('2024-03')).toMatchObject({ baris: ['74.01.10', '74.01.12'], nilai: [[11], [44]], jumlah: [55] });
    const perlu = await hitungLangsung('slrt-kec-740112', 'kebutuhan', '2024-03', (d) => String(d.programId));
    const dipenuhi = await hitungLangsung('slrt-kec-740112', 'kepesertaan', '2024-03', (d) => String((d.memenuhi as unknown[] | undefined)?.length ?? 0));
    expect(perlu['pip-kemendikbud'] - dipenuhi['1']).toBe(44);
  });

  it('writes nothing on a second run with nothing new', async () => {
    const again = await rollup({ couchUrl: inject('couchAdminUrl'), kabupaten: ['74.01'] });
    expect(again.ditulis).toBe(0);
    expect(again.tetap).toBeGreaterThan(0);
  });

  it('lets the province and the programmes’ agencies read it through /db and see the district’s numbers; the district manager may not read it', async () => {
    const provinsi = await logInAs(url, 'provinsi.sultra', DEMO_PASSWORD);
    const manajer = await logInAs(url, 'manajer.kolaka', DEMO_PASSWORD);
    const nasional = await logInAs(url, 'nasional', DEMO_PASSWORD);
    const filter: FilterDasbor = { wilayah: '74.01', dari: '2024-01', sampai: '2024-02' };

    const diProvinsi = await sumberAgregat(bacaDariView(tanyaSebagai(provinsi, 'slrt-agregat'))).muat('kepesertaan', filter);
    const diDistrik = await sumberDistrik(tanyaSebagai(manajer, 'slrt-kab-7401')).muat('kepesertaan', filter);
    expect(diProvinsi).toEqual(diDistrik);
    expect(diProvinsi).toEqual({ baris: ['74.01.10'], kolom: ['bpnt', 'pkh'], nilai: [[12, 16]], jumlah: [12, 16] });

    const sulawesiTenggara = await sumberAgregat(bacaDariView(tanyaSebagai(nasional, 'slrt-agregat'))).muat('kepesertaan', { ...filter, wilayah: '74' });
    expect(sulawesiTenggara).toEqual({ baris: ['74.01'], kolom: ['bpnt', 'pkh'], nilai: [[12, 16]], jumlah: [12, 16] });

    // A programme's agency reads its district's figures from the aggregates, never the district's records.
    const pengelola = await logInAs(url, 'pengelola.pkh.kolaka', DEMO_PASSWORD);
    expect(await sumberAgregat(bacaDariView(tanyaSebagai(pengelola, 'slrt-agregat'))).muat('kepesertaan', filter)).toEqual(diDistrik);
    expect([401, 403]).toContain((await pengelola.request('GET', '/slrt-kab-7401/_all_docs?limit=1')).status);
    expect((await pengelola.request('PUT', '/slrt-agregat/agregat:7401:usulan:2024-01', { type: 'agregat' })).status).toBe(403);

    // Not a member: the embedded server answers 401, Apache CouchDB 403.
    expect([401, 403]).toContain((await manajer.request('GET', viewPath('slrt-agregat', 'dasbor/tabel', {}))).status);
    expect((await provinsi.request('PUT', '/slrt-agregat/agregat:7401:usulan:2024-01', { type: 'agregat' })).status).toBe(403);
  });

  it('keeps the district’s stocks up to last month in its kabupaten database: the same numbers as the whole history, and a new record counts at once', async () => {
    const manajer = await logInAs(url, 'manajer.kolaka', DEMO_PASSWORD);
    const tanya = tanyaSebagai(manajer, 'slrt-kab-7401');
    const bulanIni = bulanDari(new Date().toISOString());
    for (const figur of FIGUR_STOK) expect((await couch.json<StokDoc>(`/slrt-kab-7401/stok:7401:${figur}`)).bulan).toBe(geserBulan(bulanIni, -1));
    // The manager reads the snapshot's rows through dasbor/stok: the demo's households, by kecamatan.
    const stok = await tanya(VIEW_STOK, { startkey: ['anggota', '74.01'], endkey: ['anggota', '74.01', {}] });
    expect(new Set(stok.map((r) => (r.key as string[])[3]))).toEqual(new Set(['74.01.01', '74.01.07']));
    /** What the district read before the snapshots: every month of the view. */
    const seluruh = async (figur: (typeof FIGUR_STOK)[number], filter: FilterDasbor) => {
      const { view, options } = kueriDasbor(figur, filter);
      return tabelDari(figur, filter, await tanya(view, options));
    };
    const filters: FilterDasbor[] = ['74.01', '74.01.12', IWOIMENDAA, '74.01.01'].map((wilayah) => ({ wilayah, dari: geserBulan(bulanIni, -11), sampai: bulanIni }));
    filters.push({ wilayah: '74.01', dari: '2024-01', sampai: '2024-02', rincian: 'jenis-kelamin' }, { ...filters[0], programId: 'pip-kemendikbud', rincian: 'disabilitas' });
    for (const figur of FIGUR_STOK) for (const filter of filters) expect(await sumberDistrik(tanya).muat(figur, filter)).toEqual(await seluruh(figur, filter));

    const perluPip = async () => {
      const t = await sumberDistrik(tanya).muat('kebutuhan', { wilayah: IWOIMENDAA, dari: bulanIni, sampai: bulanIni, programId: 'pip-kemendikbud' });
      return t.jumlah?.[0];
    };
    const sebelum = await perluPip();
    const baru = makeKebutuhan({ programId: 'pip-kemendikbud', ...di(IWOIMENDAA, new Date().toISOString(), L) });
    await couch.json('/slrt-kec-740112', { method: 'POST', body: JSON.stringify(baru) });
    expect(await waitFor(async () => ((await perluPip()) === (sebelum as number) + 1 ? true : null), 30_000)).toBe(true);
  }, 120_000);
});
