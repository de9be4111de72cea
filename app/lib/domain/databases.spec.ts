import { describe, expect, it } from 'vitest';
import {
  AGREGAT_DB,
  kabupatenDb,
  kecamatanDb,
  parseDbName,
  ROUTER_DB,
  rujukanDb,
  type DatabaseKind
} from './databases';

describe('database names', () => {
  it.each<[string, string, DatabaseKind]>([
    ['a kecamatan', kecamatanDb('74.01.01'), { kind: 'kecamatan', kecamatan: '74.01.01' }],
    ['a kabupaten', kabupatenDb('74.01'), { kind: 'kabupaten', kabupaten: '74.01' }],
    ['a programme inbox', rujukanDb('74.01', 'pip-kemenag'), { kind: 'rujukan', kabupaten: '74.01', programId: 'pip-kemenag' }],
    ['the aggregates', AGREGAT_DB, { kind: 'agregat' }],
    ['the router', ROUTER_DB, { kind: 'router' }]
  ])('%s: %s round-trips', (_, name, kind) => {
    expect(parseDbName(name)).toEqual(kind);
  });

  it.each([
    ['slrt-kec-740101', kecamatanDb('74.01.01')],
    ['slrt-kec-740101', kecamatanDb('740101')],
    ['slrt-kab-7401', kabupatenDb('74.01')],
    ['slrt-rujukan-7401-pkh', rujukanDb('74.01', 'pkh')]
  ])('writes %s', (expected, name) => {
    expect(name).toBe(expected);
  });

  it.each([
    '_users',
    '_replicator',
    'slrt-kec-7401',
    'slrt-kec-74010',
    'slrt-kab-740101',
    'slrt-rujukan-7401-',
    'slrt-rujukan-7401-PKH',
    'kec-740101'
  ])('does not claim %s', (name) => {
    expect(parseDbName(name)).toBeNull();
  });
});
