import { describe, expect, it } from 'vitest';
import { JOB_ROLES } from '$lib/domain/roles';
import { administersUsers, answersReferrals, homeOf, recordsComplaints, searchesRegistry, seesDashboard } from './role-home';

describe('role homes', () => {
  it('gives every job role an absolute in-app path', () => {
    for (const role of JOB_ROLES) expect(homeOf(role)).toMatch(/^(\/[a-z-]+)+$/);
  });

  it('lands a facilitator on the registry search, the front office at its desk, a supervisor on its review queues, the secretariat on the referral board, province and nation on their dashboard', () => {
    expect(homeOf('fasilitator')).toBe('/cari');
    expect(homeOf('front-office')).toBe('/meja');
    expect(homeOf('supervisor')).toBe('/antrean');
    expect(homeOf('manajer')).toBe('/rujukan');
    expect(homeOf('back-office')).toBe('/rujukan');
    expect(homeOf('provinsi')).toBe('/dasbor');
    expect(homeOf('nasional')).toBe('/dasbor');
  });

  it('lands a district administrator on its users, which are for district administrators only', () => {
    expect(homeOf('admin-kab')).toBe('/admin/pengguna');
    expect(JOB_ROLES.filter(administersUsers)).toEqual(['admin-kab']);
  });

  it('lands a programme manager on its referral inbox, which is for programme managers only', () => {
    expect(homeOf('pengelola')).toBe('/kotak-masuk');
    expect(JOB_ROLES.filter(answersReferrals)).toEqual(['pengelola']);
  });

  it('shows the registry to SLRT staff, not to programme managers, province or nation', () => {
    expect(JOB_ROLES.filter(searchesRegistry)).toEqual(['fasilitator', 'front-office', 'back-office', 'supervisor', 'manajer', 'admin-kab']);
  });

  it('offers the complaint form to facilitators and front office only', () => {
    expect(JOB_ROLES.filter(recordsComplaints)).toEqual(['fasilitator', 'front-office']);
  });

  it('shows the dashboard to the district secretariat and admin, programme agencies, province and nation, not to field staff', () => {
    expect(JOB_ROLES.filter(seesDashboard)).toEqual(['back-office', 'manajer', 'pengelola', 'admin-kab', 'provinsi', 'nasional']);
  });
});
