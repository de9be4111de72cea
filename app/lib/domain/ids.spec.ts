import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOC_TYPE_NAMES } from './doc-types';
import { newDocId, parseDocId } from './ids';

const T0 = Date.UTC(2025, 2, 10);

describe('newDocId', () => {
  it.each([
    ['keluhan', '74.01.01.2001', 'keluhan:7401012001:'],
    ['review', '74.01.01', 'review:740101:'],
    ['faq', '74.01', 'faq:7401:']
  ] as const)('%s in %s starts with %s and parses back', (type, code, prefix) => {
    const id = newDocId(type, code, T0);
    expect(id.startsWith(prefix)).toBe(true);
    expect(parseDocId(id)).toEqual({ type, wilayah: prefix.split(':')[1], unique: id.slice(prefix.length) });
  });

  it('sorts by time, and stays unique and ordered within one millisecond', () => {
    const ids = [newDocId('keluhan', '74.01.01.2001', T0), newDocId('keluhan', '74.01.01.2001', T0), newDocId('keluhan', '74.01.01.2001', T0 + 1)];
    expect(new Set(ids).size).toBe(3);
    expect([...ids].sort()).toEqual(ids);
  });

  it('every type and time gives an id parseDocId reads', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DOC_TYPE_NAMES), fc.integer({ min: 0, max: 2 ** 40 }), (type, now) => {
        expect(parseDocId(newDocId(type, '74.01.01', now))?.type).toBe(type);
      })
    );
  });
});

describe('parseDocId', () => {
  it.each([
    'keluhan',
    'keluhan:7401012001',
    'Keluhan:7401012001:01JP',
    'keluhan:74.01:01JP',
    'keluhan:7:01JP',
    'keluhan:7401012001:01 JP'
  ])('rejects %s', (id) => {
    expect(parseDocId(id)).toBeNull();
  });
});
