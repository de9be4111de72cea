/**
 * `npm run backup` and `npm run restore` end to end: a backup of a provisioned server with a
 * small demo district (plus a complaint photo, a conflict and a deletion) is restored into a
 * bare embedded server — no provisioning, no demo — which must then hold the same databases,
 * documents, revision trees, attachment bytes, `_security` and design documents, and let a
 * user log in with the old password. A second restore over it is refused unless `--timpa`.
 *
 * The source runs without the router and the rollup (as `npm start` would), so that nothing
 * writes to it between the backup and the comparison.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nano from 'nano';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDocId } from '../../app/lib/domain/ids';
import type { DocOf } from '../../app/lib/domain/schemas';
import { wilayahOf } from '../../app/lib/domain/wilayah';
import { makeKeluhan } from '../../app/lib/test-data/event-factory';
import { DESA_CONTOH } from '../../app/lib/test-data/household-factory';
import { provision } from '../../couch/provision/provision';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';
import { loadDemo } from '../../scripts/demo/load';
import { backup } from '../../scripts/cadangan/backup';
import { databasesToBackUp, isBackedUpDoc } from '../../scripts/cadangan/cakupan';
import type { Manifest } from '../../scripts/cadangan/manifest';
import { restore, RestoreRefusedError } from '../../scripts/cadangan/restore';
import { startBareCouch, type BareCouch } from '../harness/slrt-instance';

const KEC = 'slrt-kec-740101';
const FOTO = Buffer.alloc(30_003, 0x5a);
FOTO.set([0xff, 0xd8, 0xff, 0xe0]);

function keluhan() {
  return makeKeluhan({
    _id: newDocId('keluhan', DESA_CONTOH),
    wilayah: wilayahOf(DESA_CONTOH) as DocOf<'keluhan'>['wilayah'],
    createdBy: 'fasilitator.wundulako'
  });
}

/** Everything a database holds, read independently of the backup's own path; revpos is the writer's bookkeeping. */
async function contents(couch: nano.ServerScope, db: string) {
  const all: { rows: { id: string; doc: any }[] } = await couch.request({
    db,
    path: '_all_docs',
    qs: { include_docs: true, attachments: true, conflicts: true }
  });
  return all.rows
    .filter((row) => isBackedUpDoc(db, row.id))
    .map(({ doc }) => {
      for (const att of Object.values<any>(doc._attachments ?? {})) delete att.revpos;
      return doc;
    });
}

