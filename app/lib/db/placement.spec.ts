import { describe, expect, it } from 'vitest';
import { databaseFor, localName, placementOf } from './placement';

describe('placementOf', () => {
  it.each([
    [['fasilitator', 'kec:740101'], 'lokal', ['slrt-kec-740101']],
    [['front-office', 'kec:740101'], 'lokal', ['slrt-kec-740101']],
    [['supervisor', 'kec:740101', 'kec:740107'], 'lokal', ['slrt-kec-740101', 'slrt-kec-740107']],
    [['front-office', 'kab:7401'], 'jarak-jauh', ['slrt-kab-7401']],
    [['back-office', 'kab:7401'], 'jarak-jauh', ['slrt-kab-7401']],
    [['manajer', 'kab:7401'], 'jarak-jauh', ['slrt-kab-7401']],
    [['admin-kab', 'kab:7401'], 'jarak-jauh', ['slrt-kab-7401']],
    [['pengelola', 'pengelola:7401:pkh'], 'jarak-jauh', ['slrt-rujukan-7401-pkh', 'slrt-agregat']],
    [['provinsi', 'prov:74'], 'jarak-jauh', ['slrt-agregat']],
    [['nasional'], 'jarak-jauh', ['slrt-agregat']]
  ])('%j works %s on %j', (roles, mode, databases) => {
    expect(placementOf(roles)).toMatchObject({ mode, databases });
  });

  it('names device databases without the user (one user per device)', () => {
    expect(localName('slrt-kec-740101')).toBe('slrt-slrt-kec-740101');
  });
});

describe('databaseFor', () => {
  const wilayah = { kabupaten: '74.01', kecamatan: '74.01.01' };

  it('puts a document in its kecamatan database, else its kabupaten database', () => {
    expect(databaseFor(placementOf(['fasilitator', 'kec:740101']), wilayah)).toBe('slrt-kec-740101');
    expect(databaseFor(placementOf(['manajer', 'kab:7401']), wilayah)).toBe('slrt-kab-7401');
  });

  it('has no database for a document outside the user area', () => {
    expect(databaseFor(placementOf(['fasilitator', 'kec:740107']), wilayah)).toBeNull();
    expect(databaseFor(placementOf(['manajer', 'kab:7402']), { kabupaten: '74.02' })).toBe('slrt-kab-7402');
    expect(databaseFor(placementOf(['manajer', 'kab:7402']), wilayah)).toBeNull();
  });

  it('uses a programme manager’s only inbox', () => {
    expect(databaseFor(placementOf(['pengelola', 'pengelola:7401:pkh']), wilayah)).toBe('slrt-rujukan-7401-pkh');
    expect(databaseFor(placementOf(['pengelola', 'pengelola:7401:pkh', 'pengelola:7401:bpnt']), wilayah)).toBeNull();
  });
});
