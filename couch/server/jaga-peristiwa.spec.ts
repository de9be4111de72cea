import { describe, expect, it } from 'vitest';
import { cabangBaru, peristiwaDorongan } from './jaga-peristiwa';

const keluhan = { _id: 'keluhan:7401012006:01A', _rev: '1-aaa', type: 'keluhan' };

describe('a replication push of events', () => {
  it('is checked only for events sent with new_edits false', () => {
    const rumah = { _id: 'rumahtangga:7401012006:X', _rev: '2-bbb', type: 'rumahtangga' };
    expect(peristiwaDorongan({ docs: [keluhan, rumah], new_edits: false })).toEqual([keluhan]);
    expect(peristiwaDorongan({ docs: [keluhan] })).toEqual([]);
    expect(peristiwaDorongan({ docs: [{ _id: 'a', type: 'keluhan' }, null, 'x', { _rev: '1-a', type: 'keluhan' }], new_edits: false })).toEqual([]);
    expect(peristiwaDorongan({ docs: 'bukan daftar', new_edits: false })).toEqual([]);
    expect(peristiwaDorongan(null)).toEqual([]);
  });

  it('is refused when it would fork an event the database holds, not when it repeats it or is new', () => {
    const ada = new Map([[keluhan._id, '1-aaa']]);
    expect(cabangBaru([keluhan], ada)).toEqual([]);
    const cabang = { ...keluhan, _rev: '1-fff' };
    expect(cabangBaru([cabang], ada)).toEqual([cabang]);
    expect(cabangBaru([{ ...keluhan, _id: 'keluhan:7401012006:01B' }], ada)).toEqual([]);
  });
});
