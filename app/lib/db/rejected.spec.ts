import { describe, expect, it } from 'vitest';
import { refusalOf, withoutRejected, withRejected } from './rejected';

describe('rejected documents', () => {
  it('reads PouchDB’s denied payload with the server’s reason', () => {
    const denied = { id: 'keluhan:7401011001:X', name: 'forbidden', status: 403, message: 'Kolom createdBy harus berisi nama pengguna Anda.', error: true };
    expect(refusalOf(denied, 'T')).toEqual({ id: 'keluhan:7401011001:X', rev: null, reason: 'Kolom createdBy harus berisi nama pengguna Anda.', at: 'T' });
    expect(refusalOf({ id: 'a', rev: '1-x', error: 'forbidden', reason: 'no' }, 'T')).toMatchObject({ rev: '1-x', reason: 'no' });
    expect(refusalOf({ id: 'a' }, 'T')?.reason).toBe('Server menolak data ini tanpa keterangan.');
    expect(refusalOf({ reason: 'no id' }, 'T')).toBeNull();
    expect(refusalOf(undefined, 'T')).toBeNull();
  });

  it('keeps one entry per document and counts refusals', () => {
    let list = withRejected([], { id: 'review:740101:A', rev: null, reason: 'peran', at: '1' });
    list = withRejected(list, { id: 'keluhan:7401011001:B', rev: null, reason: 'wilayah', at: '2' });
    list = withRejected(list, { id: 'review:740101:A', rev: '2-x', reason: 'peran lagi', at: '3' });
    expect(list).toEqual([
      { id: 'keluhan:7401011001:B', rev: null, type: 'keluhan', reason: 'wilayah', at: '2', times: 1 },
      { id: 'review:740101:A', rev: '2-x', type: 'review', reason: 'peran lagi', at: '3', times: 2 }
    ]);
    expect(withoutRejected(list, 'review:740101:A').map((r) => r.id)).toEqual(['keluhan:7401011001:B']);
  });
});
