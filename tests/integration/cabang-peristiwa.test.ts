import { describe, expect, inject, it } from 'vitest';
import { newDocId } from '../../app/lib/domain/ids';
import { makeKeluhan } from '../../app/lib/test-data/event-factory';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';
import { logInAs } from '../harness/http';

/**
 * An event pushed as replication does may not sit beside the stored one under another
 * revision: the SLRT server refuses it before CouchDB sees it, so Apache CouchDB (which would
 * take it as a new document) keeps events as written, as PouchDB Server does.
 */
const url = inject('slrtUrl');
const DB = '/slrt-kec-740101';

function keluhanBaru() {
  const doc = makeKeluhan();
  return { ...doc, _id: newDocId('keluhan', doc.wilayah.desa as string), createdAt: new Date().toISOString() };
}

describe('a pushed version of a stored event', () => {
  it('is refused in words, while a new event and a repeated revision go through', async () => {
    const fasilitator = await logInAs(url, 'fasilitator.wundulako', DEMO_PASSWORD);
    const asli = keluhanBaru();
    const simpan = await fasilitator.request('PUT', `${DB}/${encodeURIComponent(asli._id)}`, asli);
    expect(simpan.status, JSON.stringify(simpan.body)).toBe(201);
    const rev = simpan.body.rev as string;

    const cabang = { ...asli, uraian: 'versi lain', _rev: `1-${'f'.repeat(32)}` };
    const ditolak = await fasilitator.request('POST', `${DB}/_bulk_docs`, { docs: [cabang], new_edits: false });
    expect(ditolak.status).toBe(403);
    expect(ditolak.body.reason).toMatch(/sudah tersimpan dan tidak dapat diubah atau digandakan/);
    expect((await fasilitator.request('GET', `${DB}/${encodeURIComponent(asli._id)}?conflicts=true`)).body).toMatchObject({ uraian: asli.uraian, _rev: rev });

    const ulang = await fasilitator.request('POST', `${DB}/_bulk_docs`, { docs: [{ ...asli, _rev: rev }], new_edits: false });
    expect(ulang.status).toBe(201);
    const lain = keluhanBaru();
    const baru = await fasilitator.request('POST', `${DB}/_bulk_docs`, { docs: [{ ...lain, _rev: `1-${'a'.repeat(32)}` }], new_edits: false });
    expect(baru.status).toBe(201);
    expect((await fasilitator.request('GET', `${DB}/${encodeURIComponent(lain._id)}`)).status).toBe(200);
  });
});
