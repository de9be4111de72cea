/**
 * The district administrator's user endpoint against the real embedded server: every way to
 * reach beyond one's district or role is refused, and what is allowed changes who can log in
 * and read what.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { newDocId } from '../../app/lib/domain/ids';
import { KATA_SANDI_LEMAH } from '../../app/lib/domain/pengguna';
import type { DocOf } from '../../app/lib/domain/schemas';
import { wilayahOf } from '../../app/lib/domain/wilayah';
import { makeKeluhan } from '../../app/lib/test-data/event-factory';
import { couchAdmin } from '../../couch/router/couch-admin';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';
import { logInAs, type UserClient } from '../harness/http';

const url = inject('slrtUrl');
const couch = couchAdmin(inject('couchAdminUrl'));
const SANDI = 'sandiBaru2026';
/** Names unique to this run: the suite shares one server with the others. */
const unik = Date.now().toString(36);
const nama = (dasar: string) => `${dasar}.${unik}`;

const fasilitatorPomalaa = (name: string) => ({
  name,
  displayName: 'Wa Ode Sitti',
  jobRole: 'fasilitator',
  kecamatan: ['74.01.07'],
  password: SANDI
});

async function akun(name: string): Promise<Record<string, any> | null> {
  const response = await couch.request(`/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`);
  return response.status === 200 ? ((await response.json()) as Record<string, any>) : null;
}

async function loginStatus(name: string, password: string): Promise<number> {
  const response = await fetch(`${url}/db/_session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password })
  });
  return response.status;
}

const DINONAKTIFKAN = { error: 'forbidden', reason: 'Akun Anda dinonaktifkan. Hubungi administrator kabupaten.' };

/**
 * A deactivated account still opens a session (so the app learns why, and wipes the device),
 * but the session holds only `nonaktif` and every database refuses it.
 */
async function expectShutOut(name: string, password: string, db: string): Promise<void> {
  const sesi = await logInAs(url, name, password);
  expect((await sesi.request('GET', '/_session')).body.userCtx.roles).toEqual(['nonaktif']);
  expect(await sesi.request('GET', `/${db}/_all_docs?limit=1`)).toEqual({ status: 403, body: DINONAKTIFKAN });
}

/** The audit entries about `pengguna`, as an auditor reading the kabupaten database finds them. */
async function jejakOf(pengguna: string): Promise<Record<string, any>[]> {
  const query = new URLSearchParams({ include_docs: 'true', startkey: '"jejak:"', endkey: '"jejak:\ufff0"' });
  const body = await couch.json<{ rows: { doc: Record<string, any> }[] }>(`/slrt-kab-7401/_all_docs?${query}`);
  return body.rows.map((r) => r.doc).filter((d) => d.pengguna === pengguna);
}

let admin: UserClient;
beforeAll(async () => {
  admin = await logInAs(url, 'admin.kolaka', DEMO_PASSWORD);
});

describe('who may use /api/pengguna', () => {
  it('refuses a visitor who is not logged in with 401', async () => {
    for (const [method, path] of [['GET', '/api/pengguna'], ['POST', '/api/pengguna'], ['POST', '/api/pengguna/fasilitator.pomalaa/nonaktif']]) {
      const response = await fetch(`${url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: method === 'GET' ? undefined : '{}' });
      expect(response.status, path).toBe(401);
      expect(await response.json()).toEqual({ error: 'unauthorized', reason: 'Silakan masuk terlebih dahulu.' });
    }
  });

  it.each(['fasilitator.wundulako', 'manajer.kolaka', 'supervisor.pomalaa', 'provinsi.sultra'])('refuses %s with 403', async (name) => {
    const client = await logInAs(url, name, DEMO_PASSWORD);
    const list = await client.api('GET', '/pengguna');
    expect(list).toEqual({ status: 403, body: { error: 'forbidden', reason: 'Hanya administrator kabupaten yang dapat mengelola pengguna.' } });
    const created = await client.api('POST', '/pengguna', fasilitatorPomalaa(nama('oleh-bukan-admin')));
    expect(created.status).toBe(403);
    expect(await akun(nama('oleh-bukan-admin'))).toBeNull();
  });

  it('refuses a request from another site', async () => {
    const cookieless = await fetch(`${url}/api/pengguna`, { headers: { origin: 'https://evil.example' } });
    expect(cookieless.status).toBe(403);
  });
});

