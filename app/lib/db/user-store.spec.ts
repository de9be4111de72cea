import '../test-data/browser-globals';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeKeluhan } from '../test-data/event-factory';
import { parseDoc } from '../domain/schemas';
import { DiLuarWilayahError, DocumentTidakSahError, PenyimpananPenuhError } from './errors';
import { PENDING_DOC, readLocal, REJECTED_DOC, updateLocal } from './local-docs';
import { openLocal } from './pouch';
import { withRejected, type RejectedDoc } from './rejected';
import { openUserStore } from './user-store';
import { onLocalWrite } from './write-events';

const fasilitator = { name: 'fasilitator.wundulako', roles: ['fasilitator', 'kec:740101'] };
// A full disk replaces the device's instance (reopenLocal): each test takes the current one.
let db = openLocal('slrt-kec-740101');

beforeEach(async () => {
  vi.restoreAllMocks();
  db = openLocal('slrt-kec-740101');
  const all = await db.allDocs();
  await db.bulkDocs(all.rows.map((r) => ({ _id: r.id, _rev: r.value.rev, _deleted: true })) as never[]);
  for (const id of [PENDING_DOC, REJECTED_DOC]) await db.get(id).then((d) => db.remove(d), () => undefined);
});

describe('openUserStore for a field role: on the device', () => {
  it('saves a valid document at once and counts it as waiting', async () => {
    const store = openUserStore(fasilitator);
    const doc = makeKeluhan({ createdBy: fasilitator.name });
    const saved = await store.saveDoc(doc);
    expect(saved._rev).toMatch(/^1-/);
    expect(await store.get(doc._id)).toMatchObject({ _id: doc._id, uraian: doc.uraian });
    expect(await store.pendingUploads()).toBe(1);
    expect((await store.countByType()).keluhan).toBe(1);
    expect(await store.databaseCounts()).toEqual([{ name: 'slrt-kec-740101', docCount: 1 }]);
  });

  it('refuses an invalid document with the Indonesian issues and writes nothing', async () => {
    const store = openUserStore(fasilitator);
    const doc = { ...makeKeluhan(), uraian: '' };
    const error = await store.saveDoc(doc).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentTidakSahError);
    expect((error as DocumentTidakSahError).issues).toEqual([{ path: 'uraian', message: 'Uraian keluhan wajib diisi' }]);
    expect(await store.get(doc._id)).toBeNull();
    expect(await store.pendingUploads()).toBe(0);
  });

  it('leaves roles to the server: a review by a fasilitator is saved here', async () => {
    const review = {
      _id: 'review:740101:01JTESTREVIEW0000000000000',
      type: 'review',
      schema: 1,
      wilayah: { provinsi: '74', kabupaten: '74.01', kecamatan: '74.01.01' },
      createdBy: fasilitator.name,
      createdAt: '2025-03-01T08:00:00.000Z',
      kasusId: 'keluhan:7401011002:01JTESTKASUS000000000000000',
      tahap: 'supervisor',
      keputusan: 'setuju'
    };
    expect(parseDoc(review)).toMatchObject({ ok: true });
    await expect(openUserStore(fasilitator).saveDoc(review)).resolves.toMatchObject({ _id: review._id });
  });

  it('refuses a document of another kecamatan', async () => {
    const doc = makeKeluhan({ wilayah: { provinsi: '74', kabupaten: '74.01', kecamatan: '74.01.04', desa: '74.01.04.1001' } });
    await expect(openUserStore(fasilitator).saveDoc(doc)).rejects.toBeInstanceOf(DiLuarWilayahError);
  });

  it('says the storage is full, and keeps what was saved before', async () => {
    const store = openUserStore(fasilitator);
    const first = makeKeluhan();
    await store.saveDoc(first);
    // Its entry in the waiting list is written after the save returns; counting waits for it.
    expect(await store.pendingUploads()).toBe(1);
    vi.spyOn(db, 'put').mockRejectedValueOnce(Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }));
    await expect(store.saveDoc(makeKeluhan())).rejects.toBeInstanceOf(PenyimpananPenuhError);
    expect(await store.get(first._id)).not.toBeNull();
    expect(await store.pendingUploads()).toBe(1);
    // PouchDB gives up on a connection that hit the quota: the store works on a fresh one.
    expect(openLocal('slrt-kec-740101')).not.toBe(db);
    await store.saveDoc(makeKeluhan());
    expect(await store.pendingUploads()).toBe(2);
  });

  it('announces local writes', async () => {
    const seen = vi.fn();
    const stop = onLocalWrite(seen);
    const store = openUserStore(fasilitator);
    await store.saveDoc(makeKeluhan());
    // Announced once the save is in the waiting list, which a count waits for.
    await store.pendingUploads();
    stop();
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('lists rejected documents and discards one deliberately', async () => {
    const store = openUserStore(fasilitator);
    const doc = makeKeluhan();
    await store.saveDoc(doc);
    const refusal = { id: doc._id, rev: null, reason: 'Kolom createdBy harus berisi nama pengguna Anda.', at: '2025-01-01T00:00:00.000Z' };
    await updateLocal<RejectedDoc[]>(db, REJECTED_DOC, [], (list) => withRejected(list, refusal));
    expect(await store.listRejected()).toMatchObject([{ id: doc._id, type: 'keluhan', times: 1 }]);
    await store.discardRejected(doc._id);
    expect(await store.listRejected()).toEqual([]);
    expect(await store.get(doc._id)).toBeNull();
    expect(await store.pendingUploads()).toBe(0);
  });

  it('offers the desa codes of the households on the device', async () => {
    await db.bulkDocs([{ _id: 'rumahtangga:7401011002:A' }, { _id: 'rumahtangga:7401012001:B' }, { _id: 'rumahtangga:7401011002:C' }, { _id: 'keluhan:7401013001:D' }]);
    expect(await openUserStore(fasilitator).desaCodes()).toEqual(['74.01.01.1002', '74.01.01.2001']);
  });

  it('counts every one of concurrent saves', async () => {
    const store = openUserStore(fasilitator);
    await Promise.all(Array.from({ length: 8 }, () => store.saveDoc(makeKeluhan())));
    expect(await store.pendingUploads()).toBe(8);
  });

  it('reads a bookkeeping record before its first write', async () => {
    expect(await readLocal(db, PENDING_DOC, { none: true })).toEqual({ none: true });
  });
});

