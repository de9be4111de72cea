/**
 * A complaint's photo of a document travels as an attachment of the keluhan document: the
 * server accepts it from the facilitator the way replication pushes it (inline in
 * `_bulk_docs`, `new_edits: false`), serves it back, the router carries it to the kabupaten
 * database, and — the keluhan being an immutable event — no one adds a photo afterwards.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';
import { newDocId } from '../../app/lib/domain/ids';
import type { DocOf } from '../../app/lib/domain/schemas';
import { wilayahOf } from '../../app/lib/domain/wilayah';
import { makeKeluhan } from '../../app/lib/test-data/event-factory';
import { DESA_CONTOH } from '../../app/lib/test-data/household-factory';
import { logInAs, type UserClient } from '../harness/http';
import { waitFor } from '../harness/wait';

const url = inject('slrtUrl');
const KEC = '/slrt-kec-740101';
const KAB = '/slrt-kab-7401';
// A JPEG's first bytes and some more: the server stores bytes, it does not decode images.
const FOTO = Buffer.alloc(40_004, 0x5a);
FOTO.set([0xff, 0xd8, 0xff, 0xe0]);

async function attachmentBytes(client: UserClient, path: string): Promise<Buffer | null> {
  const res = await client.request('GET', `${path}?attachments=true`);
  if (res.status !== 200) return null;
  const a = res.body._attachments?.['foto-dokumen.jpg'];
  return a?.data ? Buffer.from(a.data, 'base64') : null;
}

describe('a keluhan with a photo of a document', () => {
  let fasilitator: UserClient;
  let manajer: UserClient;
  const doc = {
    ...makeKeluhan({ _id: newDocId('keluhan', DESA_CONTOH), wilayah: wilayahOf(DESA_CONTOH) as DocOf<'keluhan'>['wilayah'], createdBy: 'fasilitator.wundulako' }),
    _rev: '1-0123456789abcdef0123456789abcdef',
    _attachments: { 'foto-dokumen.jpg': { content_type: 'image/jpeg', data: FOTO.toString('base64') } }
  };
  const path = `/${encodeURIComponent(doc._id)}`;

  beforeAll(async () => {
    fasilitator = await logInAs(url, 'fasilitator.wundulako', DEMO_PASSWORD);
    manajer = await logInAs(url, 'manajer.kolaka', DEMO_PASSWORD);
  });

  it('is accepted from the facilitator as replication pushes it, and read back intact', async () => {
    const res = await fasilitator.request('POST', `${KEC}/_bulk_docs`, { docs: [doc], new_edits: false });
    expect(res.status).toBe(201);
    expect(res.body).toEqual([]);
    const stored = await fasilitator.request('GET', `${KEC}${path}`);
    expect(stored.body._attachments['foto-dokumen.jpg']).toMatchObject({ content_type: 'image/jpeg', length: FOTO.length, stub: true });
    expect(await attachmentBytes(fasilitator, `${KEC}${path}`)).toEqual(FOTO);
  });

  it('reaches the kabupaten database with its photo', async () => {
    expect(await waitFor(() => attachmentBytes(manajer, `${KAB}${path}`), 20_000)).toEqual(FOTO);
  });

  it('cannot be given another photo afterwards', async () => {
    const stored = await fasilitator.request('GET', `${KEC}${path}`);
    const res = await fasilitator.request('PUT', `${KEC}${path}`, {
      ...stored.body,
      _attachments: { ...stored.body._attachments, 'lain.jpg': { content_type: 'image/jpeg', data: FOTO.toString('base64') } }
    });
    expect(res.status).toBe(403);
    expect(res.body.reason).toMatch(/tidak dapat diubah/);
  });
});
