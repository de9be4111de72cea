import { describe, expect, it } from 'vitest';
import { JOB_ROLES } from '$lib/domain/roles';
import { homeOf, recordsComplaints } from './role-home';

describe('role homes', () => {
  it('gives every job role an absolute in-app path', () => {
    for (const role of JOB_ROLES) expect(homeOf(role)).toMatch(/^\/[a-z-]+$/);
  });

  it('lands every role on /beranda until the role screens exist', () => {
    expect(JOB_ROLES.map(homeOf)).toEqual(JOB_ROLES.map(() => '/beranda'));
  });

  it('offers the complaint form to facilitators and front office only', () => {
    expect(JOB_ROLES.filter(recordsComplaints)).toEqual(['fasilitator', 'front-office']);
  });
});