describe('backup and restore', () => {
  let source: BareCouch;
  let target: BareCouch;
  let from: nano.ServerScope;
  let to: nano.ServerScope;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'slrt-cadangan-'));
  const dir = path.join(tmp, 'cadangan', '2026-12-02T1100');
  let manifest: Manifest;
  const photo = { ...keluhan(), _rev: '1-0123456789abcdef0123456789abcdef' };
  const deleted = keluhan();

  beforeAll(async () => {
    source = await startBareCouch();
    const sourceUrl = source.couch.adminUrl;
    await provision(sourceUrl, { kabupaten: ['74.01'] });
    await loadDemo({ couchUrl: sourceUrl, households: 30 });
    from = nano(sourceUrl);
    const kec = from.use(KEC);
    await kec.bulk({
      docs: [
        { ...photo, _attachments: { 'foto-dokumen.jpg': { content_type: 'image/jpeg', data: FOTO.toString('base64') } } },
        // An unresolved sync conflict: the backup keeps both sides for /sinkronisasi.
        { ...photo, _rev: '1-fedcba9876543210fedcba9876543210', uraian: 'Versi dari perangkat lain' }
      ],
      new_edits: false
    });
    const written = await kec.insert(deleted);
    await kec.destroy(deleted._id, written.rev);

    manifest = await backup({ adminUrl: sourceUrl, dir, pageSize: 50, bulkGetSize: 20 });
    target = await startBareCouch();
    to = nano(target.couch.adminUrl);
    await restore({ adminUrl: target.couch.adminUrl, dir, limits: { maxDocs: 40, maxBytes: 64 * 1024 } });
  }, 240_000);

  afterAll(async () => {
    await target?.stop();
    await source?.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('holds every SLRT database and _users, and restores them all', async () => {
    const names = databasesToBackUp(await from.db.list());
    expect(names).toContain('_users');
    expect(names).toContain(KEC);
    expect(manifest.databases.map((d) => d.name)).toEqual(names);
    expect(databasesToBackUp(await to.db.list())).toEqual(names);
  });

  it('restores the same documents, revisions, conflicts and deletions in every database', async () => {
    for (const { name } of manifest.databases) {
      const [before, after] = [await contents(from, name), await contents(to, name)];
      expect(after, name).toEqual(before);
      if (name === '_users') continue; // the server's own design document differs
      const [a, b] = [await from.db.get(name), await to.db.get(name)];
      expect({ name, docs: b.doc_count, deleted: b.doc_del_count }).toEqual({ name, docs: a.doc_count, deleted: a.doc_del_count });
    }
    const kec = await to.use(KEC).get(photo._id, { conflicts: true });
    expect(kec._conflicts).toHaveLength(1);
  });

  it('keeps deletions with their revision histories, so devices that sync afterwards find nothing new', async () => {
    const leaves = (couch: nano.ServerScope) => couch.use(KEC).get(deleted._id, { revs: true, open_revs: 'all' } as any);
    const restored: any = await leaves(to);
    expect(restored).toEqual(await leaves(from));
    expect(restored).toMatchObject([{ ok: { _deleted: true, _revisions: { start: 2 } } }]);
    expect(restored[0].ok._revisions.ids).toHaveLength(2);
  });

  it('restores the attachment bytes', async () => {
    // The conflicting side without a photo happens to win: the photo lives on the other leaf.
    const bytes: Buffer = await to.use(KEC).attachment.get(photo._id, 'foto-dokumen.jpg', { rev: photo._rev });
    expect(bytes.equals(FOTO)).toBe(true);
  });

  it('restores _security and the design documents', async () => {
    for (const { name } of manifest.databases.filter((d) => d.name !== '_users')) {
      expect(await to.request({ db: name, path: '_security' }), name).toEqual(await from.request({ db: name, path: '_security' }));
    }
    const design = await to.use(KEC).list({ startkey: '_design/', endkey: '_design0' });
    expect(design.rows.map((r) => r.id)).toEqual(expect.arrayContaining(['_design/validasi', '_design/registri']));
  });

  it('lets a user log in on the restored server with the old password', async () => {
    const login = (password: string) =>
      fetch(`${target.couch.url}/_session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'fasilitator.wundulako', password })
      });
    const ok = await login(DEMO_PASSWORD);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ ok: true, name: 'fasilitator.wundulako' });
    expect((await login('salah')).status).toBe(401);
  });

  it('refuses to restore over databases that hold documents, and changes nothing', async () => {
    const before = await to.db.get(KEC);
    const refusal = await restore({ adminUrl: target.couch.adminUrl, dir }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(RestoreRefusedError);
    expect((refusal as RestoreRefusedError).occupied).toEqual(expect.arrayContaining(['_users', KEC]));
    expect((refusal as Error).message).toMatch(/^Pemulihan dibatalkan, tidak ada yang diubah: .* sudah berisi dokumen: .*--timpa/);
    expect((await to.db.get(KEC)).update_seq).toEqual(before.update_seq);
  });

  it('replaces them with --timpa', async () => {
    await to.use(KEC).insert({ _id: 'tambahan-setelah-cadangan' });
    const report = await restore({ adminUrl: target.couch.adminUrl, dir, timpa: true });
    expect(report.replaced).toContain(KEC);
    expect(await to.use(KEC).get('tambahan-setelah-cadangan').catch((e) => e.statusCode)).toBe(404);
    expect(await contents(to, KEC)).toEqual(await contents(from, KEC));
    expect(await contents(to, '_users')).toEqual(await contents(from, '_users'));
  });
});
