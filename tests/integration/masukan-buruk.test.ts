/**
 * Bad input at the server (issue 9, docs/keandalan.md): document bodies sent straight to
 * `/db/` — malformed JSON, wrong types, huge strings, unexpected fields — each refused in
 * words, the server still up and the database otherwise untouched; and random input to the
 * public status lookup (fast-check). Structure beyond what the server rules on (a number where
 * a text belongs) is the app's zod schemas' to check before saving: the server keeps what an
 * authorised writer sends in its area, so a newer app's fields are not lost.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';
import { keluhanBaru } from '../harness/dokumen';
import { asAdmin, logInAs, type UserClient } from '../harness/http';

const url = inject('slrtUrl');
const KEC = 'slrt-kec-740101';

let fasilitator: UserClient;
let cookie: string;

beforeAll(async () => {
  fasilitator = await logInAs(url, 'fasilitator.wundulako', DEMO_PASSWORD);
  const login = await fetch(`${url}/db/_session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'fasilitator.wundulako', password: DEMO_PASSWORD })
  });
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
});

/** A raw body, exactly as given, with the fasilitator's session. */
async function raw(method: string, path: string, body: string) {
  const res = await fetch(`${url}/db${path}`, { method, headers: { cookie, 'content-type': 'application/json' }, body });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as { error?: string; reason?: string } };
}

async function docIds(): Promise<string[]> {
  return ((await asAdmin(url, 'GET', `/${KEC}/_all_docs`)).body.rows as { id: string }[]).map((r) => r.id);
}

/** After bad input: the server answers, a good write goes in, and nothing else appeared. */
async function nothingElseAffected(before: string[], expected: string[] = []): Promise<void> {
  const good = keluhanBaru();
  expect((await fasilitator.request('PUT', `/${KEC}/${encodeURIComponent(good._id)}`, good)).status).toBe(201);
  const after = await docIds();
  expect(after.filter((id) => !before.includes(id)).sort()).toEqual([...expected, good._id].sort());
}

const BUKAN_JSON = 'Data yang dikirim tidak dapat dibaca (bukan JSON yang sah). Data di server tidak berubah.';