describe('reading for the screens', () => {
  it('reads every document of a type in pages, reporting progress', async () => {
    const store = openUserStore(fasilitator);
    const docs = Array.from({ length: 7 }, () => makeKeluhan({ createdBy: fasilitator.name }));
    for (const doc of docs) await store.saveDoc(doc);
    const progress: number[] = [];
    const read = await store.docsOfType('keluhan', { pageSize: 3, onPage: (n) => progress.push(n) });
    expect(read.map((d) => d._id).sort()).toEqual(docs.map((d) => d._id).sort());
    expect(progress).toEqual([3, 6, 7]);
    expect(await store.docsOfType('usulan')).toEqual([]);
  });

  it('queries a design-document view in each database', async () => {
    const store = openUserStore(fasilitator);
    const doc = makeKeluhan({ createdBy: fasilitator.name });
    await store.saveDoc(doc);
    const ddoc = { _id: '_design/uji', views: { perProgram: { map: 'function (doc) { if (doc.type === "keluhan") emit(doc.programId, 1); }' } } };
    const existing = await db.get(ddoc._id).catch(() => null);
    await db.put({ ...ddoc, ...(existing ? { _rev: existing._rev } : {}) });
    expect(await store.queryView('uji/perProgram', { key: doc.programId })).toEqual([{ id: doc._id, key: doc.programId, value: 1 }]);
  });

  it('tells of documents written after it started listening', async () => {
    const store = openUserStore(fasilitator);
    const before = makeKeluhan({ createdBy: fasilitator.name });
    await store.saveDoc(before);
    const seen: string[] = [];
    const stop = store.onDocChange((doc) => seen.push(doc._id));
    const after = makeKeluhan({ createdBy: fasilitator.name });
    await store.saveDoc(after);
    await vi.waitFor(() => expect(seen).toContain(after._id));
    stop();
    expect(seen).not.toContain(before._id);
  });
});
