import { describe, expect, it } from 'vitest';
import { belongsToKecamatan, isReferralOf, isResponseTo, isRoutedDb, routeInto, routesFrom, type RoutedDoc } from './rules';

const EXISTING = [
  '_users',
  'slrt-router',
  'slrt-agregat',
  'slrt-kab-7401',
  'slrt-kec-740101',
  'slrt-kec-740107',
  'slrt-kab-7402',
  'slrt-kec-740201',
  'slrt-rujukan-7401-pkh'
];

describe('routesFrom', () => {
  it.each([
    ['slrt-kec-740101', [['slrt-kab-7401', null]]],
    // The target is named even when it does not exist: the router reports it, never creates it.
    ['slrt-kec-740301', [['slrt-kab-7403', null]]],
    [
      'slrt-kab-7401',
      [
        ['slrt-kec-740101', '74.01.01'],
        ['slrt-kec-740107', '74.01.07'],
        ['slrt-rujukan-7401-pkh', null]
      ]
    ],
    ['slrt-kab-7402', [['slrt-kec-740201', '74.02.01']]],
    ['slrt-kab-7403', []],
    ['slrt-router', []],
    ['slrt-agregat', []],
    ['slrt-rujukan-7401-pkh', [['slrt-kab-7401', null]]],
    ['_users', []]
  ] as const)('%s changed → %j', (db, expected) => {
    const routes = routesFrom(db, EXISTING);
    expect(routes.map((r) => [r.target, r.kecamatan])).toEqual(expected);
    expect(routes.every((r) => r.source === db)).toBe(true);
  });
});

describe('routeInto', () => {
  it.each([
    ['slrt-kec-740107', { source: 'slrt-kab-7401', target: 'slrt-kec-740107', kecamatan: '74.01.07' }],
    ['slrt-rujukan-7401-pkh', { source: 'slrt-kab-7401', target: 'slrt-rujukan-7401-pkh', kecamatan: null }],
    ['slrt-rujukan-7403-pkh', null],
    ['slrt-kec-740301', null],
    ['slrt-kab-7401', null]
  ] as const)('%s → %j', (db, expected) => {
    expect(routeInto(db, EXISTING)).toEqual(expected);
  });
});

describe('isRoutedDb', () => {
  it.each([
    ['slrt-kec-740101', true],
    ['slrt-kab-7401', true],
    ['slrt-router', false],
    ['slrt-rujukan-7401-pkh', true],
    ['slrt-kec-7401', false],
    ['_replicator', false]
  ])('%s → %s', (db, expected) => {
    expect(isRoutedDb(db)).toBe(expected);
  });
});

describe('belongsToKecamatan', () => {
  const WUNDULAKO = '74.01.01';
  const cases: [string, RoutedDoc, boolean][] = [
    ['a referral of Wundulako', { _id: 'rujukan:740101:01J', type: 'rujukan', wilayah: { kabupaten: '74.01', kecamatan: '74.01.01' } }, true],
    ['a referral of another kecamatan', { _id: 'rujukan:740107:01J', type: 'rujukan', wilayah: { kabupaten: '74.01', kecamatan: '74.01.07' } }, false],
    ['the district programme catalogue', { _id: 'program:7401:pkh', type: 'program', wilayah: { kabupaten: '74.01' } }, true],
    ['another district programme', { _id: 'program:7402:pkh', type: 'program', wilayah: { kabupaten: '74.02' } }, false],
    ['a kabupaten-level document that is not shared', { _id: 'x:7401:1', type: 'rumahtangga', wilayah: { kabupaten: '74.01' } }, false],
    ['a design document', { _id: '_design/slrt', wilayah: { kabupaten: '74.01', kecamatan: '74.01.01' } }, false],
    ['a document without wilayah', { _id: 'rujukan:740101:01J', type: 'rujukan' }, false],
    ['a tombstone of a desa-level document', { _id: 'keluhan:7401012001:01J', _deleted: true }, true],
    ['a tombstone of another kecamatan', { _id: 'keluhan:7401072001:01J', _deleted: true }, false],
    ['a tombstone of a shared document', { _id: 'faq:7401:01J', _deleted: true }, true],
    ['a tombstone of a shared document of another district', { _id: 'faq:7402:01J', _deleted: true }, false],
    ['a tombstone with an id of no known shape', { _id: 'something-else', _deleted: true }, false],
    ['a tombstone that kept its wilayah', { _id: 'odd-id', _deleted: true, type: 'review', wilayah: { kabupaten: '74.01', kecamatan: '74.01.01' } }, true]
  ];
  it.each(cases)('%s → %s', (_, doc, expected) => {
    expect(belongsToKecamatan(doc, WUNDULAKO)).toBe(expected);
  });
});

describe('referral inboxes', () => {
  const rujukan = (programId: string): RoutedDoc => ({ _id: 'rujukan:740101:01J', type: 'rujukan', programId, wilayah: { kabupaten: '74.01', kecamatan: '74.01.01' } });

  it.each([
    ['a referral of the programme', rujukan('pkh'), true],
    ['a referral of another programme', rujukan('bpnt'), false],
    ['a complaint of the programme', { ...rujukan('pkh'), _id: 'keluhan:7401012001:01J', type: 'keluhan' }, false],
    ['a design document', { ...rujukan('pkh'), _id: '_design/rujukan' }, false]
  ] as const)('%s goes into the pkh inbox: %s', (_, doc, expected) => {
    expect(isReferralOf(doc, 'pkh')).toBe(expected);
  });

  const held = new Map([['rujukan:740101:01J', { kasusId: 'keluhan:7401012001:K', kecamatan: '74.01.01' }]]);
  const tanggapan: RoutedDoc = {
    _id: 'tindaklanjut:740101:01T',
    type: 'tindaklanjut',
    rujukanId: 'rujukan:740101:01J',
    kasusId: 'keluhan:7401012001:K',
    wilayah: { kabupaten: '74.01', kecamatan: '74.01.01' }
  };

  it.each([
    ['a response to a referral the inbox holds', tanggapan, true],
    ['a response to a referral the inbox never held', { ...tanggapan, rujukanId: 'rujukan:740101:LAIN' }, false],
    ['a response that names another case', { ...tanggapan, kasusId: 'keluhan:7401072001:X' }, false],
    ['a response placed in another kecamatan', { ...tanggapan, wilayah: { kabupaten: '74.01', kecamatan: '74.01.07' } }, false],
    ['the referral itself', rujukan('pkh'), false]
  ] as const)('%s goes up to the kabupaten: %s', (_, doc, expected) => {
    expect(isResponseTo(doc, held)).toBe(expected);
  });
});
