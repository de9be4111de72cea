import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';
import { sumberDistrik } from '../../app/lib/domain/dasbor-stok';
import { logInAs, tanyaSebagai, type UserClient } from '../harness/http';

const url = inject('slrtUrl');
const KEC = '/slrt-kec-740101';

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
    // Besides the household, only a pre-list proposing the same family card (the demo has such duplicates).
    const rows: { id: string; value: { statusRegistri: string } }[] = byKk.body.rows;
    expect(rows.map((r) => r.id)).toContain(household._id);
    for (const r of rows.filter((r) => r.id !== household._id)) expect([r.id.split(':')[0], r.value.statusRegistri]).toEqual(['usulan', 'prelist']);
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

  const SELAMANYA = { dari: '2000-01', sampai: '2999-12' };
  // The district's views suppress nothing: every cell is a number.
  const jumlahSemua = (sel: (number | null)[]) => sel.reduce<number>((t, v) => t + (v ?? 0), 0);

  /** Members of the households of a database, counted from the documents. */
  async function anggotaDi(client: UserClient, db: string): Promise<number> {
    const res = await client.request('GET', `${db}/_all_docs?startkey="rumahtangga:"&endkey="rumahtangga:\ufff0"&include_docs=true`);
    return res.body.rows.reduce((n: number, r: { doc: { anggota: unknown[] } }) => n + r.doc.anggota.length, 0);
  }

  it('counts members for the dashboard, matching the documents', async () => {
    const tabel = await sumberDistrik(tanyaSebagai(supervisor, KEC.slice(1))).muat('anggota', { wilayah: '74.01.01', ...SELAMANYA });
    expect(jumlahSemua(tabel.jumlah ?? [])).toBe(await anggotaDi(supervisor, KEC));
  });

  it('gives the kabupaten the union of its kecamatan, after the router ran', async () => {
    const tabel = await sumberDistrik(tanyaSebagai(manajer, 'slrt-kab-7401')).muat('anggota', { wilayah: '74.01', ...SELAMANYA });
    const perKecamatan = Object.fromEntries(tabel.baris.map((b, i) => [b, jumlahSemua(tabel.nilai[i])]));
    const pomalaa = await logInAs(url, 'supervisor.pomalaa', DEMO_PASSWORD);
    expect(perKecamatan).toEqual({
      '74.01.01': await anggotaDi(supervisor, KEC),
      '74.01.07': await anggotaDi(pomalaa, '/slrt-kec-740107')
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
