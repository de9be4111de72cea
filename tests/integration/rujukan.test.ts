/**
 * A complaint's whole way on the real embedded server with the demo accounts, every step
 * written as the app writes it and every refusal proven from the server's side: facilitator →
 * supervisor → manager → the PKH programme manager's inbox (and no other) → its responses back
 * to the kabupaten and the kecamatan, where the facilitator's device syncs them.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { reduceCase } from '../../app/lib/domain/case-state';
import { newDocId } from '../../app/lib/domain/ids';
import { isiRujukan } from '../../app/lib/domain/rujukan';
import { parseDoc, type DocOf, type SlrtDoc } from '../../app/lib/domain/schemas';
import { wilayahOf } from '../../app/lib/domain/wilayah';
import { makeKeluhan } from '../../app/lib/test-data/event-factory';
import { DESA_CONTOH } from '../../app/lib/test-data/household-factory';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';
import { logInAs, type UserClient } from '../harness/http';

const url = inject('slrtUrl');
const KEC = 'slrt-kec-740101';
const KAB = 'slrt-kab-7401';
const PKH = 'slrt-rujukan-7401-pkh';
const BPNT = 'slrt-rujukan-7401-bpnt';
const ROUTER_WAIT = { timeout: 30_000 };

const path = (db: string, id: string) => `/${db}/${encodeURIComponent(id)}`;

/** An event of the complaint's case, as the app heads it: fresh id, the case's desa, now. */
function peristiwa<T extends 'review' | 'rujukan' | 'tindaklanjut'>(type: T, kasus: DocOf<'keluhan'>, createdBy: string, fields: object) {
  const doc = {
    _id: newDocId(type, kasus.wilayah.kecamatan as string),
    type,
    schema: 1,
    wilayah: kasus.wilayah,
    createdBy,
    createdAt: new Date().toISOString(),
    kasusId: kasus._id,
    ...fields
  };
  const parsed = parseDoc(doc);
  expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  return doc as DocOf<T>;
}

/** Not a member of the database (401 on the embedded server, 403 on CouchDB) or refused by its rules. */
function expectRefused(status: number, what: string): void {
  expect(status, what).toBeGreaterThanOrEqual(401);
  expect(status, what).toBeLessThanOrEqual(403);
}

async function put(client: UserClient, db: string, doc: { _id: string; [field: string]: unknown }) {
  return client.request('PUT', path(db, doc._id), doc);
}

