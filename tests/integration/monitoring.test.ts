import { beforeAll, describe, expect, inject, it } from 'vitest';
import nano from 'nano';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';
import { logInAs, type UserClient } from '../harness/http';
import { newDocId } from '../../app/lib/domain/ids';
import type { Monitoring, UnitMonitoring } from '../../app/lib/domain/monitoring';
import { wilayahOf } from '../../app/lib/domain/wilayah';

const url = inject('slrtUrl');
const couch = nano(inject('couchAdminUrl'));

/** A filled default questionnaire for `unit`, as the app writes it. */
function monitoring(createdBy: string, peran: 'supervisor' | 'manajer', unit: UnitMonitoring): Monitoring {
  const kode = unit.kode;
  return {
    _id: newDocId('monitoring', kode),
    type: 'monitoring',
    schema: 1,
    wilayah: wilayahOf(kode) as Monitoring['wilayah'],
    createdBy,
    peran,
    createdAt: new Date().toISOString(),
    kuesionerId: 'kuesioner:7401:slrt-triwulanan-v1',
    periode: '2025-TW1',
    unit,
    jawaban: { 'keluhan-diterima': 4 }
  };
}

const put = (client: UserClient, db: string, doc: { _id: string; [field: string]: unknown }) => client.request('PUT', `/${db}/${encodeURIComponent(doc._id)}`, doc);

describe('monitoring answers on the server', () => {
  let supervisor: UserClient;
  let manajer: UserClient;
  let fasilitator: UserClient;
  beforeAll(async () => {
    [supervisor, manajer, fasilitator] = await Promise.all(
      ['supervisor.wundulako', 'manajer.kolaka', 'fasilitator.wundulako'].map((n) => logInAs(url, n, DEMO_PASSWORD))
    );
  });

  it("takes a supervisor's Puskesos answer in its kecamatan, carries it to the district, and never lets it change", async () => {
    const doc = monitoring('supervisor.wundulako', 'supervisor', { jenis: 'puskesos', kode: '74.01.01' });
    const res = await put(supervisor, 'slrt-kec-740101', doc);
    expect(res.body).toMatchObject({ ok: true });
    const ubah = await put(supervisor, 'slrt-kec-740101', { ...doc, _rev: res.body.rev, jawaban: { 'keluhan-diterima': 40 } });
    expect(ubah.status).toBe(403);
    await expect.poll(() => couch.use('slrt-kab-7401').get(doc._id).then(() => true, () => false), { timeout: 15_000 }).toBe(true);
  });

  it("refuses the kabupaten's answer from a supervisor, in its kecamatan database or the district's", async () => {
    const doc = monitoring('supervisor.wundulako', 'supervisor', { jenis: 'kabupaten', kode: '74.01' });
    expect((await put(supervisor, 'slrt-kec-740101', doc)).status).toBe(403);
    expect((await put(supervisor, 'slrt-kab-7401', doc)).status).toBeGreaterThanOrEqual(401);
  });

  it("takes the kabupaten's answer from the manager in the district database, and keeps it there", async () => {
    const doc = monitoring('manajer.kolaka', 'manajer', { jenis: 'kabupaten', kode: '74.01' });
    expect((await put(manajer, 'slrt-kab-7401', doc)).body).toMatchObject({ ok: true });
  });

  it('refuses an answer from a facilitator, who does not monitor', async () => {
    const doc = { ...monitoring('fasilitator.wundulako', 'supervisor', { jenis: 'puskesos', kode: '74.01.01' }), peran: undefined };
    expect((await put(fasilitator, 'slrt-kec-740101', doc)).status).toBe(403);
  });
});
