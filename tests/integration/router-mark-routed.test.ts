/**
 * markRoutesReplicated (the bench's fixture): every route's checkpoint set at its source's seq,
 * found by the router's own replication afterwards, so documents already placed are not read
 * again and documents written after are still carried.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { couchAdmin, type CouchAdmin } from '../../couch/router/couch-admin';
import { markRoutesReplicated } from '../../couch/router/mark-routed';
import { replicateRoute } from '../../couch/router/replicate';
import { routesFrom } from '../../couch/router/rules';
import { dokumenUji } from '../harness/dokumen-uji';
import { startBareCouch, type BareCouch } from '../harness/slrt-instance';

const KEC = 'slrt-kec-740101';
const KAB = 'slrt-kab-7401';
const penulis = { name: 'fasilitator.wundulako', jobRole: 'fasilitator' } as const;

let bare: BareCouch;
let couch: CouchAdmin;

beforeAll(async () => {
  bare = await startBareCouch();
  couch = couchAdmin(bare.couch.adminUrl);
  for (const db of [KEC, KAB]) expect((await couch.request(`/${db}`, { method: 'PUT' })).status).toBe(201);
});

afterAll(async () => {
  await bare?.stop();
});

const tulis = async (db: string, doc: { _id: string }) =>
  expect((await couch.request(`/${db}/${encodeURIComponent(doc._id)}`, { method: 'PUT', body: JSON.stringify(doc) })).status).toBe(201);
const ada = async (db: string, id: string) => (await couch.request(`/${db}/${encodeURIComponent(id)}`)).status === 200;

it('marks each route as carried up to now: the router’s replication then moves only what is written after', async () => {
  const dipasang = dokumenUji('keluhan', penulis, { wilayah: '74.01.01' });
  await tulis(KEC, dipasang);
  expect(await markRoutesReplicated(bare.couch.adminUrl)).toBe(2);

  const baru = dokumenUji('keluhan', penulis, { wilayah: '74.01.01' });
  await tulis(KEC, baru);
  const [naik] = routesFrom(KEC, [KEC, KAB]);
  const hasil = await replicateRoute(naik, couch, { batchSize: 100, signal: new AbortController().signal });
  expect(hasil.docsWritten).toBe(1);
  expect(await ada(KAB, baru._id)).toBe(true);
  expect(await ada(KAB, dipasang._id)).toBe(false);
});
