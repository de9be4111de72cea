import { describe, expect, it } from 'vitest';
import { isWriteRequest } from './write-requests';

describe('isWriteRequest', () => {
  it.each([
    ['PUT', '/slrt-kec-740101/keluhan%3A7401012001%3A01ABC', true],
    ['DELETE', '/slrt-kec-740101/keluhan:7401012001:01ABC', true],
    ['POST', '/slrt-kec-740101', true],
    ['POST', '/slrt-kec-740101/_bulk_docs', true],
    ['PUT', '/slrt-kec-740101/_design/slrt', true],
    ['PUT', '/slrt-kec-740101/doc/photo.jpg', true],
    ['GET', '/slrt-kec-740101/doc', false],
    ['PUT', '/slrt-kec-740101', false],
    ['PUT', '/slrt-kec-740101/_local/checkpoint', false],
    ['POST', '/slrt-kec-740101/_revs_diff', false],
    ['POST', '/slrt-kec-740101/_bulk_get', false],
    ['POST', '/slrt-kec-740101/_all_docs', false],
    ['POST', '/slrt-kec-740101/_changes', false],
    ['POST', '/slrt-kec-740101/_find', false],
    ['POST', '/slrt-kec-740101/_design/slrt/_view/by_nik', false],
    ['PUT', '/slrt-kec-740101/_security', false],
    ['POST', '/_session', false],
    ['PUT', '/_config/admins/x', false]
  ])('%s %s → %s', (method, path, expected) => {
    expect(isWriteRequest(method, path)).toBe(expected);
  });
});
