/**
 * Faults on the server's side (issue 9, docs/keandalan.md): CouchDB crashing and the whole
 * SLRT restarting in the middle of a stream of writes — every acknowledged write survives, the
 * rest goes in when the writer tries again, nothing twice — and documents of other schema
 * versions: refused with a reason, or kept exactly as sent, never half-written. On an SLRT of
 * its own (the restarts would disturb the shared one), with users made for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDoc } from '../../app/lib/domain/schemas';
import { makeKeluhan } from '../../app/lib/test-data/event-factory';
import { makeRumahtangga } from '../../app/lib/test-data/household-factory';
import { asAdmin, createUser } from '../harness/http';
import { startTestInstance, type TestInstance } from '../harness/slrt-instance';
import { waitFor } from '../harness/wait';

const KEC = 'slrt-kec-740101';
const KAB = 'slrt-kab-7401';
const SANDI = 'sandi-uji-gangguan';
const FASILITATOR = 'fasilitator.wundulako';

/** Basic auth, so a writer needs no new session after a restart (the firewall accepts both). */
const basic = (name: string) => `Basic ${Buffer.from(`${name}:${SANDI}`).toString('base64')}`;

type Keluhan = ReturnType<typeof makeKeluhan>;

/** One write as a device sends it; the status, or 0 when the server could not be reached. */
async function put(url: string, user: string, db: string, doc: { _id: string }): Promise<number> {
  try {
    const res = await fetch(`${url}/db/${db}/${encodeURIComponent(doc._id)}`, {
      method: 'PUT',
      headers: { authorization: basic(user), 'content-type': 'application/json' },
      body: JSON.stringify(doc)
    });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

/** Every document of `ids` as stored now (admin read of the kecamatan database). */
async function stored(url: string, ids: string[]): Promise<Map<string, Record<string, unknown>>> {
  const res = await fetch(`${url}/db/${KEC}/_all_docs?include_docs=true`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from('admin:test-admin-password').toString('base64')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ keys: ids })
  });
  const body = (await res.json()) as { rows: { id?: string; doc?: Record<string, unknown> | null }[] };
  return new Map(body.rows.flatMap((r) => (r.id && r.doc ? [[r.id, r.doc] as const] : [])));
}

/** Without the fields the server adds, to compare with what was sent. */
function sent(doc: Record<string, unknown>): Record<string, unknown> {
  const { _rev: _ignored, ...rest } = doc;
  return rest;
}

/**
 * Writes `docs` in `streams` parallel streams, calling `fault` once `after` writes are
 * acknowledged. Returns the acknowledged ids and those the writer must send again.
 */
async function streamOfWrites(url: () => string, docs: Keluhan[], after: number, fault: () => Promise<void>, streams = 4) {
  const acknowledged: string[] = [];
  const again: Keluhan[] = [];
  let faulted: Promise<void> | null = null;
  let next = 0;
  await Promise.all(
    Array.from({ length: streams }, async () => {
      while (next < docs.length) {
        const doc = docs[next++];
        const status = await put(url(), FASILITATOR, KEC, doc);
        if (status === 201) acknowledged.push(doc._id);
        else again.push(doc);
        if (acknowledged.length >= after && !faulted) faulted = fault();
      }
    })
  );
  await faulted;
  return { acknowledged, again };
}

/**
 * Sends again what was not acknowledged, as a device does. A write whose answer was lost had
 * arrived after all: CouchDB answers 409 (conflict), PouchDB Server 403 (an event is never
 * changed); what is stored is checked afterwards.
 */
async function sendAgain(url: string, docs: Keluhan[]): Promise<void> {
  for (const doc of docs) {
    let last = 0;
    const status = await waitFor(async () => {
      last = await put(url, FASILITATOR, KEC, doc);
      return [201, 403, 409].includes(last) ? last : null;
    }, 30_000).catch(() => last);
    expect([201, 403, 409]).toContain(status);
  }
}

async function expectAllOnceAsSent(url: string, docs: Keluhan[]): Promise<void> {
  const onServer = await stored(url, docs.map((d) => d._id));
  expect([...onServer.keys()].sort()).toEqual(docs.map((d) => d._id).sort());
  for (const doc of docs) {
    const kept = onServer.get(doc._id)!;
    // Written once: the first revision, with exactly the content sent.
    expect(String(kept._rev)).toMatch(/^1-/);
    expect(sent(kept)).toEqual(doc);
  }
}

