import '../test-data/browser-globals';
import { describe, expect, it } from 'vitest';
import { fieldRows, KonflikBerubahError, listConflicts, mergedContent, MUTABLE_TYPES, resolveConflict } from './conflicts';
import { openLocal } from './pouch';

describe('fieldRows', () => {
  it('puts the fields that differ first, with every version’s value', () => {
    const rows = fieldRows([
      { rev: '2-a', doc: { _id: 'x', _rev: '2-a', nama: 'PKH', targetHari: 14, uraian: 'A' } },
      { rev: '2-b', doc: { _id: 'x', _rev: '2-b', nama: 'PKH', targetHari: 30 } }
    ]);
    expect(rows).toEqual([
      { field: 'targetHari', values: [14, 30], same: false },
      { field: 'uraian', values: ['A', undefined], same: false },
      { field: 'nama', values: ['PKH', 'PKH'], same: true }
    ]);
  });

  it('merges by taking each differing field from the version picked for it', () => {
    const versions = [
      { rev: '2-a', doc: { _id: 'x', _rev: '2-a', _conflicts: ['2-b'], nama: 'PKH', targetHari: 14, uraian: 'A' } },
      { rev: '2-b', doc: { _id: 'x', _rev: '2-b', nama: 'PKH', targetHari: 30 } }
    ];
    expect(mergedContent(versions, { targetHari: 1 })).toEqual({ nama: 'PKH', targetHari: 30, uraian: 'A' });
    expect(mergedContent(versions, { uraian: 1 })).toEqual({ nama: 'PKH', targetHari: 14 });
  });

  it('knows the mutable types from the one list of document types', () => {
    expect(MUTABLE_TYPES).toEqual(['rumahtangga', 'program', 'jenispmks', 'pmks', 'psks', 'kuesioner', 'faq', 'puskesos']);
  });
});

describe('conflicts on the device', () => {
  const db = openLocal('slrt-kec-740199');
  const id = 'rumahtangga:7401991001:RT1';
  const base = { _id: id, type: 'rumahtangga', alamat: 'Jl. Poros' };

  async function makeConflict() {
    await db.bulkDocs(
      [
        { ...base, _rev: '1-a', _revisions: { start: 1, ids: ['a'] } },
        { ...base, alamat: 'Jl. Pantai', updatedBy: 'manajer.kolaka', _rev: '2-b', _revisions: { start: 2, ids: ['b', 'a'] } },
        { ...base, alamat: 'Jl. Bukit', updatedBy: 'admin.kolaka', _rev: '2-c', _revisions: { start: 2, ids: ['c', 'a'] } }
      ] as never[],
      { new_edits: false }
    );
  }

  it('lists both versions and keeps the one a person picks, closing the other', async () => {
    await makeConflict();
    const [conflict] = await listConflicts(db);
    expect(conflict.id).toBe(id);
    expect(conflict.versions.map((v) => v.doc.alamat).sort()).toEqual(['Jl. Bukit', 'Jl. Pantai']);

    const loser = conflict.versions[1];
    const written = await resolveConflict(db, id, loser.rev, { name: 'manajer.kolaka', at: '2025-03-01T08:00:00.000Z' });
    expect(await listConflicts(db)).toEqual([]);
    const now = (await db.get(id, { conflicts: true })) as Record<string, unknown>;
    // The revision returned is the one the server must get: the new winner.
    expect(written).toBe(now._rev);
    expect(now).toMatchObject({ alamat: loser.doc.alamat, updatedBy: 'manajer.kolaka', updatedAt: '2025-03-01T08:00:00.000Z' });
    expect(now._conflicts).toBeUndefined();
  });

  it('refuses a choice that is no longer one of the versions', async () => {
    await expect(resolveConflict(db, id, '9-zzz', { name: 'manajer.kolaka', at: '2025-03-01T08:00:00.000Z' })).rejects.toBeInstanceOf(
      KonflikBerubahError
    );
  });

  it('keeps a merge of both versions, naming who merged', async () => {
    const merged = 'rumahtangga:7401991001:RT2';
    await db.bulkDocs(
      [
        { _id: merged, type: 'rumahtangga', alamat: 'Jl. Pantai', desil: 2, _rev: '2-b', _revisions: { start: 2, ids: ['b', 'a'] } },
        { _id: merged, type: 'rumahtangga', alamat: 'Jl. Bukit', desil: 1, _rev: '2-c', _revisions: { start: 2, ids: ['c', 'a'] } }
      ] as never[],
      { new_edits: false }
    );
    const [conflict] = await listConflicts(db);
    const bukit = conflict.versions.findIndex((v) => v.doc.alamat === 'Jl. Bukit');
    const pantai = 1 - bukit;
    const content = mergedContent(conflict.versions, { alamat: bukit, desil: pantai });
    await resolveConflict(db, merged, conflict.versions[0].rev, { name: 'manajer.kolaka', at: '2025-03-02T08:00:00.000Z' }, content);
    expect(await listConflicts(db)).toEqual([]);
    expect(await db.get(merged)).toMatchObject({ alamat: 'Jl. Bukit', desil: 2, updatedBy: 'manajer.kolaka' });
  });
});