describe('an admin of Kolaka reaching beyond what it may grant', () => {
  it.each([
    ['a server admin job role', { jobRole: '_admin' }, 400],
    ['raw roles beside the form', { roles: ['_admin'] }, 400],
    ['an unknown role', { jobRole: 'superuser' }, 400],
    ['the provincial role', { jobRole: 'provinsi', kecamatan: [] }, 403],
    ['the national role', { jobRole: 'nasional', kecamatan: [] }, 403],
    ['a kecamatan of another district', { kecamatan: ['74.02.01'] }, 403],
    ['a kecamatan that does not exist', { kecamatan: ['74.01.99'] }, 400],
    ['a programme without an inbox', { jobRole: 'pengelola', kecamatan: [], program: ['bukan-program'] }, 400]
  ])('is refused %s, and no account is made', async (_what, change, status) => {
    const name = nama(`tolak${status}x${Math.random().toString(36).slice(2, 7)}`);
    const response = await admin.api('POST', '/pengguna', { ...fasilitatorPomalaa(name), ...change });
    expect(response.status).toBe(status);
    expect(response.body.error).toBe(status === 400 ? 'bad_request' : 'forbidden');
    expect(response.body.reason).toMatch(/[a-z]/);
    expect(await akun(name)).toBeNull();
  });

  it('cannot touch a user of another district, a provincial or national user, or itself', async () => {
    const lain = nama('fasilitator.kolut');
    await couch.json(`/_users/org.couchdb.user:${lain}`, {
      method: 'PUT',
      body: JSON.stringify({ _id: `org.couchdb.user:${lain}`, type: 'user', name: lain, roles: ['fasilitator', 'kec:740201'], password: SANDI })
    });
    for (const target of [lain, 'provinsi.sultra', 'nasional']) {
      const attempts = [
        await admin.api('PUT', `/pengguna/${target}`, { displayName: 'X', jobRole: 'fasilitator', kecamatan: ['74.01.07'] }),
        await admin.api('POST', `/pengguna/${target}/nonaktif`),
        await admin.api('POST', `/pengguna/${target}/kata-sandi`, { password: SANDI }),
        await admin.api('POST', `/pengguna/${target}/ganti`, { jenis: 'baru', name: nama('pengganti.x'), displayName: 'X', password: SANDI })
      ];
      for (const attempt of attempts) expect(attempt, target).toEqual({ status: 403, body: { error: 'forbidden', reason: `Pengguna ${target} bukan pengguna kabupaten Anda.` } });
    }
    expect((await akun(lain))?.roles).toEqual(['fasilitator', 'kec:740201']);
    expect((await admin.api('POST', '/pengguna/admin.kolaka/nonaktif')).status).toBe(403);
    expect((await admin.api('GET', '/pengguna')).body.pengguna.map((p: { name: string }) => p.name)).not.toContain(lain);
  });

  it('answers 404 for a user that does not exist', async () => {
    expect((await admin.api('POST', '/pengguna/tidak.ada.siapa-siapa/nonaktif')).status).toBe(404);
  });
});

