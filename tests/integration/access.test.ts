/**
 * Access beyond single cells: a wrong password, a replication batch, conflicts, updates. Who may
 * read and write what — every demo account, database and operation — is the access matrix of
 * docs/security.md, proven cell by cell in matriks-akses.test.ts.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';
import { logInAs, type UserClient } from '../harness/http';
import { newDocId } from '../../app/lib/domain/ids';
import type { DocOf } from '../../app/lib/domain/schemas';
import { wilayahOf } from '../../app/lib/domain/wilayah';
import { makeKeluhan } from '../../app/lib/test-data/event-factory';
import { DESA_CONTOH, makeRumahtangga } from '../../app/lib/test-data/household-factory';

const url = inject('slrtUrl');

/** A complaint as the app would save it: a fresh id, in the facilitator's own kecamatan. */
function keluhan(createdBy: string) {
  return makeKeluhan({ _id: newDocId('keluhan', DESA_CONTOH), wilayah: wilayahOf(DESA_CONTOH) as DocOf<'keluhan'>['wilayah'], createdBy });
}

describe('logging in through /db/_session', () => {
  it('refuses a wrong password with 401', async () => {
    await expect(logInAs(url, 'fasilitator.wundulako', 'salah')).rejects.toThrow(/401/);
  });
});

describe('a facilitator of Wundulako pushing complaints', () => {
  let fasilitator: UserClient;
  beforeAll(async () => {
    fasilitator = await logInAs(url, 'fasilitator.wundulako', DEMO_PASSWORD);
  });

  it('keeps its own and refuses a forged one in the same batch, through _bulk_docs with new_edits false', async () => {
    const own = { ...keluhan('fasilitator.wundulako'), _rev: '1-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' };
    const forged = { ...keluhan('supervisor.wundulako'), _rev: '1-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' };
    const res = await fasilitator.request('POST', '/slrt-kec-740101/_bulk_docs', { docs: [own, forged], new_edits: false });
    expect(res.status).toBe(201);
    expect(res.body).toEqual([expect.objectContaining({ id: forged._id, error: 'forbidden' })]);
    expect((await fasilitator.request('GET', `/slrt-kec-740101/${encodeURIComponent(own._id)}`)).status).toBe(200);
    expect((await fasilitator.request('GET', `/slrt-kec-740101/${encodeURIComponent(forged._id)}`)).status).toBe(404);
  });
});

describe('a district manager closing a conflict on a household record', () => {
  it('deletes the losing version only when the tombstone names who closed it', async () => {
    const manajer = await logInAs(url, 'manajer.kolaka', DEMO_PASSWORD);
    const base = makeRumahtangga({ createdBy: 'manajer.kolaka' });
    const path = `/slrt-kab-7401/${encodeURIComponent(base._id)}`;
    const branches = [
      { ...base, _rev: '1-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', desil: 1 },
      { ...base, _rev: '1-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', desil: 2 }
    ];
    expect((await manajer.request('POST', '/slrt-kab-7401/_bulk_docs', { docs: branches, new_edits: false })).body).toEqual([]);
    const winner = (await manajer.request('GET', `${path}?conflicts=true`)).body;
    const [loser] = winner._conflicts;

    const unnamed = await manajer.request('DELETE', `${path}?rev=${loser}`);
    expect(unnamed.status).toBe(403);

    const closed = await manajer.request('POST', '/slrt-kab-7401/_bulk_docs', {
      docs: [{ _id: base._id, _rev: loser, _deleted: true, updatedBy: 'manajer.kolaka', updatedAt: new Date().toISOString() }]
    });
    expect(closed.body).toEqual([expect.objectContaining({ ok: true })]);
    const after = (await manajer.request('GET', `${path}?conflicts=true`)).body;
    expect(after._conflicts).toBeUndefined();
    expect(after.desil).toBe(winner.desil);
  });
});

describe('a household updated in the district', () => {
  it('reaches the kecamatan database as an update, and a replicated update is stored, not dropped', async () => {
    const manajer = await logInAs(url, 'manajer.kolaka', DEMO_PASSWORD);
    const created = makeRumahtangga({ createdBy: 'manajer.kolaka' });
    const path = (db: string) => `/${db}/${encodeURIComponent(created._id)}`;
    const first = await manajer.request('PUT', path('slrt-kab-7401'), created);
    expect(first.status).toBe(201);
    const fasilitator = await logInAs(url, 'fasilitator.wundulako', DEMO_PASSWORD);
    const revInKecamatan = async () => (await fasilitator.request('GET', path('slrt-kec-740101'))).body._rev;
    await expect.poll(revInKecamatan, { timeout: 30_000 }).toBe(first.body.rev);

    const changed = { ...created, _rev: first.body.rev, desil: 1, updatedBy: 'manajer.kolaka', updatedAt: new Date().toISOString() };
    const second = await manajer.request('PUT', path('slrt-kab-7401'), changed);
    expect(second.status).toBe(201);

    // The router copies it with _bulk_docs and new_edits false, as every replication does:
    // the embedded server used to overwrite the revision history and keep the old version.
    await expect.poll(revInKecamatan, { timeout: 30_000 }).toBe(second.body.rev);
    expect((await fasilitator.request('GET', path('slrt-kec-740101'))).body.desil).toBe(1);
  });
});

describe('a national programme in the district catalogue', () => {
  const id = 'program:7401:listrik';
  let manajer: UserClient;
  beforeAll(async () => {
    manajer = await logInAs(url, 'manajer.kolaka', DEMO_PASSWORD);
  });

  async function simpan(ubah: Record<string, unknown>) {
    const current = (await manajer.request('GET', `/slrt-kab-7401/${id}`)).body;
    return manajer.request('PUT', `/slrt-kab-7401/${id}`, { ...current, ...ubah, updatedBy: 'manajer.kolaka', updatedAt: new Date().toISOString() });
  }

  it('takes the district’s description, and refuses new criteria or routing, as set nationally', async () => {
    expect((await simpan({ uraian: 'Dicatat di meja Puskesos' })).status).toBe(201);
    const kriteria = await simpan({ kriteria: { fakta: 'ada-lansia' } });
    expect(kriteria.status).toBe(403);
    expect(kriteria.body.reason).toMatch(/kriteria program nasional ditetapkan secara nasional/);
    expect((await simpan({ kanal: 'siks-ng' })).status).toBe(403);
    expect((await simpan({ tujuanRujukan: { id: 'lain', nama: 'Lain' } })).status).toBe(403);
  });

  it('refuses a national programme added by a user', async () => {
    const { _rev: _, ...salinan } = (await manajer.request('GET', `/slrt-kab-7401/${id}`)).body;
    const baru = { ...salinan, _id: 'program:7401:pkh-baru', createdBy: 'manajer.kolaka', programId: 'pkh' };
    const res = await manajer.request('PUT', `/slrt-kab-7401/${baru._id}`, baru);
    expect(res.status).toBe(403);
    expect(res.body.reason).toMatch(/dimuat oleh penyiapan sistem/);
  });
});
