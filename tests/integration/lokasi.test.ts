/**
 * Locations against the real embedded server: the kecamatan a supervisor covers are the only
 * kecamatan databases its session reads (the server refuses the rest, whatever the app shows),
 * and the district's Puskesos list is written by its administrator alone and reaches every
 * kecamatan, where the desks and tablets read it.
 */
import nano from 'nano';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { puskesosDocId, type Puskesos } from '../../app/lib/domain/puskesos';
import { wilayahOf } from '../../app/lib/domain/wilayah';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';
import { logInAs, type UserClient } from '../harness/http';

const url = inject('slrtUrl');
const couch = nano(inject('couchAdminUrl'));
const SANDI = 'sandiSupervisor26';
/** Names unique to this run: the suite shares one server with the others. */
const unik = Date.now().toString(36);

const baca = async (client: UserClient, db: string) => (await client.request('GET', `/${db}/_all_docs?limit=1`)).status;
const ubahRute = async (client: UserClient, db: string) => (await client.request('GET', `/${db}/_changes?limit=1`)).status;

let admin: UserClient;
beforeAll(async () => {
  admin = await logInAs(url, 'admin.kolaka', DEMO_PASSWORD);
});

describe('the kecamatan a supervisor covers', () => {
  it('are the kecamatan databases its session reads, and change when the admin changes them', async () => {
    const name = `supervisor.utara.${unik}`;
    const dibuat = await admin.api('POST', '/pengguna', { name, displayName: 'Andi Baso', jobRole: 'supervisor', kecamatan: ['74.01.01', '74.01.07'], password: SANDI });
    expect(dibuat.status).toBe(201);
    // The area is stored as roles on the user, matched by each kecamatan database's `_security`.
    expect((await couch.use<{ roles: string[] }>('_users').get(`org.couchdb.user:${name}`)).roles).toEqual(['supervisor', 'kec:740101', 'kec:740107']);
    expect((await couch.request({ db: 'slrt-kec-740107', path: '_security' })).members.roles).toEqual(['kec:740107']);

    const sesi = await logInAs(url, name, SANDI);
    for (const db of ['slrt-kec-740101', 'slrt-kec-740107']) {
      expect(await baca(sesi, db), db).toBe(200);
      expect(await ubahRute(sesi, db), db).toBe(200);
    }
    for (const db of ['slrt-kec-740104', 'slrt-kec-740102', 'slrt-kab-7401', 'slrt-rujukan-7401-pkh']) {
      expect([401, 403], db).toContain(await baca(sesi, db));
      expect([401, 403], db).toContain(await ubahRute(sesi, db));
    }

    const diubah = await admin.api('PUT', `/pengguna/${name}`, { displayName: 'Andi Baso', jobRole: 'supervisor', kecamatan: ['74.01.07'] });
    expect(diubah.body.pengguna.kecamatan).toEqual(['74.01.07']);
    expect([401, 403]).toContain(await baca(sesi, 'slrt-kec-740101'));
    expect(await baca(sesi, 'slrt-kec-740107')).toBe(200);
  });

  it('refuses a supervisor without any kecamatan at its field', async () => {
    const tanpa = await admin.api('POST', '/pengguna', { name: `supervisor.kosong.${unik}`, displayName: 'Tanpa Wilayah', jobRole: 'supervisor', kecamatan: [], password: SANDI });
    expect(tanpa.status).toBe(400);
    expect(tanpa.body.issues).toEqual([{ path: 'kecamatan', message: 'Pilih minimal satu kecamatan' }]);
  });
});

describe("the district's Puskesos list", () => {
  const desa = '74.01.01.2001';
  const doc = (createdBy: string): Puskesos => ({
    _id: puskesosDocId('74.01', desa),
    type: 'puskesos',
    schema: 1,
    wilayah: wilayahOf('74.01') as Puskesos['wilayah'],
    createdBy,
    createdAt: new Date().toISOString(),
    desa,
    nama: `Puskesos Uji ${unik}`,
    aktif: true
  });
  const put = (client: UserClient, db: string, d: Puskesos) => client.request('PUT', `/${db}/${encodeURIComponent(d._id)}`, d);

  it('is written by the district admin alone, in the kabupaten database, and reaches every kecamatan', async () => {
    const manajer = await logInAs(url, 'manajer.kolaka', DEMO_PASSWORD);
    expect((await put(manajer, 'slrt-kab-7401', doc('manajer.kolaka'))).status).toBe(403);
    // Shared lists come down from the district; a kecamatan database never takes one directly.
    expect((await put(admin, 'slrt-kec-740101', doc('admin.kolaka'))).status).toBeGreaterThanOrEqual(401);

    const ditulis = await put(admin, 'slrt-kab-7401', doc('admin.kolaka'));
    expect(ditulis.body).toMatchObject({ ok: true });
    for (const db of ['slrt-kec-740101', 'slrt-kec-740107']) {
      await expect.poll(() => couch.use<Puskesos>(db).get(doc('admin.kolaka')._id).then((d) => d.nama, () => null), { timeout: 15_000 }).toBe(`Puskesos Uji ${unik}`);
    }
    const fasilitator = await logInAs(url, 'fasilitator.pomalaa', DEMO_PASSWORD);
    expect((await fasilitator.request('GET', `/slrt-kec-740107/${encodeURIComponent(doc('admin.kolaka')._id)}`)).body).toMatchObject({ desa, aktif: true });
  });
});
