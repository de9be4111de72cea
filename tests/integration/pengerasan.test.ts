/**
 * Hardening of the server (issue 9, docs/keandalan.md), from outside over HTTP: no admin
 * party, the session cookie's flags, the security headers and the Content Security Policy of
 * the app, size limits of what users send, and no personal data in the server's logs. The
 * login rate limit has its own file (login-limit.test.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { keluhanBaru } from '../harness/dokumen';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';
import { asAdmin, createUser, logInAs } from '../harness/http';
import { startTestInstance, type TestInstance } from '../harness/slrt-instance';
import { waitFor } from '../harness/wait';

const url = inject('slrtUrl');
const KEC = 'slrt-kec-740101';

function logIn(headers: Record<string, string> = {}) {
  return fetch(`${url}/db/_session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ name: 'fasilitator.wundulako', password: DEMO_PASSWORD })
  });
}

async function serverStillAnswers(): Promise<void> {
  expect((await fetch(`${url}/db/`)).status).toBe(200);
  const fasilitator = await logInAs(url, 'fasilitator.wundulako', DEMO_PASSWORD);
  expect((await fasilitator.request('PUT', `/${KEC}/${encodeURIComponent(keluhanBaru()._id)}`, keluhanBaru())).status).toBe(201);
}

describe('no admin party', () => {
  it('asks for the server admin on CouchDB itself, not only at the firewall', async () => {
    const couch = new URL(inject('couchAdminUrl'));
    couch.username = '';
    couch.password = '';
    const bare = couch.href.replace(/\/$/, '');
    // (An anonymous PUT of a new database is not tried here: it crashes a bare PouchDB Server,
    // which is why the firewall refuses it first, firewall.test.ts.)
    for (const [method, p] of [['GET', '/_config'], ['PUT', '/_config/admins/penyusup'], ['GET', '/_config/admins']] as const) {
      const res = await fetch(`${bare}${p}`, { method, body: method === 'PUT' ? '"rahasia"' : undefined });
      expect(res.status, `${method} ${p}`).toBe(401);
    }
    expect((await fetch(`${url}/db/_config/admins/penyusup`, { method: 'PUT', body: '"rahasia"' })).status).toBe(401);
  });
});

describe('the session cookie', () => {
  it('is HttpOnly and SameSite=Strict, and not Secure over plain HTTP', async () => {
    const cookie = (await logIn()).headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^AuthSession=/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('is Secure when the local proxy says the request came over TLS', async () => {
    const cookie = (await logIn({ 'x-forwarded-proto': 'https' })).headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/; HttpOnly; SameSite=Strict; Secure$/);
  });
});

describe('security headers', () => {
  it('serves the app with a Content Security Policy that allows its own start script by hash and nothing foreign', async () => {
    const res = await fetch(`${url}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    const html = await res.text();
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline.length).toBeGreaterThan(0);
    for (const script of inline) {
      expect(csp).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    }
    // 'unsafe-eval' for PouchDB's offline views, built from design-document source (couch/server/csp.ts).
    expect(csp).toMatch(/(^|;)script-src 'self' 'unsafe-eval' 'sha256-/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('sends the usual headers on the app, /api/ and /db/, and does not say what it runs on', async () => {
    for (const p of ['/', '/lacak', '/api/health', '/db/', '/db/slrt-kec-740101']) {
      const res = await fetch(`${url}${p}`);
      expect(res.headers.get('x-content-type-options'), p).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), p).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy'), p).toBe('no-referrer');
      expect(res.headers.get('cross-origin-opener-policy'), p).toBe('same-origin');
      expect(res.headers.get('content-security-policy'), p).toBeTruthy();
      expect(res.headers.get('x-powered-by'), p).toBeNull();
    }
  });
});

describe('size limits', () => {
  it('refuses a request over 16 MB in words, and the server stays up', async () => {
    const fasilitator = await logInAs(url, 'fasilitator.wundulako', DEMO_PASSWORD);
    const huge = { ...keluhanBaru(), uraian: 'x'.repeat(17 * 1024 * 1024) };
    const res = await fasilitator.request('PUT', `/${KEC}/${encodeURIComponent(huge._id)}`, huge);
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ error: 'too_large', reason: 'Data yang dikirim terlalu besar (batas 16 MB per kiriman). Kirim lebih sedikit data sekaligus.' });
    expect((await asAdmin(url, 'GET', `/${KEC}/${encodeURIComponent(huge._id)}`)).status).toBe(404);
    await serverStillAnswers();
  });

  it('refuses a document over 2 MB inside the request limit, alone, with its reason', async () => {
    const fasilitator = await logInAs(url, 'fasilitator.wundulako', DEMO_PASSWORD);
    const besar = { ...keluhanBaru(), uraian: 'x'.repeat(3 * 1024 * 1024) };
    const kecil = keluhanBaru();
    const res = await fasilitator.request('POST', `/${KEC}/_bulk_docs`, { docs: [besar, kecil] });
    expect(res.status).toBe(201);
    const rows = res.body as { id: string }[];
    expect(rows.find((r) => r.id === besar._id)).toEqual({
      id: besar._id,
      error: 'forbidden',
      reason: 'Data terlalu besar (lebih dari 2 MB). Persingkat isiannya, lalu simpan lagi.'
    });
    expect(rows.find((r) => r.id === kecil._id)).toMatchObject({ ok: true });
    await serverStillAnswers();
  });

  it('refuses an attachment over 1 MB, inline or on its own, and keeps a photo-sized one', async () => {
    const fasilitator = await logInAs(url, 'fasilitator.wundulako', DEMO_PASSWORD);
    const foto = (bytes: number) => ({ 'foto-dokumen.jpg': { content_type: 'image/jpeg', data: Buffer.alloc(bytes, 7).toString('base64') } });
    const biasa = { ...keluhanBaru(), _attachments: foto(300 * 1024) };
    const besar = { ...keluhanBaru(), _attachments: foto(1536 * 1024) };
    const res = await fasilitator.request('POST', `/${KEC}/_bulk_docs`, { docs: [biasa, besar] });
    const rows = res.body as { id: string }[];
    expect(rows.find((r) => r.id === biasa._id)).toMatchObject({ ok: true });
    expect(rows.find((r) => r.id === besar._id)).toEqual({
      id: besar._id,
      error: 'forbidden',
      reason: 'Lampiran foto-dokumen.jpg terlalu besar (lebih dari 1 MB). Perkecil foto atau berkasnya, lalu simpan lagi.'
    });

    const kept = await asAdmin(url, 'GET', `/${KEC}/${encodeURIComponent(biasa._id)}`);
    const sendiri = await fetch(`${url}/db/${KEC}/${encodeURIComponent(biasa._id)}/besar.jpg?rev=${kept.body._rev}`, {
      method: 'PUT',
      headers: { cookie: (await logIn()).headers.get('set-cookie')!.split(';')[0], 'content-type': 'image/jpeg' },
      body: new Uint8Array(2 * 1024 * 1024).fill(7)
    });
    expect(sendiri.status).toBe(413);
    expect((await sendiri.json()).reason).toBe('Lampiran terlalu besar (batas 1 MB). Perkecil foto atau berkasnya, lalu kirim lagi.');
    await serverStillAnswers();
  });
});

describe.runIf(!process.env.COUCHDB_URL)('the server’s logs', () => {
  const NIK = '7401015505900001';
  const NAMA = 'Wa Ode Nurhayati Uji';
  const TELEPON = '081234567890';
  const lines: string[] = [];
  let instance: TestInstance;

  beforeAll(async () => {
    instance = await startTestInstance({ demoHouseholds: 0, log: (m) => lines.push(m) });
  });
  afterAll(() => instance?.stop());

  it('hold no NIK, name or phone number of a complaint that went through every path of the server', async () => {
    const base = instance.slrt.url;
    await createUser(base, 'fasilitator.wundulako', ['fasilitator', 'kec:740101'], 'sandi-uji-log');
    const fasilitator = await logInAs(base, 'fasilitator.wundulako', 'sandi-uji-log');
    const keluhan = { ...keluhanBaru(), uraian: `Bantuan untuk ${NAMA} belum cair`, pelapor: { nama: NAMA, nik: NIK, telepon: TELEPON } };
    const put = (doc: { _id: string } & Record<string, unknown>) => fasilitator.request('PUT', `/${KEC}/${encodeURIComponent(doc._id)}`, doc);

    expect((await put(keluhan)).status).toBe(201);
    // Refused writes: a forged author, an old schema, a body that is not JSON.
    expect((await put({ ...keluhan, _id: keluhanBaru()._id, createdBy: 'orang.lain' })).status).toBe(403);
    expect((await put({ ...keluhan, _id: keluhanBaru()._id, schema: 0 })).status).toBe(403);
    const rusak = await fetch(`${base}/db/${KEC}/x`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: `{"nik": "${NIK}", "nama": "${NAMA}"` });
    expect(rusak.status).toBeGreaterThanOrEqual(400);
    // The router carries it to the kabupaten; the public status page reads it there.
    await instance.slrt.routerSettled();
    expect((await fetch(`${base}/api/lacak/${keluhan.kodeLacak}`)).status).toBe(200);
    // CouchDB dies while the complaint is being written again: the proxy logs the failure.
    instance.slrt.killCouch();
    await put({ ...keluhan, _id: keluhanBaru()._id });
    await waitFor(async () => ((await put({ ...keluhan, _id: keluhanBaru()._id })).status === 201 ? true : null), 30_000);

    expect(lines.some((l) => l.includes('dimulai ulang')), 'the log was captured').toBe(true);
    const couchLogFile = path.join(instance.dataDir, 'couch.log');
    const couchLog = existsSync(couchLogFile) ? readFileSync(couchLogFile, 'utf8') : '';
    for (const secret of [NIK, NAMA, 'Nurhayati', TELEPON]) {
      expect(lines.filter((l) => l.includes(secret)), secret).toEqual([]);
      expect(couchLog.includes(secret), `couch.log: ${secret}`).toBe(false);
    }
  });
});