describe('an admin of Kolaka administering its staff', () => {
  it('lists the district users with the kecamatan and programmes it may assign', async () => {
    const { status, body } = await admin.api('GET', '/pengguna');
    expect(status).toBe(200);
    expect(body.kabupaten).toBe('74.01');
    expect(body.kecamatan.map((k: { kode: string }) => k.kode)).toContain('74.01.07');
    expect(body.kecamatan.find((k: { kode: string }) => k.kode === '74.01.07').nama).toBe('Pomalaa');
    expect(body.program).toEqual(expect.arrayContaining(['pkh', 'bpnt']));
    const names = body.pengguna.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['fasilitator.pomalaa', 'manajer.kolaka', 'pengelola.pkh.kolaka', 'admin.kolaka']));
    expect(names).not.toContain('provinsi.sultra');
    expect(names).not.toContain('nasional');
    expect(body.pengguna.find((p: { name: string }) => p.name === 'fasilitator.pomalaa')).toEqual({
      name: 'fasilitator.pomalaa',
      displayName: 'Rusdin',
      jobRole: 'fasilitator',
      kecamatan: ['74.01.07'],
      program: [],
      aktif: true,
      menggantikan: []
    });
  });

  it('creates a facilitator who logs in and reads only its kecamatan; the audit trail names who did it, without the password', async () => {
    const name = nama('fasilitator.baru');
    const created = await admin.api('POST', '/pengguna', fasilitatorPomalaa(name));
    expect(created.status).toBe(201);
    expect(created.body.pengguna).toMatchObject({ name, jobRole: 'fasilitator', kecamatan: ['74.01.07'], aktif: true });
    expect((await admin.api('POST', '/pengguna', fasilitatorPomalaa(name))).status).toBe(409);

    const baru = await logInAs(url, name, SANDI);
    expect((await baru.request('GET', '/_session')).body.userCtx.roles).toEqual(['fasilitator', 'kec:740107']);
    expect((await baru.request('GET', '/slrt-kec-740107')).status).toBe(200);
    for (const db of ['slrt-kec-740101', 'slrt-kab-7401', 'slrt-rujukan-7401-pkh']) {
      expect([401, 403], db).toContain((await baru.request('GET', `/${db}/_all_docs?limit=1`)).status);
    }

    const [jejak] = await jejakOf(name);
    expect(jejak).toMatchObject({ aksi: 'buat', createdBy: 'admin.kolaka', peran: 'admin-kab', peranSesudah: ['fasilitator', 'kec:740107'] });
    expect(JSON.stringify(jejak)).not.toContain(SANDI);
  });

  it('explains a weak password at its field', async () => {
    const response = await admin.api('POST', '/pengguna', { ...fasilitatorPomalaa(nama('lemah')), password: 'abc' });
    expect(response.status).toBe(400);
    expect(response.body.issues).toEqual([{ path: 'password', message: KATA_SANDI_LEMAH }]);
  });

  it('moves a user to another kecamatan, resets its password, and deactivates it so no session of it reads anything', async () => {
    const name = nama('fasilitator.pindah');
    await admin.api('POST', '/pengguna', fasilitatorPomalaa(name));
    const sesiLama = await logInAs(url, name, SANDI);

    const moved = await admin.api('PUT', `/pengguna/${name}`, { displayName: 'Wa Ode Sitti', jobRole: 'fasilitator', kecamatan: ['74.01.01'] });
    expect(moved.body.pengguna.kecamatan).toEqual(['74.01.01']);
    expect([401, 403]).toContain((await sesiLama.request('GET', '/slrt-kec-740107/_all_docs?limit=1')).status);
    expect((await sesiLama.request('GET', '/slrt-kec-740101/_all_docs?limit=1')).status).toBe(200);

    const sandiBaru = 'gantiSandi77';
    expect(await admin.api('POST', `/pengguna/${name}/kata-sandi`, { password: sandiBaru })).toEqual({ status: 200, body: { ok: true } });
    expect(await loginStatus(name, SANDI)).toBe(401);
    const sesi = await logInAs(url, name, sandiBaru);

    const off = await admin.api('POST', `/pengguna/${name}/nonaktif`);
    expect(off.body.pengguna).toMatchObject({ name, aktif: false, jobRole: 'fasilitator', kecamatan: ['74.01.01'] });
    expect(await sesi.request('GET', '/slrt-kec-740101/_all_docs?limit=1')).toEqual({ status: 403, body: DINONAKTIFKAN });
    await expectShutOut(name, sandiBaru, 'slrt-kec-740101');
    expect((await admin.api('POST', `/pengguna/${name}/nonaktif`)).status).toBe(409);

    const list = (await admin.api('GET', '/pengguna')).body.pengguna;
    expect(list.find((p: { name: string }) => p.name === name)).toMatchObject({ aktif: false });
    expect((await jejakOf(name)).map((j) => j.aksi).sort()).toEqual(['buat', 'nonaktifkan', 'setel-sandi', 'ubah']);
  });

  it('reactivates a deactivated user with the roles it had and a new password, once', async () => {
    const name = nama('fasilitator.kembali');
    await admin.api('POST', '/pengguna', fasilitatorPomalaa(name));
    expect((await admin.api('POST', `/pengguna/${name}/aktifkan`, { password: 'kembaliKerja9' })).status).toBe(409);
    await admin.api('POST', `/pengguna/${name}/nonaktif`);

    expect((await admin.api('POST', `/pengguna/${name}/aktifkan`, { password: 'abc' })).status).toBe(400);
    const on = await admin.api('POST', `/pengguna/${name}/aktifkan`, { password: 'kembaliKerja9' });
    expect(on.body.pengguna).toMatchObject({ name, aktif: true, jobRole: 'fasilitator', kecamatan: ['74.01.07'] });
    expect(await loginStatus(name, SANDI)).toBe(401);
    const sesi = await logInAs(url, name, 'kembaliKerja9');
    expect((await sesi.request('GET', '/slrt-kec-740107/_all_docs?limit=1')).status).toBe(200);
    expect((await admin.api('POST', `/pengguna/${name}/aktifkan`, { password: 'kembaliKerja9' })).status).toBe(409);
    expect((await jejakOf(name)).map((j) => j.aksi).sort()).toEqual(['aktifkan', 'buat', 'nonaktifkan']);
  });
});

