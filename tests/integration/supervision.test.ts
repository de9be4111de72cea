import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestInstance, type TestInstance } from '../harness/slrt-instance';
import { waitFor } from '../harness/wait';

// Only the embedded server is supervised by SLRT; an Apache CouchDB has its own service manager.
describe.runIf(!process.env.COUCHDB_URL)('the supervised embedded CouchDB', () => {
  let instance: TestInstance;
  beforeAll(async () => {
    instance = await startTestInstance({ demoHouseholds: 0 });
  });
  afterAll(() => instance?.stop());

  it('is restarted after it dies, keeping every acknowledged write', async () => {
    const auth = { authorization: `Basic ${Buffer.from('admin:test-admin-password').toString('base64')}` };
    const docs = Array.from({ length: 200 }, (_, i) => ({ _id: `uji-${String(i).padStart(4, '0')}`, n: i }));
    const db = `${instance.slrt.url}/db/uji-supervisi`;
    expect((await fetch(db, { method: 'PUT', headers: auth })).status).toBe(201);
    const written = await fetch(`${db}/_bulk_docs`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ docs })
    });
    expect(written.status).toBe(201);

    instance.slrt.killCouch();
    const down = await fetch(db, { headers: auth });
    expect([200, 503]).toContain(down.status);
    if (down.status === 503) expect((await down.json()).reason).toMatch(/tidak dapat dihubungi/);

    const rows = await waitFor(async () => {
      const res = await fetch(`${db}/_all_docs?startkey="uji-"&endkey="uji-\ufff0"`, { headers: auth });
      return res.ok ? ((await res.json()) as { rows: { id: string }[] }).rows : null;
    });
    expect(rows.map((r) => r.id)).toEqual(docs.map((d) => d._id));
  });
});