describe('document bodies sent straight to /db/', () => {
  it.each([
    ['cut off', '{"type": "keluhan", "uraian": "Bantuan bel'],
    ['a trailing comma', '{"type": "keluhan",}'],
    ['single quotes', "{'type': 'keluhan'}"],
    ['NaN', '{"type": "keluhan", "schema": NaN}'],
    ['bytes that are not text', '\u0000\u00ff\u00fe{'],
    ['two documents glued', '{"a": 1}{"b": 2}']
  ])('malformed JSON (%s) is refused in words, for a document and a batch', async (_name, body) => {
    const before = await docIds();
    for (const [method, path] of [
      ['PUT', `/${KEC}/${encodeURIComponent(keluhanBaru()._id)}`],
      ['POST', `/${KEC}`],
      ['POST', `/${KEC}/_bulk_docs`]
    ]) {
      const res = await raw(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(400);
      expect(res.body).toEqual({ error: 'bad_request', reason: BUKAN_JSON });
    }
    await nothingElseAffected(before);
  });

  it.each<[string, unknown, RegExp]>([
    ['an array', [keluhanBaru()], /Jenis data tidak dikenal/],
    ['type as a number', { ...keluhanBaru(), type: 7 }, /Jenis data tidak dikenal: 7/],
    ['an unknown type', { ...keluhanBaru(), type: 'hadiah' }, /Jenis data tidak dikenal: hadiah/],
    ['schema as text', { ...keluhanBaru(), schema: '1' }, /Versi skema data tidak sah/],
    ['createdBy as a number', { ...keluhanBaru(), createdBy: 42 }, /createdBy harus berisi nama pengguna Anda/],
    ['wilayah as text', { ...keluhanBaru(), wilayah: '74.01.01' }, /Wilayah data keluhan harus diisi sampai tingkat desa/],
    ['a desa code outside its kecamatan', { ...keluhanBaru(), wilayah: { provinsi: '74', kabupaten: '74.01', kecamatan: '74.01.01', desa: '74.02.01.1001' } }, /tidak saling sesuai/],
    ['a huge string', { ...keluhanBaru(), uraian: 'Bantuan '.repeat(400_000) }, /Data terlalu besar/],
    ['a huge number of fields', { ...keluhanBaru(), ...Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`kolom${i}`, i])) }, /Data terlalu besar/]
  ])('wrong types and huge bodies (%s) are refused with the server’s reason', async (_name, doc, reason) => {
    const before = await docIds();
    const id = encodeURIComponent(keluhanBaru()._id);
    const res = await raw('PUT', `/${KEC}/${id}`, JSON.stringify(doc));
    expect(res.status).toBe(403);
    expect(res.body.error).toBe('forbidden');
    expect(res.body.reason).toMatch(reason);
    await nothingElseAffected(before);
  });

  it('a batch that is not a list of documents is refused, and the server stays up', async () => {
    const before = await docIds();
    for (const body of [{ docs: 'bukan daftar' }, { docs: [1, 'dua', null] }, { dokumen: [keluhanBaru()] }, [keluhanBaru()]]) {
      const res = await fasilitator.request('POST', `/${KEC}/_bulk_docs`, body);
      const refusedAll = res.status >= 400 || (Array.isArray(res.body) && res.body.every((r: { error?: string }) => r.error));
      expect(refusedAll, JSON.stringify(body)).toBe(true);
    }
    await nothingElseAffected(before);
  });

  it('unexpected fields: CouchDB’s own (_…) are refused, a newer app’s are kept as sent', async () => {
    const before = await docIds();
    const alasan = 'Kolom _rahasia tidak dikenal: kolom yang diawali garis bawah (_) hanya untuk sistem. Data di server tidak berubah.';
    const khusus = await fasilitator.request('PUT', `/${KEC}/${encodeURIComponent(keluhanBaru()._id)}`, { ...keluhanBaru(), _rahasia: true });
    expect(khusus).toEqual({ status: 400, body: { error: 'bad_request', reason: alasan } });
    const dalamBatch = await fasilitator.request('POST', `/${KEC}/_bulk_docs`, { docs: [keluhanBaru(), { ...keluhanBaru(), _rahasia: 1 }] });
    expect(dalamBatch).toEqual({ status: 400, body: { error: 'bad_request', reason: alasan } });

    const baru = { ...keluhanBaru(), kolomBaru: { dari: 'versi aplikasi yang lebih baru' } };
    expect((await fasilitator.request('PUT', `/${KEC}/${encodeURIComponent(baru._id)}`, baru)).status).toBe(201);
    expect((await asAdmin(url, 'GET', `/${KEC}/${encodeURIComponent(baru._id)}`)).body).toMatchObject({ kolomBaru: baru.kolomBaru });
    await nothingElseAffected(before, [baru._id]);
  });
});

describe('the public status lookup under random input', () => {
  /** Each lookup from its own address: the per-address budget (lacak.test.ts) is not what this tests. */
  let alamat = 0;
  async function lacak(kode: string) {
    alamat += 1;
    const res = await fetch(`${url}/api/lacak/${encodeURIComponent(kode)}`, {
      headers: { 'x-forwarded-for': `198.51.${Math.floor(alamat / 250) % 250}.${alamat % 250}` }
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  it('answers any code with a status or a reason in words — never an error, never more than status and date', async () => {
    const kodeMirip = fc
      .tuple(fc.stringMatching(/^\d{4}$/), fc.stringMatching(/^[0-9A-Za-z]{4}$/), fc.stringMatching(/^[0-9A-Za-z]{4}$/), fc.constantFrom('-', ' ', '', '--'))
      .map(([a, b, c, sep]) => `${a}${sep}${b}${sep}${c}`);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), kodeMirip), async (kode) => {
        fc.pre(kode.length > 0);
        const res = await lacak(kode);
        expect([200, 400, 404]).toContain(res.status);
        if (res.status === 200) expect(Object.keys(res.body).sort()).toEqual(['kode', 'label', 'status', 'tanggal']);
        else expect(Object.keys(res.body).sort()).toEqual(['error', 'reason']);
        if (res.status === 400) expect(res.body.reason).toMatch(/^Kode lacak tidak sah/);
        // A code of dots is a path segment, not a code: the router's own "not found".
        if (res.status === 404) expect(res.body.reason).toMatch(/^(Kode lacak tidak ditemukan|Alamat tidak ditemukan)/);
      }),
      { numRuns: 150 }
    );
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
  });

  it('serves the status page for any ?kode= without echoing it into the page', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 60 }), async (kode) => {
        const res = await fetch(`${url}/lacak?kode=${encodeURIComponent(kode)}`);
        expect(res.status).toBe(200);
        const html = await res.text();
        if (kode.length >= 8 && /[<>"']/.test(kode)) expect(html.includes(kode)).toBe(false);
      }),
      { numRuns: 60 }
    );
  });
});
