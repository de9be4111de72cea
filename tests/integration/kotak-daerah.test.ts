import nano from 'nano';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { newDocId } from '../../app/lib/domain/ids';
import { katalogNasional } from '../../app/lib/domain/katalog-nasional';
import type { Program } from '../../app/lib/domain/program';
import { makeKeluhan, makeRujukan } from '../../app/lib/test-data/event-factory';
import { siapkanKotakProgram } from '../../couch/provision/provision';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';
import { logInAs, type UserClient } from '../harness/http';
import { waitFor } from '../harness/wait';

/**
 * A programme the district adds to its catalogue gets a referral inbox of its own, and a
 * referral to it reaches only its programme manager — as the national programmes' do.
 */
const url = inject('slrtUrl');
const couch = nano(inject('couchAdminUrl'));
const PROGRAM = 'bantuan-lansia-kolaka';
const KOTAK = `slrt-rujukan-7401-${PROGRAM}`;

function programDaerah(): Program {
  const [contoh] = katalogNasional('74.01', new Date().toISOString(), 'manajer.kolaka');
  return {
    ...contoh,
    _id: `program:7401:${PROGRAM}`,
    programId: PROGRAM,
    nama: 'Bantuan Lansia Kolaka',
    pemilik: 'kabupaten',
    tujuanRujukan: { id: 'dinsos-kolaka', nama: 'Dinas Sosial Kabupaten Kolaka' }
  };
}

describe('the inbox of a regional programme', () => {
  let manajer: UserClient;

  beforeAll(async () => {
    manajer = await logInAs(url, 'manajer.kolaka', DEMO_PASSWORD);
    const simpan = await manajer.request('PUT', `/slrt-kab-7401/${encodeURIComponent(`program:7401:${PROGRAM}`)}`, programDaerah());
    expect(simpan.status, JSON.stringify(simpan.body)).toBe(201);
    await couch.use('_users').insert({
      _id: 'org.couchdb.user:pengelola.lansia.kolaka',
      name: 'pengelola.lansia.kolaka',
      type: 'user',
      roles: ['pengelola', `pengelola:7401:${PROGRAM}`],
      password: DEMO_PASSWORD
    } as never);
  });

  it('is created by the server for a programme the manager added, once', async () => {
    expect(await siapkanKotakProgram(inject('couchAdminUrl'), ['74.01'])).toEqual([KOTAK]);
    expect(await siapkanKotakProgram(inject('couchAdminUrl'), ['74.01'])).toEqual([]);
    const security = await couch.request({ db: KOTAK, path: '_security' });
    expect(security.members.roles).toEqual([`pengelola:7401:${PROGRAM}`, 'kab:7401']);
  });

  it("receives the programme's referrals, which its programme manager reads and no other", async () => {
    const kasus = makeKeluhan({ programId: PROGRAM });
    const rujukan = makeRujukan(kasus, { _id: newDocId('rujukan', kasus.wilayah.desa as string), programId: PROGRAM, createdBy: 'manajer.kolaka' });
    expect((await manajer.request('PUT', `/slrt-kab-7401/${encodeURIComponent(rujukan._id)}`, rujukan)).status).toBe(201);

    const pengelola = await logInAs(url, 'pengelola.lansia.kolaka', DEMO_PASSWORD);
    const dibaca = await waitFor(async () => {
      const res = await pengelola.request('GET', `/${KOTAK}/${encodeURIComponent(rujukan._id)}`);
      return res.status === 200 ? res.body : null;
    }, 30_000);
    expect(dibaca.programId).toBe(PROGRAM);
    const pkh = await logInAs(url, 'pengelola.pkh.kolaka', DEMO_PASSWORD);
    expect((await pkh.request('GET', `/${KOTAK}/_all_docs`)).status).toBeGreaterThanOrEqual(401);
  });
});
