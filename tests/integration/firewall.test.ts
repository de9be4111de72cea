import { describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';
import { anonymous, logInAs } from '../harness/http';

const url = inject('slrtUrl');

async function serverStillAnswers(): Promise<void> {
  const res = await fetch(`${url}/db/`);
  expect(res.status).toBe(200);
}

describe('the /db/ firewall', () => {
  it('refuses the requests that crash a bare PouchDB Server, and the server stays up', async () => {
    expect((await anonymous(url, 'PUT', '/slrt-baru')).status).toBe(401);
    const fasilitator = await logInAs(url, 'fasilitator.wundulako', DEMO_PASSWORD);
    const ddoc = await fasilitator.request('PUT', '/slrt-kec-740101/_design/jahat', { views: {} });
    expect(ddoc.status).toBe(403);
    const encoded = await fasilitator.request('PUT', '/slrt-kec-740101/_design%2Fjahat', { views: {} });
    expect(encoded.status).toBe(403);
    expect((await fasilitator.request('PUT', '/slrt-kec-749999')).status).toBe(403);
    await serverStillAnswers();
  });

  it('does not list the server’s databases or its configuration to users', async () => {
    const manajer = await logInAs(url, 'manajer.kolaka', DEMO_PASSWORD);
    for (const path of ['/_all_dbs', '/_config', '/_active_tasks', '/_users/_all_docs', '/slrt-kab-7401/_security']) {
      const res = await manajer.request('GET', path);
      expect(res.status, path).toBe(403);
      expect(res.body.reason, path).toMatch(/tidak diizinkan/);
    }
  });

  it('keeps another area’s documents out of reach through _bulk_get and _find too', async () => {
    // PouchDB Server answers both without looking at _security: a province user read
    // Wundulako's households through them until the firewall checked membership itself.
    const admin = { authorization: `Basic ${Buffer.from('admin:test-admin-password').toString('base64')}` };
    const { rows } = (await (await fetch(`${url}/db/slrt-kec-740101/_all_docs?startkey=%22rumahtangga%3A%22&limit=1`, { headers: admin })).json()) as { rows: { id: string }[] };
    for (const name of ['provinsi.sultra', 'nasional', 'fasilitator.pomalaa', 'manajer.kolaka', 'pengelola.pkh.kolaka']) {
      const client = await logInAs(url, name, DEMO_PASSWORD);
      const bulkGet = await client.request('POST', '/slrt-kec-740101/_bulk_get', { docs: [{ id: rows[0].id }] });
      const find = await client.request('POST', '/slrt-kec-740101/_find', { selector: { type: 'rumahtangga' }, limit: 1 });
      for (const res of [bulkGet, find]) {
        expect(res, name).toEqual({ status: 403, body: { error: 'forbidden', reason: 'Basis data ini di luar wilayah kerja Anda.' } });
      }
    }
  });

  it('lets a kecamatan member read its database the way the first download does', async () => {
    // app/lib/db/muat-awal.ts: pages of `_changes` with every leaf, then the revisions with
    // their histories (and photos inline) from `_bulk_get`.
    const fasilitator = await logInAs(url, 'fasilitator.wundulako', DEMO_PASSWORD);
    const changes = await fasilitator.request('GET', '/slrt-kec-740101/_changes?style=all_docs&limit=5&since=0');
    expect(changes.status).toBe(200);
    const results = changes.body.results as { id: string; changes: { rev: string }[] }[];
    expect(results).toHaveLength(5);
    const docs = results.flatMap((c) => c.changes.map(({ rev }) => ({ id: c.id, rev })));
    const got = await fasilitator.request('POST', '/slrt-kec-740101/_bulk_get?revs=true&latest=true&attachments=true', { docs });
    expect(got.status).toBe(200);
    const oks = (got.body.results as { docs: { ok?: { _id: string; _rev: string; _revisions?: unknown } }[] }[]).flatMap((r) => r.docs.map((d) => d.ok));
    expect(oks.map((d) => d && { id: d._id, rev: d._rev })).toEqual(docs);
    expect(oks.every((d) => d?._revisions)).toBe(true);
  });

  it('asks anonymous visitors to log in first, in Bahasa Indonesia', async () => {
    const res = await anonymous(url, 'GET', '/slrt-kec-740101/_all_docs');
    expect(res.status).toBe(401);
    expect(JSON.parse(res.text).reason).toBe('Silakan masuk terlebih dahulu.');
  });

  it('survives malformed bodies and odd paths', async () => {
    const fasilitator = await logInAs(url, 'fasilitator.wundulako', DEMO_PASSWORD);
    const cookieless = await anonymous(url, 'POST', '/_session', '{"name": "x", "password":');
    expect(cookieless.status).toBeGreaterThanOrEqual(400);
    const bulk = await fasilitator.request('POST', '/slrt-kec-740101/_bulk_docs', { docs: 'bukan daftar' });
    expect(bulk.status).toBeGreaterThanOrEqual(400);
    expect((await fasilitator.request('GET', '/%E0%A4%A')).status).toBe(403);
    await serverStillAnswers();
  });
});