describe('a PKH complaint referred and answered', () => {
  let fasilitator: UserClient;
  let supervisor: UserClient;
  let manajer: UserClient;
  let pengelolaPkh: UserClient;
  let pengelolaBpnt: UserClient;
  const keluhan = makeKeluhan({
    _id: newDocId('keluhan', DESA_CONTOH),
    wilayah: wilayahOf(DESA_CONTOH) as DocOf<'keluhan'>['wilayah'],
    createdBy: 'fasilitator.wundulako',
    kategori: 'non-kepesertaan',
    programId: 'pkh',
    uraian: 'Bantuan PKH tahap 3 belum diterima padahal nama tercantum',
    pelapor: { nama: 'Wa Ode Sitti Rahmah', nik: '7401014302850002' },
    persetujuanBerbagiData: true
  });
  let rujukan: DocOf<'rujukan'>;

  beforeAll(async () => {
    [fasilitator, supervisor, manajer, pengelolaPkh, pengelolaBpnt] = await Promise.all(
      ['fasilitator.wundulako', 'supervisor.wundulako', 'manajer.kolaka', 'pengelola.pkh.kolaka', 'pengelola.bpnt.kolaka'].map((name) =>
        logInAs(url, name, DEMO_PASSWORD)
      )
    );
  });

  it('the facilitator records it and the supervisor approves it, at the supervisor’s stage only', async () => {
    expect((await put(fasilitator, KEC, keluhan)).status).toBe(201);
    const atManagerStage = peristiwa('review', keluhan, 'supervisor.wundulako', { tahap: 'manajer', keputusan: 'setuju' });
    const refused = await put(supervisor, KEC, atManagerStage);
    expect(refused.status).toBe(403);
    expect(refused.body.reason).toMatch(/tahap manajer hanya dapat disimpan oleh peran manajer/);
    const approved = peristiwa('review', keluhan, 'supervisor.wundulako', { tahap: 'supervisor', keputusan: 'setuju' });
    expect((await put(supervisor, KEC, approved)).status).toBe(201);
  });

  it('the manager refers it from the kabupaten database, and it reaches the PKH inbox only', async () => {
    await expect.poll(async () => (await manajer.request('GET', path(KAB, keluhan._id))).status, ROUTER_WAIT).toBe(200);
    rujukan = peristiwa('rujukan', keluhan, 'manajer.kolaka', {
      programId: 'pkh',
      tujuan: 'kemensos-jsk',
      namaTujuan: 'Direktorat Jaminan Sosial Keluarga',
      kanal: 'langsung',
      ...isiRujukan(keluhan)
    });
    expect((await put(manajer, KAB, rujukan)).status).toBe(201);
    await expect.poll(async () => (await pengelolaPkh.request('GET', path(PKH, rujukan._id))).status, ROUTER_WAIT).toBe(200);
    const inInbox = (await pengelolaPkh.request('GET', path(PKH, rujukan._id))).body;
    expect(inInbox.pemohon).toEqual({ nama: 'Wa Ode Sitti Rahmah', nik: '7401014302850002' });
    // The inbox holds referrals, never the complaint or the district's other documents.
    expect((await pengelolaPkh.request('GET', path(PKH, keluhan._id))).status).toBe(404);
    expect((await pengelolaBpnt.request('GET', path(BPNT, rujukan._id))).status).toBe(404);
    for (const db of [PKH, KAB, KEC]) expectRefused((await pengelolaBpnt.request('GET', `/${db}/_all_docs?limit=1`)).status, db);
  });

  it('the PKH programme manager answers in its inbox only, and cannot change an answer', async () => {
    const diterima = peristiwa('tindaklanjut', keluhan, 'pengelola.pkh.kolaka', {
      rujukanId: rujukan._id,
      hasil: 'diterima',
      tanggapan: 'Diterima, pendamping PKH akan memeriksa data penyaluran'
    });
    expectRefused((await put(pengelolaBpnt, PKH, { ...diterima, createdBy: 'pengelola.bpnt.kolaka' })).status, 'BPNT in the PKH inbox');
    const written = await put(pengelolaPkh, PKH, diterima);
    expect(written.status).toBe(201);
    const changed = await pengelolaPkh.request('PUT', path(PKH, diterima._id), { ...diterima, _rev: written.body.rev, hasil: 'selesai' });
    expect(changed.status).toBe(403);
    const removed = await pengelolaPkh.request('DELETE', `${path(PKH, diterima._id)}?rev=${written.body.rev}`);
    expect(removed.status).toBe(403);
    const asSecretariat = peristiwa('tindaklanjut', keluhan, 'pengelola.pkh.kolaka', {
      rujukanId: rujukan._id,
      hasil: 'ditangani-langsung',
      tanggapan: 'x'
    });
    expect((await put(pengelolaPkh, PKH, asSecretariat)).status).toBe(403);
    expectRefused((await put(pengelolaPkh, KAB, diterima)).status, 'PKH in the kabupaten database');
  });

  it('a response for a case never referred to the inbox stays there; the real answers reach the facilitator’s kecamatan', async () => {
    const lain = makeKeluhan({ _id: newDocId('keluhan', DESA_CONTOH), wilayah: keluhan.wilayah, createdBy: 'fasilitator.wundulako' });
    // Through a referral it holds, the programme manager tries to close a case it was never sent.
    const dipalsu = peristiwa('tindaklanjut', lain, 'pengelola.pkh.kolaka', { rujukanId: rujukan._id, hasil: 'selesai', tanggapan: 'x' });
    expect((await put(pengelolaPkh, PKH, dipalsu)).status).toBe(201);
    const selesai = peristiwa('tindaklanjut', keluhan, 'pengelola.pkh.kolaka', {
      rujukanId: rujukan._id,
      hasil: 'selesai',
      tanggapan: 'Bantuan tahap 3 sudah disalurkan ke rekening KKS'
    });
    expect((await put(pengelolaPkh, PKH, selesai)).status).toBe(201);

    await expect.poll(async () => (await fasilitator.request('GET', path(KEC, selesai._id))).status, ROUTER_WAIT).toBe(200);
    // Written before the real answer in the same inbox: the router has judged it by now.
    expect((await manajer.request('GET', path(KAB, dipalsu._id))).status).toBe(404);

    const timeline = await fasilitator.request(
      'GET',
      `/${KEC}/_design/kasus/_view/peristiwa?include_docs=true&startkey=${encodeURIComponent(JSON.stringify([keluhan._id]))}` +
        `&endkey=${encodeURIComponent(JSON.stringify([keluhan._id, {}]))}`
    );
    const docs = (timeline.body.rows as { doc: SlrtDoc }[]).map((r) => r.doc);
    const state = reduceCase(keluhan._id, docs);
    expect(state.status).toBe('selesai');
    expect(state.timeline.map((e) => e.type)).toEqual(['keluhan', 'review', 'rujukan', 'tindaklanjut', 'tindaklanjut']);
    expect(state.timeline.at(-1)?.catatan).toBe('Bantuan tahap 3 sudah disalurkan ke rekening KKS');
  });
});
