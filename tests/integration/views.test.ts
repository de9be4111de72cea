import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';
import { logInAs, type UserClient } from '../harness/http';

const url = inject('slrtUrl');
const KEC = '/slrt-kec-740101';

async function countByPrefix(client: UserClient, db: string, prefix: string): Promise<number> {
  const res = await client.request('GET', `${db}/_all_docs?startkey=${JSON.stringify(prefix)}&endkey=${JSON.stringify(prefix + '\ufff0')}`);
  return res.body.rows.length;
}

describe('the design documents on the embedded server, over the demo district', () => {
  let supervisor: UserClient;
  let manajer: UserClient;
  beforeAll(async () => {
    supervisor = await logInAs(url, 'supervisor.wundulako', DEMO_PASSWORD);
    manajer = await logInAs(url, 'manajer.kolaka', DEMO_PASSWORD);
  });

  it('finds a household by a member’s NIK and by its No. KK', async () => {
    const some = await supervisor.request('GET', `${KEC}/_all_docs?startkey="rumahtangga:"&endkey="rumahtangga:\ufff0"&limit=1&include_docs=true`);
    const household = some.body.rows[0].doc;
    const member = household.anggota[household.anggota.length - 1];

    const byNik = await supervisor.request('GET', `${KEC}/_design/registri/_view/nik?key=${JSON.stringify(member.nik)}`);
    expect(byNik.status).toBe(200);
    expect(byNik.body.rows.map((r: { id: string }) => r.id)).toContain(household._id);

    const byKk = await supervisor.request('GET', `${KEC}/_design/registri/_view/no-kk?key=${JSON.stringify(household.noKK)}`);
    expect(byKk.body.rows.map((r: { id: string }) => r.id)).toEqual([household._id]);
  });

  it('finds households by the prefix of a member’s name, case-insensitively', async () => {
    const some = await supervisor.request('GET', `${KEC}/_all_docs?startkey="rumahtangga:"&endkey="rumahtangga:\ufff0"&limit=1&include_docs=true`);
    const household = some.body.rows[0].doc;
    const word = household.anggota[0].nama.split(' ')[0];
    const prefix = word.slice(0, 3).toLowerCase();
    const res = await supervisor.request(
      'GET',
      `${KEC}/_design/registri/_view/nama?startkey=${JSON.stringify(prefix)}&endkey=${JSON.stringify(prefix + '\ufff0')}`
    );
    expect(res.body.rows.map((r: { value: { rumahtanggaId: string } }) => r.value.rumahtanggaId)).toContain(household._id);
  });

  it('counts households per kecamatan for the dashboard, matching the documents', async () => {
    const res = await supervisor.request('GET', `${KEC}/_design/dasbor/_view/rumahtangga?group_level=1`);
    expect(res.body.rows).toEqual([{ key: ['74.01.01'], value: await countByPrefix(supervisor, KEC, 'rumahtangga:') }]);
  });

  it('gives the kabupaten the union of its kecamatan, after the router ran', async () => {
    const res = await manajer.request('GET', '/slrt-kab-7401/_design/dasbor/_view/rumahtangga?group_level=1');
    const byKecamatan = Object.fromEntries(res.body.rows.map((r: { key: string[]; value: number }) => [r.key[0], r.value]));
    const pomalaa = await logInAs(url, 'supervisor.pomalaa', DEMO_PASSWORD);
    expect(byKecamatan).toEqual({
      '74.01.01': await countByPrefix(supervisor, KEC, 'rumahtangga:'),
      '74.01.07': await countByPrefix(pomalaa, '/slrt-kec-740107', 'rumahtangga:')
    });
  });

  it('lists submissions waiting for the supervisor by kind', async () => {
    const res = await supervisor.request('GET', `${KEC}/_design/antrean/_view/pengajuan?startkey=["74.01.01"]&endkey=["74.01.01",{}]`);
    const kinds = new Set(res.body.rows.map((r: { key: string[] }) => r.key[1]));
    expect(kinds).toEqual(new Set(['keluhan', 'kebutuhan', 'perubahan-data', 'prelist', 'pmks']));
  });

  it('shows every event of a case in order', async () => {
    const decisions = await supervisor.request('GET', `${KEC}/_design/antrean/_view/keputusan?limit=1`);
    const kasusId = decisions.body.rows[0].value.kasusId;
    const events = await supervisor.request(
      'GET',
      `${KEC}/_design/kasus/_view/peristiwa?startkey=${JSON.stringify([kasusId])}&endkey=${JSON.stringify([kasusId, {}])}`
    );
    expect(events.body.rows[0].id).toBe(kasusId);
    expect(events.body.rows.length).toBeGreaterThan(1);
  });
});