describe.runIf(!process.env.COUCHDB_URL)('faults: restarts during writes, old and new schema versions', () => {
  let instance: TestInstance;
  const url = () => instance.slrt.url;

  beforeAll(async () => {
    instance = await startTestInstance({ demoHouseholds: 0 });
    await createUser(url(), FASILITATOR, ['fasilitator', 'kec:740101'], SANDI);
    await createUser(url(), 'manajer.kolaka', ['manajer', 'kab:7401'], SANDI);
  });
  afterAll(() => instance?.stop());

  it('CouchDB killed during a stream of writes: every acknowledged write survives, the rest arrives once when sent again', async () => {
    const docs = Array.from({ length: 240 }, () => makeKeluhan());
    const { acknowledged, again } = await streamOfWrites(url, docs, 60, async () => instance.slrt.killCouch());
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);
    expect(again.length, 'writes were refused while CouchDB was down').toBeGreaterThan(0);

    const afterCrash = await waitFor(async () => {
      const found = await stored(url(), acknowledged);
      return found.size === acknowledged.length ? found : null;
    }, 30_000);
    expect(afterCrash.size).toBe(acknowledged.length);

    await sendAgain(url(), again);
    await expectAllOnceAsSent(url(), docs);
  });

  it('the whole SLRT restarted during a stream of writes: every acknowledged write survives, the rest arrives once when sent again', async () => {
    const docs = Array.from({ length: 160 }, () => makeKeluhan());
    const { acknowledged, again } = await streamOfWrites(url, docs, 40, () => instance.restart(), 2);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);
    expect(again.length, 'writes failed while the server restarted').toBeGreaterThan(0);
    expect((await stored(url(), acknowledged)).size).toBe(acknowledged.length);

    await sendAgain(url(), again);
    await expectAllOnceAsSent(url(), docs);
  });

  it('keeps users logged in through a crash of CouchDB and a restart of the whole server', async () => {
    const login = await fetch(`${url()}/db/_session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: FASILITATOR, password: SANDI })
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const who = async () => {
      const res = await fetch(`${url()}/db/_session`, { headers: { cookie } });
      return res.ok ? ((await res.json()) as { userCtx: { name: string | null } }).userCtx.name : null;
    };
    expect(await who()).toBe(FASILITATOR);
    instance.slrt.killCouch();
    expect(await waitFor(who, 30_000)).toBe(FASILITATOR);
    await instance.restart();
    expect(await who()).toBe(FASILITATOR);
  });

  describe('documents of another schema version', () => {
    const write = (user: string, db: string, doc: { _id: string }) =>
      fetch(`${url()}/db/${db}/${encodeURIComponent(doc._id)}`, {
        method: 'PUT',
        headers: { authorization: basic(user), 'content-type': 'application/json' },
        body: JSON.stringify(doc)
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { reason?: string } }));

    it('refuses a version no SLRT release wrote (none, 0, text) with a reason, storing nothing', async () => {
      for (const schema of [undefined, 0, -1, '1', 1.5]) {
        const doc = { ...makeKeluhan(), schema };
        const res = await write(FASILITATOR, KEC, doc);
        expect(res.status, String(schema)).toBe(403);
        expect(res.body.reason).toBe(`Versi skema data tidak sah (schema: ${String(schema)}). Perbarui aplikasi SLRT di perangkat ini, lalu kirim lagi.`);
        expect((await asAdmin(url(), 'GET', `/${KEC}/${encodeURIComponent(doc._id)}`)).status).toBe(404);
      }
    });

    it('accepts a version-1 document written before the optional fields later added (peran, profil) and reads it with today’s schema', async () => {
      const { peran: _peran, profil: _profil, ...lama } = makeKeluhan({ profil: { jenisKelamin: 'P', disabilitas: false } });
      expect((await write(FASILITATOR, KEC, lama)).status).toBe(201);
      const kept = (await asAdmin(url(), 'GET', `/${KEC}/${encodeURIComponent(lama._id)}`)).body;
      expect(sent(kept)).toEqual(lama);
      expect(parseDoc(kept).ok).toBe(true);
    });

    it('keeps a newer app’s version-2 document exactly as sent, through the router to the kabupaten', async () => {
      const baru = { ...makeKeluhan(), schema: 2, kolomVersi2: { catatan: 'isian yang belum dikenal versi ini' } };
      expect((await write(FASILITATOR, KEC, baru)).status).toBe(201);
      await instance.slrt.routerSettled();
      for (const db of [KEC, KAB]) {
        const kept = await asAdmin(url(), 'GET', `/${db}/${encodeURIComponent(baru._id)}`);
        expect(kept.status, db).toBe(200);
        expect(sent(kept.body), db).toEqual(baru);
      }
    });

    it('refuses an older app’s write over a newer version of a household, which would drop the fields it does not know', async () => {
      const rumah = { ...makeRumahtangga(), schema: 2, kolomVersi2: 'x' };
      const created = await asAdmin(url(), 'PUT', `/${KAB}/${encodeURIComponent(rumah._id)}`, rumah);
      expect(created.status).toBe(201);
      const { kolomVersi2: _dropped, ...versiLama } = { ...rumah, schema: 1, _rev: created.body.rev, desil: 2, updatedBy: 'manajer.kolaka' };
      const res = await write('manajer.kolaka', KAB, versiLama);
      expect(res.status).toBe(403);
      expect(res.body.reason).toBe('Data ini disimpan oleh versi aplikasi yang lebih baru (skema 2). Perbarui aplikasi SLRT sebelum mengubahnya.');
      const kept = await asAdmin(url(), 'GET', `/${KAB}/${encodeURIComponent(rumah._id)}`);
      expect(kept.body).toMatchObject({ _rev: created.body.rev, schema: 2, kolomVersi2: 'x' });
    });

    it('in a pushed batch, refuses the bad version alone and stores the rest', async () => {
      const baik = makeKeluhan();
      const buruk = { ...makeKeluhan(), schema: 0 };
      const res = await fetch(`${url()}/db/${KEC}/_bulk_docs`, {
        method: 'POST',
        headers: { authorization: basic(FASILITATOR), 'content-type': 'application/json' },
        body: JSON.stringify({ docs: [baik, buruk] })
      });
      const rows = (await res.json()) as { id: string; ok?: boolean; error?: string; reason?: string }[];
      expect(rows.find((r) => r.id === baik._id)).toMatchObject({ ok: true });
      expect(rows.find((r) => r.id === buruk._id)).toMatchObject({ error: 'forbidden', reason: expect.stringMatching(/^Versi skema data tidak sah/) });
    });
  });
});
