/**
 * The public status lookup `GET /api/lacak/:kode` on the real embedded server over the demo
 * district: a real complaint's code gives its status and date and nothing personal; a made-up
 * code, a malformed one, a foreign origin and an exhausted budget are refused. The budget test
 * runs last: it spends this address's lookups for the minute.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { reduceCase, STATUS_KASUS_LABEL } from '../../app/lib/domain/case-state';
import type { SlrtDoc } from '../../app/lib/domain/schemas';
import { LACAK_PER_MENIT } from '../../couch/server/lacak';

const url = inject('slrtUrl');
const ADMIN = { authorization: `Basic ${Buffer.from('admin:test-admin-password').toString('base64')}` };
const KEC = 'slrt-kec-740101';

async function admin<T>(path: string): Promise<T> {
  const response = await fetch(`${url}/db/${path}`, { headers: ADMIN });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

function lacak(kode: string, headers: Record<string, string> = {}) {
  return fetch(`${url}/api/lacak/${encodeURIComponent(kode)}`, { headers });
}

/** A demo complaint of Wundulako whose case moved on (it has a review), with its events. */
async function complaintWithEvents(): Promise<{ keluhan: SlrtDoc & { kodeLacak: string }; events: SlrtDoc[] }> {
  const reviews = await admin<{ rows: { doc: { kasusId: string } }[] }>(
    `${KEC}/_all_docs?startkey="review:"&endkey="review:\ufff0"&include_docs=true&limit=200`
  );
  const kasusId = reviews.rows.map((r) => r.doc.kasusId).find((id) => id.startsWith('keluhan:'));
  expect(kasusId, 'the demo district has a reviewed complaint').toBeDefined();
  const timeline = await admin<{ rows: { doc: SlrtDoc }[] }>(
    `${KEC}/_design/kasus/_view/peristiwa?startkey=${encodeURIComponent(JSON.stringify([kasusId]))}` +
      `&endkey=${encodeURIComponent(JSON.stringify([kasusId, {}]))}&include_docs=true`
  );
  const events = timeline.rows.map((r) => r.doc);
  return { keluhan: events.find((d) => d._id === kasusId) as SlrtDoc & { kodeLacak: string }, events };
}

describe('GET /api/lacak/:kode', () => {
  let kasus: Awaited<ReturnType<typeof complaintWithEvents>>;
  beforeAll(async () => {
    kasus = await complaintWithEvents();
  });

  it('gives a demo complaint’s status and the date of its last step, read from the kabupaten database', async () => {
    const expected = reduceCase(kasus.keluhan._id, kasus.events);
    expect(expected.status).not.toBe('diajukan');
    const response = await lacak(kasus.keluhan.kodeLacak);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      kode: kasus.keluhan.kodeLacak,
      status: expected.status,
      label: STATUS_KASUS_LABEL[expected.status!],
      tanggal: expected.timeline.at(-1)!.tanggal
    });
  });

  it('forgives case, spaces and dashes in the code', async () => {
    const typed = ` ${kasus.keluhan.kodeLacak.toLowerCase().replaceAll('-', ' ')} `;
    const body = (await (await lacak(typed)).json()) as { kode: string };
    expect(body.kode).toBe(kasus.keluhan.kodeLacak);
  });

  it('answers nothing personal: no name, NIK, address, description or ids', async () => {
    const text = await (await lacak(kasus.keluhan.kodeLacak)).text();
    const keluhan = kasus.keluhan as unknown as { pelapor: { nama: string; nik?: string }; uraian: string; wilayah: { desa: string } };
    expect(Object.keys(JSON.parse(text)).sort()).toEqual(['kode', 'label', 'status', 'tanggal']);
    for (const secret of [keluhan.pelapor.nama, keluhan.pelapor.nik, keluhan.uraian, keluhan.wilayah.desa, kasus.keluhan._id, kasus.keluhan.createdBy]) {
      if (secret) expect(text).not.toContain(secret);
    }
  });

  it('answers 404 with a generic Indonesian message for a well-formed code no case has', async () => {
    const response = await lacak('7401-ZZZZ-ZZZ0');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { reason: string }).reason).toMatch(/tidak ditemukan/);
    expect((await lacak('9999-ABCD-EFGH')).status).toBe(404);
  });

  it('answers 400 for a malformed code', async () => {
    for (const kode of ['74-ABCD', 'abc', '7401-ABCD-EFGU']) {
      const response = await lacak(kode);
      expect(response.status, kode).toBe(400);
      expect(((await response.json()) as { reason: string }).reason).toMatch(/Kode lacak tidak sah/);
    }
  });

  it('serves no other origin: no CORS headers, preflight and foreign Origin refused', async () => {
    const foreign = await lacak(kasus.keluhan.kodeLacak, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${url}/api/lacak/${kasus.keluhan.kodeLacak}`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' }
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it(`allows ${LACAK_PER_MENIT} lookups a minute per address, then 429 with Retry-After`, async () => {
    let refused: Response | null = null;
    for (let i = 0; i <= LACAK_PER_MENIT && !refused; i++) {
      const response = await lacak('7401-ZZZZ-ZZZ1');
      if (response.status === 429) refused = response;
      else expect(response.status).toBe(404);
    }
    expect(refused).not.toBeNull();
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused!.json()) as { reason: string }).reason).toMatch(/Terlalu banyak/);
    expect((await lacak(kasus.keluhan.kodeLacak)).status).toBe(429);
  });
});
