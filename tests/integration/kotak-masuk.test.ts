import nano from 'nano';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';
import { logInAs, type UserClient } from '../harness/http';
import { newDocId } from '../../app/lib/domain/ids';
import type { DocOf } from '../../app/lib/domain/schemas';
import { makeKeluhan, makeRujukan, makeTindaklanjut } from '../../app/lib/test-data/event-factory';

/**
 * The programme manager's inbox, from the server's side: `pengelola.pkh.kolaka` reads and
 * answers the PKH referrals of Kolaka in `slrt-rujukan-7401-pkh`, and nothing else.
 */
const url = inject('slrtUrl');
const couch = nano(inject('couchAdminUrl'));
const PKH = 'slrt-rujukan-7401-pkh';
const BPNT = 'slrt-rujukan-7401-bpnt';
/** The PKH inbox as the server admin reads it. */
const pkh = couch.use<DocOf<'tindaklanjut'>>(PKH);

const path = (db: string, id: string) => `/${db}/${encodeURIComponent(id)}`;

/** A referral of programme `programId`, with the fresh id the app would give it. */
function rujukan(programId: string): DocOf<'rujukan'> {
  const kasus = makeKeluhan({ programId });
  return makeRujukan(kasus, { _id: newDocId('rujukan', kasus.wilayah.desa as string), programId, createdBy: 'manajer.kolaka' });
}

/** A response by the programme manager, as the inbox screen makes it. */
function tindaklanjut(r: DocOf<'rujukan'>, hasil: DocOf<'tindaklanjut'>['hasil'] = 'diterima'): DocOf<'tindaklanjut'> {
  return makeTindaklanjut(r, { _id: newDocId('tindaklanjut', r.wilayah.kecamatan as string), hasil, createdAt: new Date().toISOString() });
}

describe('pengelola.pkh.kolaka', () => {
  let pengelola: UserClient;
  let rujukanPkh: DocOf<'rujukan'>;
  let rujukanBpnt: DocOf<'rujukan'>;

  beforeAll(async () => {
    pengelola = await logInAs(url, 'pengelola.pkh.kolaka', DEMO_PASSWORD);
    // Referrals reach the inboxes through the router; the test puts them there as the server admin.
    rujukanPkh = rujukan('pkh');
    rujukanBpnt = rujukan('bpnt');
    await pkh.insert(rujukanPkh as never);
    await couch.use(BPNT).insert(rujukanBpnt as never);
  });

  it('reads the PKH inbox of Kolaka, its referrals included', async () => {
    const res = await pengelola.request('GET', path(PKH, rujukanPkh._id));
    expect(res.status).toBe(200);
    expect(res.body.perihal).toEqual(rujukanPkh.perihal);
  });

  it('is refused the BPNT inbox, the kabupaten and every kecamatan database', async () => {
    for (const db of [BPNT, 'slrt-kab-7401', 'slrt-kec-740101', 'slrt-kec-740107']) {
      const res = await pengelola.request('GET', `/${db}/_all_docs?limit=1`);
      expect(res.status, db).toBeGreaterThanOrEqual(401);
      expect(res.status, db).toBeLessThanOrEqual(403);
    }
    expect((await pengelola.request('GET', path(BPNT, rujukanBpnt._id))).status).toBeGreaterThanOrEqual(401);
  });

  it('answers a PKH referral in its inbox', async () => {
    const doc = tindaklanjut(rujukanPkh);
    const res = await pengelola.request('PUT', path(PKH, doc._id), doc);
    expect(res.status).toBe(201);
    expect((await pkh.get(doc._id)).hasil).toBe('diterima');
  });

  it('cannot answer in the BPNT inbox', async () => {
    const doc = tindaklanjut(rujukanBpnt, 'selesai');
    const res = await pengelola.request('PUT', path(BPNT, doc._id), doc);
    expect(res.status).toBeGreaterThanOrEqual(401);
    expect(res.status).toBeLessThanOrEqual(403);
    await expect(couch.use(BPNT).get(doc._id)).rejects.toMatchObject({ statusCode: 404 });
  });

  it('cannot change or delete its own response, nor anyone else’s', async () => {
    const own = tindaklanjut(rujukanPkh, 'selesai');
    const created = await pengelola.request('PUT', path(PKH, own._id), own);
    expect(created.status).toBe(201);
    const changed = await pengelola.request('PUT', path(PKH, own._id), { ...own, _rev: created.body.rev, tanggapan: 'diubah' });
    expect(changed.status).toBe(403);
    const deleted = await pengelola.request('DELETE', `${path(PKH, own._id)}?rev=${created.body.rev}`);
    expect(deleted.status).toBe(403);

    // A response written by someone else (here by the server admin, in the manager's name).
    const other = { ...tindaklanjut(rujukanPkh, 'ditinjau'), createdBy: 'pengelola.lain' };
    const { rev } = await pkh.insert(other as never);
    expect((await pengelola.request('PUT', path(PKH, other._id), { ...other, _rev: rev, tanggapan: 'diubah' })).status).toBe(403);
    expect((await pengelola.request('DELETE', `${path(PKH, other._id)}?rev=${rev}`)).status).toBe(403);
    expect((await pkh.get(own._id)).tanggapan).toBe(own.tanggapan);
    expect((await pkh.get(other._id)).tanggapan).toBe(other.tanggapan);
  });

  it('cannot write a referral, not even of its own programme', async () => {
    const doc = { ...rujukan('pkh'), createdBy: 'pengelola.pkh.kolaka' };
    const res = await pengelola.request('PUT', path(PKH, doc._id), doc);
    expect(res.status).toBe(403);
  });

  it('cannot sign a response with another name', async () => {
    const doc = { ...tindaklanjut(rujukanPkh), createdBy: 'manajer.kolaka' };
    expect((await pengelola.request('PUT', path(PKH, doc._id), doc)).status).toBe(403);
  });
});
