import { describe, expect, it } from 'vitest';
import { pendingCount, revGeneration, revsDiffQuery, stillMissing, withPushed, withSaved, without } from './pending';

describe('pending uploads', () => {
  it('counts each saved document once, at its latest revision', () => {
    let p = withSaved({}, 'keluhan:7401011001:A', '1-a');
    p = withSaved(p, 'keluhan:7401011001:B', '1-b');
    p = withSaved(p, 'keluhan:7401011001:A', '2-a');
    expect(p).toEqual({ 'keluhan:7401011001:A': '2-a', 'keluhan:7401011001:B': '1-b' });
    expect(pendingCount(p)).toBe(2);
  });

  it('is confirmed by the pushed revision or a later one, not an earlier one', () => {
    const p = { a: '2-x', b: '1-y', c: '3-z' };
    expect(withPushed(p, [{ _id: 'a', _rev: '2-x' }, { _id: 'b', _rev: '2-q' }, { _id: 'c', _rev: '2-old' }, { _id: 'z', _rev: '1-n' }])).toEqual({ c: '3-z' });
  });

  it('ignores pushed documents without a revision', () => {
    expect(withPushed({ a: '1-x' }, [{ _id: 'a' }])).toEqual({ a: '1-x' });
  });

  it('forgets refused or discarded documents', () => {
    expect(without({ a: '1-x', b: '1-y' }, ['a', 'nope'])).toEqual({ b: '1-y' });
  });

  it('reads revision generations', () => {
    expect(revGeneration('12-abc')).toBe(12);
    expect(revGeneration('junk')).toBe(0);
  });

  it('keeps only what the server still misses, and saves made after the question', () => {
    const asked = { a: '1-x', b: '1-y' };
    const query = revsDiffQuery(asked);
    expect(query).toEqual({ a: ['1-x'], b: ['1-y'] });
    // The server has a; b is missing; c was saved while the question was out; b was saved again.
    const now = { a: '1-x', b: '2-y', c: '1-z' };
    expect(stillMissing(now, query, { b: { missing: ['1-y'] } })).toEqual({ b: '2-y', c: '1-z' });
    expect(stillMissing(asked, query, { b: { missing: ['1-y'] } })).toEqual({ b: '1-y' });
    expect(stillMissing(asked, query, {})).toEqual({});
  });
});
