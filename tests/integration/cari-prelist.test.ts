/**
 * Pre-lists in the remote registry search: a district desk that searches the server (`/cari`
 * without the kecamatan on the device) finds a household proposed on a pre-list by a member's
 * NIK, the No. KK and a name, marked as pre-list — through the real server's `registri` views and
 * the app's own search (`cariDiServer`). Only those who read the proposals read them there.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';
import type { UserStore, ViewOptions } from '../../app/lib/db/user-store';
import { newDocId } from '../../app/lib/domain/ids';
import { newKodeLacak } from '../../app/lib/domain/kode-lacak';
import { wilayahOf } from '../../app/lib/domain/wilayah';
import type { HasilPencarian } from '../../app/lib/search/registri-index';
import { cariDiServer } from '../../app/lib/services/registri.service';
import { makeUsulan } from '../../app/lib/test-data/event-factory';
import { logInAs, type UserClient } from '../harness/http';
import { waitFor } from '../harness/wait';

const url = inject('slrtUrl');
const KAB = 'slrt-kab-7401';
const HARI = '2026-01-15';

/**
 * The one call of the data port `cariDiServer` makes, answered by the server over HTTP as this
 * user — the same query the browser's remote store sends through `/db`.
 */
function viewsOf(client: UserClient, db: string): UserStore {
  const queryView = async (view: string, options: ViewOptions = {}) => {
    const [ddoc, name] = view.split('/');
    const query = new URLSearchParams(Object.entries(options).map(([k, v]) => [k, JSON.stringify(v)]));
    const res = await client.request('GET', `/${db}/_design/${ddoc}/_view/${name}?${query}`);
    if (res.status !== 200) throw new Error(`${client.name}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.rows;
  };
  return { queryView } as unknown as UserStore;
}

const ids = (h: HasilPencarian) => (h.jenis === 'hasil' ? h.hasil.map((x) => [x.id, x.sumber, x.statusRegistri]) : h);

describe('a pre-list in the server’s registry search', () => {
  const unik = String(Date.now()).slice(-4);
  // Pomalaa (740107): a woman born 12-08-1990 (12 + 40), and her family card.
  const nik = `740107520890${unik}`;
  const noKK = `740107010720${unik}`;
  const nama = `Wa Ode Prelistuji${unik}`;
  const usulan = makeUsulan('prelist', {
    _id: newDocId('usulan', '74.01.07.2001'),
    wilayah: wilayahOf('74.01.07.2001'),
    createdBy: 'fasilitator.pomalaa',
    kodeLacak: newKodeLacak('74.01')
  });
  if (usulan.jenis !== 'prelist') throw new Error('expected a pre-list');
  usulan.rumahtangga = {
    ...usulan.rumahtangga,
    noKK,
    anggota: [{ ...usulan.rumahtangga.anggota[0], nik, nama, hubungan: 'kepala', jenisKelamin: 'P', tanggalLahir: '1990-08-12' }]
  };

  let fasilitatorPomalaa: UserClient;
  let sekretariat: UserClient;
  let fasilitatorWundulako: UserClient;
  beforeAll(async () => {
    [fasilitatorPomalaa, sekretariat, fasilitatorWundulako] = await Promise.all([
      logInAs(url, 'fasilitator.pomalaa', DEMO_PASSWORD),
      logInAs(url, 'frontoffice.kolaka', DEMO_PASSWORD),
      logInAs(url, 'fasilitator.wundulako', DEMO_PASSWORD)
    ]);
    const saved = await fasilitatorPomalaa.request('PUT', `/slrt-kec-740107/${encodeURIComponent(usulan._id)}`, usulan);
    expect(saved.status).toBe(201);
    // The router carries it up to the kabupaten database the secretariat searches.
    await waitFor(async () => ((await sekretariat.request('GET', `/${KAB}/${encodeURIComponent(usulan._id)}`)).status === 200 ? true : null), 30_000);
  });

  // The first query after provisioning builds the views: up to tens of seconds on the embedded server.
  it('the district secretariat finds it by NIK, No. KK and name, marked as pre-list', { timeout: 180_000 }, async () => {
    const store = viewsOf(sekretariat, KAB);
    const dicari = [usulan._id, 'prelist', 'prelist'];
    expect(ids(await cariDiServer(store, { teks: nik }, HARI))).toEqual([dicari]);
    expect(ids(await cariDiServer(store, { teks: noKK }, HARI))).toEqual([dicari]);
    expect(ids(await cariDiServer(store, { teks: `prelistuji${unik} wa` }, HARI))).toEqual([dicari]);
    const hasil = await cariDiServer(store, { teks: nik }, HARI);
    expect(hasil.jenis === 'hasil' && hasil.hasil[0]).toMatchObject({ kepala: nama, desa: '74.01.07.2001', alasan: 'nik', anggota: [{ nama, umur: 35 }] });
  });

  it('the kecamatan’s own staff find it in their database’s views too', async () => {
    expect(ids(await cariDiServer(viewsOf(fasilitatorPomalaa, 'slrt-kec-740107'), { teks: nik }, HARI))).toEqual([[usulan._id, 'prelist', 'prelist']]);
  });

  it('stays out of reach of another kecamatan’s staff', async () => {
    await expect(cariDiServer(viewsOf(fasilitatorWundulako, 'slrt-kec-740107'), { teks: nik }, HARI)).rejects.toThrow(/403/);
    await expect(cariDiServer(viewsOf(fasilitatorWundulako, KAB), { teks: nik }, HARI)).rejects.toThrow(/403/);
    // Its own kecamatan's views do not hold another kecamatan's pre-list.
    expect(ids(await cariDiServer(viewsOf(fasilitatorWundulako, 'slrt-kec-740101'), { teks: nik }, HARI))).toEqual([]);
  });
});
