import { describe, expect, it } from 'vitest';
import { kolomKhususAsing } from './kiriman';

describe('kolomKhususAsing', () => {
  it.each([
    ['PUT', '/slrt-kec-740101/keluhan:1', { _id: 'keluhan:1', _rev: '1-a', _attachments: {}, type: 'keluhan' }, undefined],
    ['PUT', '/slrt-kec-740101/keluhan:1', { _id: 'keluhan:1', _rahasia: 1 }, '_rahasia'],
    ['POST', '/slrt-kec-740101', { _foo: 1 }, '_foo'],
    ['POST', '/slrt-kec-740101/_bulk_docs', { docs: [{ _id: 'a', _revisions: {}, _deleted: true }, { _x: 1 }], new_edits: false }, '_x'],
    ['POST', '/slrt-kec-740101/_bulk_docs', { docs: 'bukan daftar' }, undefined],
    // Not documents: a view query, a checkpoint, an attachment.
    ['POST', '/slrt-kec-740101/_all_docs', { _keys: [] }, undefined],
    ['PUT', '/slrt-kec-740101/_local/checkpoint', { _id: '_local/x', _private: 1 }, undefined],
    ['PUT', '/slrt-kec-740101/keluhan:1/foto.jpg', { _x: 1 }, undefined]
  ])('%s %s → %s', (method, path, body, expected) => {
    expect(kolomKhususAsing(method, path, body)).toBe(expected);
  });
});
