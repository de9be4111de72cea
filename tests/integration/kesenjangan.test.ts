/**
 * A need met twice counts once, on the real embedded server: PIP needs written into a kecamatan
 * of Kolaka no other suite writes into, half of them met by a participation and then accepted by
 * the programme too (the agency never sees participations), carried by the router to the
 * kabupaten database and rolled up. The district's gap, its stock snapshot and the province's
 * aggregates are checked against a direct count of the documents under the one rule
 * (kebutuhanTerbuka); then the suite removes its documents and rolls up again.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sumberAgregat, bacaDariView } from '../../app/lib/domain/agregat-sumber';
import { sumberDistrik } from '../../app/lib/domain/dasbor-stok';
import { ringkasanKebutuhan, type Kebutuhan } from '../../app/lib/domain/kebutuhan';
import { koreksiDocId, type KoreksiDoc } from '../../app/lib/domain/kesenjangan-koreksi';
import { kebutuhanTerbuka } from '../../app/lib/domain/kesenjangan';
import { isiRujukan } from '../../app/lib/domain/rujukan';
import { wilayahOf } from '../../app/lib/domain/wilayah';
import { makeKebutuhan, makeKepesertaan, makeRujukan, makeTindaklanjut } from '../../app/lib/test-data/event-factory';
import { couchAdmin } from '../../couch/router/couch-admin';
import { rollup, STATUS_REKAP, tanyaAdmin } from '../../couch/rollup/rollup';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';
import { logInAs, tanyaSebagai } from '../harness/http';
import { waitFor } from '../harness/wait';

const url = inject('slrtUrl');
const couch = couchAdmin(inject('couchAdminUrl'));

const DESA = '74.01.14.1001';
const KEC = '74.01.14';
const KEC_DB = '/slrt-kec-740114';
const PIP = 'pip-kemendikbud';
const P = { jenisKelamin: 'P' as const, disabilitas: false, kelompokUmur: 'anak' as const };
const di = (createdAt: string) => ({ wilayah: wilayahOf(DESA), createdAt });

/** 12 PIP needs in March 2022; the first 6 met by a participation in April and accepted by PIP in May. */
const kebutuhan = Array.from({ length: 12 }, (_, i) =>
  makeKebutuhan({ programId: PIP, profil: P, rumahtanggaId: `rumahtangga:7401141001:KSJ${String(i).padStart(4, '0')}`, ...di('2022-03-10T08:00:00.000Z') })
);
const duaJalan = kebutuhan.slice(0, 6);
const kepesertaan = duaJalan.map((k) =>
  makeKepesertaan({ programId: PIP, profil: P, rumahtanggaId: k.rumahtanggaId, memenuhi: [ringkasanKebutuhan(k)], ...di('2022-04-10T08:00:00.000Z') })
);
const tindaklanjut = duaJalan.map((k) => {
  const t = makeTindaklanjut(makeRujukan(k, isiRujukan(k)), { hasil: 'diterima', pemenuhan: { ...ringkasanKebutuhan(k), arah: 'terpenuhi' }, ...di('2022-05-10T08:00:00.000Z') });
  // The factory names a case event after its kecamatan: this one's.
  return { ...t, _id: t._id.replace(/:\d{6}:/, ':740114:') };
});
const dataset = [...kebutuhan, ...kepesertaan, ...tindaklanjut];

const peristiwaSuite = (kab: ReturnType<typeof tanyaAdmin>) =>
  Promise.all(kebutuhan.map((k) => kab('kesenjangan/peristiwa', { startkey: [k._id], endkey: [k._id, {}] }))).then((r) => r.flat());

/** PIP needs of the kabupaten open at the end of `bulan`, counted straight from its documents under the one rule. */
async function terbukaLangsung(bulan: string): Promise<number> {
  const semua = async (type: string) => {
    const range = new URLSearchParams({ startkey: JSON.stringify(`${type}:`), endkey: JSON.stringify(`${type}:\ufff0`), include_docs: 'true' });
    const { rows } = await couch.json<{ rows: { doc: { createdAt: string } & Record<string, unknown> }[] }>(`/slrt-kab-7401/_all_docs?${range}`);
    return rows.map((r) => r.doc).filter((d) => d.createdAt.slice(0, 7) <= bulan);
  };
  const butuh = (await semua('kebutuhan')).filter((d) => d.programId === PIP) as unknown as Kebutuhan[];
  return kebutuhanTerbuka(butuh, (await semua('kepesertaan')) as never, (await semua('tindaklanjut')) as never).length;
}

