/**
 * The router's checkpoints are out of members' reach. PouchDB names a checkpoint by hashing the
 * source and target ids — the server's public uuid (`GET /`) and the database names — with the
 * filter's identity. A facilitator who computes that name without the server's secret and moves
 * the checkpoint there past new documents finds no checkpoint of the router there, and stops
 * nothing: its kecamatan's documents still reach the kabupaten. (Before the secret, the router
 * skipped every document written up to the forged sequence.)
 */
import { createRequire } from 'node:module';
import { expect, inject, it } from 'vitest';
import { couchAdmin } from '../../couch/router/couch-admin';
import { PLACEMENT_RULES_VERSION } from '../../couch/router/rules';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';
import { dokumenUji } from '../harness/dokumen-uji';
import { logInAs } from '../harness/http';

const require = createRequire(import.meta.url);
const { binaryMd5 } = require('pouchdb-md5') as { binaryMd5(data: string, callback: (digest: string) => void): void };

const url = inject('slrtUrl');
const couch = couchAdmin(inject('couchAdminUrl'));
const KEC = 'slrt-kec-740101';

/** Where PouchDB 7 would keep the kecamatan → kabupaten checkpoint, were the filter's identity public. */
async function tebakanTitikPeriksa(uuid: string): Promise<string> {
  const data = `${uuid}${KEC}${uuid}slrt-kab-7401slrt-router:everything:v${PLACEMENT_RULES_VERSION}`;
  const digest = await new Promise<string>((resolve) => binaryMd5(data, resolve));
  return `_local/${digest.replace(/\//g, '.').replace(/\+/g, '_')}`;
}

it('a facilitator cannot find or move the router’s checkpoint in its kecamatan database', async () => {
  const fasilitator = await logInAs(url, 'fasilitator.wundulako', DEMO_PASSWORD);
  const { uuid } = (await fasilitator.request('GET', '/')).body;
  expect(typeof uuid).toBe('string');
  const id = await tebakanTitikPeriksa(uuid);
  expect((await fasilitator.request('GET', `/${KEC}/${id}`)).status).toBe(404);

  const { update_seq } = (await fasilitator.request('GET', `/${KEC}`)).body;
  const session_id = 'palsu';
  const forged = { session_id, last_seq: Number(update_seq) + 1000, history: [{ session_id, last_seq: Number(update_seq) + 1000 }], replicator: 'pouchdb', version: 1 };
  expect((await fasilitator.request('PUT', `/${KEC}/${id}`, forged)).status).toBe(201);

  const doc = dokumenUji('keluhan', { name: 'fasilitator.wundulako', jobRole: 'fasilitator' }, { wilayah: '74.01.01' });
  expect((await fasilitator.request('PUT', `/${KEC}/${encodeURIComponent(doc._id)}`, doc)).status).toBe(201);
  const inKabupaten = async () => (await couch.request(`/slrt-kab-7401/${encodeURIComponent(doc._id)}`)).status;
  await expect.poll(inKabupaten, { timeout: 30_000 }).toBe(200);
});
