import { describe, expect, it } from 'vitest';
import { areaOfRoles, jobRoleOf } from '../../app/lib/domain/roles';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';
import { kabupatenStaff, kecamatanStaff } from './staff';

describe('DEMO_ACCOUNTS', () => {
  it.each([
    ['fasilitator.wundulako', ['fasilitator', 'kec:740101']],
    ['fasilitator.pomalaa', ['fasilitator', 'kec:740107']],
    ['frontoffice.wundulako', ['front-office', 'kec:740101']],
    ['supervisor.wundulako', ['supervisor', 'kec:740101']],
    ['supervisor.pomalaa', ['supervisor', 'kec:740107']],
    ['frontoffice.kolaka', ['front-office', 'kab:7401']],
    ['backoffice.kolaka', ['back-office', 'kab:7401']],
    ['manajer.kolaka', ['manajer', 'kab:7401']],
    ['admin.kolaka', ['admin-kab', 'kab:7401']],
    ['pengelola.pkh.kolaka', ['pengelola', 'pengelola:7401:pkh']],
    ['pengelola.bpnt.kolaka', ['pengelola', 'pengelola:7401:bpnt']],
    ['provinsi.sultra', ['provinsi', 'prov:74']],
    ['nasional', ['nasional']]
  ])('%s has roles %o', (name, roles) => {
    const account = DEMO_ACCOUNTS.find((a) => a.name === name);
    expect(account?.roles).toEqual(roles);
    expect(jobRoleOf(account!.roles)).toBe(account!.jobRole);
    expect(account!.displayName.trim()).not.toBe('');
    expect(account!.description.trim()).not.toBe('');
  });

  it('has thirteen accounts with distinct names and one password', () => {
    expect(DEMO_ACCOUNTS).toHaveLength(13);
    expect(new Set(DEMO_ACCOUNTS.map((a) => a.name)).size).toBe(DEMO_ACCOUNTS.length);
    expect(DEMO_PASSWORD).toBe('demo1234');
  });

  it('gives the programme manager the PKH referrals of Kolaka', () => {
    const pengelola = DEMO_ACCOUNTS.find((a) => a.jobRole === 'pengelola')!;
    expect(areaOfRoles(pengelola.roles).programmes).toEqual([{ kabupaten: '74.01', programId: 'pkh' }]);
  });
});

describe('staff of generated documents', () => {
  it.each([
    ['74.01.01', { fasilitator: 'fasilitator.wundulako', frontOffice: 'frontoffice.wundulako', supervisor: 'supervisor.wundulako' }],
    ['74.01.07', { fasilitator: 'fasilitator.pomalaa', frontOffice: 'frontoffice.740107', supervisor: 'supervisor.pomalaa' }],
    ['74.01.04', { fasilitator: 'fasilitator.740104', frontOffice: 'frontoffice.740104', supervisor: 'supervisor.740104' }]
  ])('kecamatan %s is staffed by %o', (kode, staff) => {
    expect(kecamatanStaff(kode)).toEqual(staff);
  });

  it('uses the demo accounts of the kabupaten, and a name per programme manager', () => {
    const kab = kabupatenStaff();
    expect([kab.frontOffice, kab.backOffice, kab.manajer, kab.admin]).toEqual([
      'frontoffice.kolaka', 'backoffice.kolaka', 'manajer.kolaka', 'admin.kolaka'
    ]);
    expect(kab.pengelola('pkh')).toBe('pengelola.pkh.kolaka');
    expect(kab.pengelola('bpnt')).toBe('pengelola.bpnt.kolaka');
  });
});