describe('a need met by a participation and by a referral’s outcome, rolled up', () => {
  beforeAll(async () => {
    await waitFor(() => couch.json(`/slrt-agregat/${STATUS_REKAP}`), 60_000);
    await couch.json(`${KEC_DB}/_bulk_docs`, { method: 'POST', body: JSON.stringify({ docs: dataset }) });
    const kab = tanyaAdmin(couch, 'slrt-kab-7401');
    await waitFor(async () => ((await peristiwaSuite(kab)).length === dataset.length ? true : null), 30_000);
    expect((await rollup({ couchUrl: inject('couchAdminUrl'), kabupaten: ['74.01'] })).gagal).toEqual([]);
  }, 120_000);

  // The kabupaten's rollup is shared with the other suites: removed, carried away, rolled up again.
  afterAll(async () => {
    const { rows } = await couch.json<{ rows: { id: string; value?: { rev: string } }[] }>(
      `${KEC_DB}/_all_docs?keys=${encodeURIComponent(JSON.stringify(dataset.map((d) => d._id)))}`
    );
    const hapus = rows.flatMap((r) => (r.value ? [{ _id: r.id, _rev: r.value.rev, _deleted: true }] : []));
    await couch.json(`${KEC_DB}/_bulk_docs`, { method: 'POST', body: JSON.stringify({ docs: hapus }) });
    const kab = tanyaAdmin(couch, 'slrt-kab-7401');
    await waitFor(async () => ((await peristiwaSuite(kab)).length === 0 ? true : null), 30_000);
    expect((await rollup({ couchUrl: inject('couchAdminUrl'), kabupaten: ['74.01'] })).gagal).toEqual([]);
  }, 120_000);

  it('writes one correction per need met twice, numbers and codes only', async () => {
    const koreksi = await couch.json<KoreksiDoc>(`/slrt-kab-7401/${koreksiDocId('74.01')}`);
    expect(koreksi.baris.filter((b) => b.kecamatan === KEC)).toEqual([{ bulan: '2022-05', kecamatan: KEC, desa: DESA, programId: PIP, profil: P, n: 6 }]);
  });

  it('gives the district its needs met once: 12 needs, 6 met, 6 open in May as in April', async () => {
    const manajer = await logInAs(url, 'manajer.kolaka', DEMO_PASSWORD);
    const distrik = sumberDistrik(tanyaSebagai(manajer, 'slrt-kab-7401'));
    const di = (figur: 'kebutuhan' | 'kesenjangan', bulan: string) => distrik.muat(figur, { wilayah: KEC, dari: bulan, sampai: bulan, programId: PIP });
    expect((await di('kebutuhan', '2022-05')).nilai).toEqual([[12]]);
    for (const bulan of ['2022-04', '2022-05', '2022-06']) expect((await di('kesenjangan', bulan)).nilai).toEqual([[6]]);
    // The whole kabupaten, against the documents themselves.
    const kabupaten = await distrik.muat('kesenjangan', { wilayah: '74.01', dari: '2022-05', sampai: '2022-05', programId: PIP });
    expect(kabupaten.jumlah).toEqual([await terbukaLangsung('2022-05')]);
  });

  it('gives the province the same, from the aggregates', async () => {
    const provinsi = await logInAs(url, 'provinsi.sultra', DEMO_PASSWORD);
    const agregat = sumberAgregat(bacaDariView(tanyaSebagai(provinsi, 'slrt-agregat')));
    const tabel = await agregat.muat('kesenjangan', { wilayah: '74', dari: '2022-05', sampai: '2022-05', programId: PIP });
    expect(tabel.nilai[tabel.baris.indexOf('74.01')]).toEqual([await terbukaLangsung('2022-05')]);
  });
});
