import { describe, expect, it } from 'vitest';
import { JOB_ROLES } from '$lib/domain/roles';
import { administersUsers, answersReferrals, homeOf, recordsComplaints, searchesRegistry } from './role-home';

describe('role homes', () => {
  it('gives every job role an absolute in-app path', () => {
    for (const role of JOB_ROLES) expect(homeOf(role)).toMatch(/^(\/[a-z-]+)+$/);
  });

  it('lands a facilitator on the registry search, the front office at its desk, a supervisor on its review queues, the secretariat on the referral board, every other role on /beranda until its screen exists (a district administrator aside)', () => {
    expect(homeOf('fasilitator')).toBe('/cari');
    expect(homeOf('front-office')).toBe('/meja');
    expect(homeOf('supervisor')).toBe('/antrean');
    expect(homeOf('manajer')).toBe('/rujukan');
    expect(homeOf('back-office')).toBe('/rujukan');
    const others = JOB_ROLES.filter((r) => !['fasilitator', 'front-office', 'supervisor', 'manajer', 'back-office', 'pengelola', 'admin-kab'].includes(r));
    expect(others.map(homeOf)).toEqual(others.map(() => '/beranda'));
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
});
