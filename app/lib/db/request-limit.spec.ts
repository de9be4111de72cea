import { describe, expect, it } from 'vitest';
import { BATAS_KIRIMAN } from '../domain/doc-types';
import { makeKeluhan } from '../test-data/event-factory';
import { REQUEST_BUDGET, sentSize, splitBySize } from './request-limit';

const PHOTO = 300 * 1024;
const withPhoto = (data: Blob | Buffer | string) => ({ ...makeKeluhan(), _attachments: { 'foto-dokumen.jpg': { content_type: 'image/jpeg', data } } });

describe('sentSize', () => {
  it('counts a photo read as binary by its base64 length, as the request will carry it', () => {
    const doc = withPhoto(new Blob([new Uint8Array(PHOTO)]));
    const withoutPhoto = JSON.stringify({ ...doc, _attachments: { 'foto-dokumen.jpg': { content_type: 'image/jpeg', data: '' } } }).length;
    expect(sentSize(doc)).toBe(withoutPhoto + (4 * PHOTO) / 3);
    expect(sentSize(withPhoto(Buffer.alloc(PHOTO)))).toBe(sentSize(doc));
  });

  it('counts a photo given as base64 once, inside the JSON', () => {
    const doc = withPhoto(btoa('\u00ff'.repeat(PHOTO)));
    expect(sentSize(doc)).toBe(JSON.stringify(doc).length);
    expect(sentSize(doc)).toBe(sentSize(withPhoto(new Blob([new Uint8Array(PHOTO)]))));
  });
});

describe('splitBySize', () => {
  it('cuts a batch of 100 complaints, 60 with a photo, into requests within the budget, in order', () => {
    const docs = Array.from({ length: 100 }, (_, i) => (i < 60 ? withPhoto(new Blob([new Uint8Array(PHOTO)])) : makeKeluhan()));
    // Sent whole, the batch would be refused by the server.
    expect(docs.reduce((n, d) => n + sentSize(d), 0)).toBeGreaterThan(BATAS_KIRIMAN);
    const parts = splitBySize(docs, REQUEST_BUDGET, sentSize);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.reduce((n, d) => n + sentSize(d), 0)).toBeLessThanOrEqual(REQUEST_BUDGET);
    expect(parts.flat()).toEqual(docs);
  });

  it('sends a batch without photos as one request', () => {
    const docs = Array.from({ length: 100 }, () => makeKeluhan());
    expect(splitBySize(docs, REQUEST_BUDGET, sentSize)).toEqual([docs]);
  });

  it('sends a document larger than the budget alone, for the server to judge by itself', () => {
    expect(splitBySize([1, 9, 2, 3], 5, (n) => n)).toEqual([[1], [9], [2, 3]]);
    expect(splitBySize([], 5, (n: number) => n)).toEqual([]);
  });
});
