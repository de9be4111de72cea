/**
 * Information given at a desk (layananinformasi) through the real server: a Puskesos desk's
 * record is accepted in its kecamatan and the router carries it up to the kabupaten; the
 * secretariat's desk records for the kabupaten alone, which stays there; a forged author,
 * another kecamatan, a change afterwards and a role that keeps no desk are refused. The full
 * who-writes-where grid is the access matrix (matriks-akses.ts, docs/security.md).
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';
import { newDocId } from '../../app/lib/domain/ids';
import { parseDoc } from '../../app/lib/domain/schemas';
import { wilayahOf } from '../../app/lib/domain/wilayah';
import { contohDoc } from '../../app/lib/test-data/doc-fixtures';
import { asAdmin, logInAs, type UserClient } from '../harness/http';
import { waitFor } from '../harness/wait';

const url = inject('slrtUrl');
const KEC_W = '/slrt-kec-740101';
const KEC_P = '/slrt-kec-740107';
const KAB = '/slrt-kab-7401';

/** Information given, as the app saves it, for `wilayah` (a kecamatan or the kabupaten) by `createdBy`. */
function informasi(wilayah: string, createdBy: string) {
  const doc = {
    ...contohDoc('layananinformasi'),
    _id: newDocId('layananinformasi', wilayah),
    wilayah: wilayahOf(wilayah),
    createdBy,
    peran: 'front-office' as const,
    createdAt: new Date().toISOString()
  };
  expect(parseDoc(doc).ok).toBe(true);
  return doc;
}

const path = (db: string, id: string) => `${db}/${encodeURIComponent(id)}`;

describe('information given at a desk, on the server', () => {
  let puskesos: UserClient;
  let sekretariat: UserClient;
  beforeAll(async () => {
    [puskesos, sekretariat] = await Promise.all([
      logInAs(url, 'frontoffice.wundulako', DEMO_PASSWORD),
      logInAs(url, 'frontoffice.kolaka', DEMO_PASSWORD)
    ]);
  });

  it('a Puskesos desk records it in its kecamatan, and the router carries it to the kabupaten', async () => {
    const doc = informasi('74.01.01', 'frontoffice.wundulako');
    expect((await puskesos.request('PUT', path(KEC_W, doc._id), doc)).status).toBe(201);
    const diKabupaten = await waitFor(async () => {
      const res = await sekretariat.request('GET', path(KAB, doc._id));
      return res.status === 200 ? res.body : null;
    }, 30_000);
    expect(diKabupaten).toMatchObject({ type: 'layananinformasi', createdBy: 'frontoffice.wundulako', wilayah: { kecamatan: '74.01.01' } });
  });

  it('the secretariat records it for the kabupaten, and no kecamatan receives it', async () => {
    const doc = informasi('74.01', 'frontoffice.kolaka');
    expect((await sekretariat.request('PUT', path(KAB, doc._id), doc)).status).toBe(201);
    // A later record of the kecamatan arriving shows the router has run past it.
    const penanda = informasi('74.01.01', 'frontoffice.wundulako');
    expect((await puskesos.request('PUT', path(KEC_W, penanda._id), penanda)).status).toBe(201);
    await waitFor(async () => ((await sekretariat.request('GET', path(KAB, penanda._id))).status === 200 ? true : null), 30_000);
    for (const db of [KEC_W, KEC_P]) expect((await asAdmin(url, 'GET', path(db, doc._id))).status).toBe(404);
  });

  it('refuses a forged author, another kecamatan, a change afterwards and a supervisor', async () => {
    const palsu = informasi('74.01.01', 'fasilitator.wundulako');
    const ditolak = await puskesos.request('PUT', path(KEC_W, palsu._id), palsu);
    expect(ditolak).toMatchObject({ status: 403, body: { reason: 'Kolom createdBy harus berisi nama pengguna Anda.' } });

    const lain = informasi('74.01.07', 'frontoffice.wundulako');
    expect((await puskesos.request('PUT', path(KEC_P, lain._id), lain)).status).toBe(403);
    expect((await puskesos.request('PUT', path(KEC_W, lain._id), lain)).body.reason).toMatch(/hanya menerima data kecamatan 74.01.01/);

    const doc = informasi('74.01.01', 'frontoffice.wundulako');
    const simpan = await puskesos.request('PUT', path(KEC_W, doc._id), doc);
    const ubah = await puskesos.request('PUT', path(KEC_W, doc._id), { ...doc, _rev: simpan.body.rev, penjelasan: 'Diubah' });
    expect(ubah.body.reason).toMatch(/tidak dapat diubah setelah disimpan/);

    const supervisor = await logInAs(url, 'supervisor.wundulako', DEMO_PASSWORD);
    const olehSupervisor = { ...informasi('74.01.01', 'supervisor.wundulako'), peran: 'supervisor' };
    expect((await supervisor.request('PUT', path(KEC_W, olehSupervisor._id), olehSupervisor)).body.reason).toBe(
      'Peran Anda tidak berwenang menyimpan data layananinformasi.'
    );
  });
});