describe('replacing a staff member', () => {
  it('hands the area and the open cases to the successor, who may correct them, and deactivates the predecessor', async () => {
    const pendahulu = nama('fasilitator.lama');
    const pengganti = nama('fasilitator.pengganti');
    await admin.api('POST', '/pengguna', fasilitatorPomalaa(pendahulu));
    const lama = await logInAs(url, pendahulu, SANDI);
    const desa = '74.01.07.1002';
    const keluhan = makeKeluhan({ _id: newDocId('keluhan', desa), wilayah: wilayahOf(desa) as DocOf<'keluhan'>['wilayah'], createdBy: pendahulu });
    expect((await lama.request('PUT', `/slrt-kec-740107/${encodeURIComponent(keluhan._id)}`, keluhan)).status).toBe(201);

    const replaced = await admin.api('POST', `/pengguna/${pendahulu}/ganti`, { jenis: 'baru', name: pengganti, displayName: 'La Ode Baru', password: SANDI });
    expect(replaced.status).toBe(200);
    expect(replaced.body.pendahulu).toMatchObject({ name: pendahulu, aktif: false, digantikanOleh: pengganti });
    expect(replaced.body.pengganti).toMatchObject({ name: pengganti, jobRole: 'fasilitator', kecamatan: ['74.01.07'], menggantikan: [pendahulu] });
    await expectShutOut(pendahulu, SANDI, 'slrt-kec-740107');

    const baru = await logInAs(url, pengganti, SANDI);
    expect((await baru.request('GET', '/_session')).body.userCtx.roles).toEqual(['fasilitator', 'kec:740107', `menggantikan:${pendahulu}`]);
    const perbaikan = {
      _id: newDocId('perbaikan', desa),
      type: 'perbaikan',
      schema: 1,
      wilayah: wilayahOf(desa),
      createdBy: pengganti,
      createdAt: new Date().toISOString(),
      kasusId: keluhan._id,
      catatan: 'Dilengkapi oleh pengganti'
    };
    expect((await baru.request('PUT', `/slrt-kec-740107/${encodeURIComponent(perbaikan._id)}`, perbaikan)).status).toBe(201);
    expect(await jejakOf(pendahulu)).toEqual(expect.arrayContaining([expect.objectContaining({ aksi: 'ganti', pengganti, createdBy: 'admin.kolaka' })]));

    // A second transfer hands on everyone the successor had taken over too.
    const berikut = nama('supervisor.pindahan');
    await admin.api('POST', '/pengguna', { ...fasilitatorPomalaa(berikut), jobRole: 'supervisor', kecamatan: ['74.01.01'] });
    const again = await admin.api('POST', `/pengguna/${pengganti}/ganti`, { jenis: 'ada', name: berikut });
    expect(again.body.pengganti).toMatchObject({ name: berikut, jobRole: 'fasilitator', kecamatan: ['74.01.07'], menggantikan: [pendahulu, pengganti] });
    expect((await admin.api('POST', `/pengguna/${berikut}/ganti`, { jenis: 'ada', name: berikut })).status).toBe(400);
  });
});
