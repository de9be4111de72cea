import { describe, expect, it } from 'vitest';
import { JOB_ROLES } from '$lib/domain/roles';
import { homeOf, recordsComplaints } from './role-home';

describe('role homes', () => {
  it('gives every job role an absolute in-app path', () => {
    for (const role of JOB_ROLES) expect(homeOf(role)).toMatch(/^\/[a-z-]+$/);
  });

  it('lands the front office on its desk, every other role on /beranda until its screen exists', () => {
    expect(homeOf('front-office')).toBe('/meja');
    const others = JOB_ROLES.filter((r) => r !== 'front-office');
    expect(others.map(homeOf)).toEqual(others.map(() => '/beranda'));
  });

  it('offers the complaint form to facilitators and front office only', () => {
    expect(JOB_ROLES.filter(recordsComplaints)).toEqual(['fasilitator', 'front-office']);
  });
});
