import { describe, expect, it } from 'vitest';
import {
  areaOfRoles,
  jobRoleOf,
  kabupatenRole,
  kecamatanRole,
  pengelolaRole,
  provinsiRole,
  type JobRole,
  type UserArea
} from './roles';

describe('area roles', () => {
  it.each([
    [kecamatanRole('74.01.01'), 'kec:740101'],
    [kabupatenRole('74.01'), 'kab:7401'],
    [provinsiRole('74'), 'prov:74'],
    [pengelolaRole('74.01', 'pkh'), 'pengelola:7401:pkh']
  ])('%s', (role, expected) => {
    expect(role).toBe(expected);
  });
});

describe('areaOfRoles', () => {
  const kosong: UserArea = { kecamatan: [], kabupaten: [], provinsi: [], programmes: [] };

  it.each<[string, string[], UserArea]>([
    ['no roles', [], kosong],
    ['a facilitator of two kecamatan', ['fasilitator', 'kec:740101', 'kec:740102'], { ...kosong, kecamatan: ['74.01.01', '74.01.02'] }],
    ['a manager', ['manajer', 'kab:7401'], { ...kosong, kabupaten: ['74.01'] }],
    ['provincial staff', ['provinsi', 'prov:74'], { ...kosong, provinsi: ['74'] }],
    [
      'a programme manager',
      ['pengelola', 'pengelola:7401:pis-kis'],
      { ...kosong, programmes: [{ kabupaten: '74.01', programId: 'pis-kis' }] }
    ],
    [
      'malformed roles, ignored',
      ['kec:7401', 'kab:740101', 'prov:7', 'pengelola:7401', 'pengelola:74:pkh', 'kec:', '_admin'],
      kosong
    ]
  ])('%s', (_, roles, area) => {
    expect(areaOfRoles(roles)).toEqual(area);
  });

  it('reads back what the role builders write', () => {
    const roles = [kecamatanRole('74.01.03'), kabupatenRole('74.02'), provinsiRole('74'), pengelolaRole('74.01', 'pkh')];
    expect(areaOfRoles(roles)).toEqual({
      kecamatan: ['74.01.03'],
      kabupaten: ['74.02'],
      provinsi: ['74'],
      programmes: [{ kabupaten: '74.01', programId: 'pkh' }]
    });
  });
});

describe('jobRoleOf', () => {
  it.each<[string[], JobRole | null]>([
    [['fasilitator', 'kec:740101'], 'fasilitator'],
    [['kab:7401', 'manajer'], 'manajer'],
    [['pengelola', 'pengelola:7401:pkh'], 'pengelola'],
    [['kec:740101'], null],
    [['_admin'], null]
  ])('%o → %s', (roles, job) => {
    expect(jobRoleOf(roles)).toBe(job);
  });
});
