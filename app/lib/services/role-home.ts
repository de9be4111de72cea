import type { JobRole } from '$lib/domain/roles';

/**
 * Where each job role lands after login or unlock: a facilitator's day starts with the registry
 * search, the front office's at its walk-in desk, the district secretariat's (manager, back
 * office) at the referral board, the district administrator's at its users, province and
 * nation at their dashboard.
 * The issues that build each role's own screen (review queue, referral board, inbox,
 * dashboard, users) change its line here, and nowhere else.
 */
const HOMES: Record<JobRole, string> = {
  fasilitator: '/cari',
  'front-office': '/meja',
  'back-office': '/rujukan',
  supervisor: '/antrean',
  manajer: '/rujukan',
  pengelola: '/kotak-masuk',
  'admin-kab': '/admin/pengguna',
  provinsi: '/dasbor',
  nasional: '/dasbor'
};

export function homeOf(jobRole: JobRole): string {
  return HOMES[jobRole];
}

/** Roles that record a walk-in or field complaint (`/keluhan/baru`). */
export function recordsComplaints(jobRole: JobRole | null): boolean {
  return jobRole === 'fasilitator' || jobRole === 'front-office';
}

/**
 * Roles that search the household registry (`/cari`) and open households: the kecamatan's and
 * the district's SLRT staff. Programme managers and province/nation see no registry.
 */
export function searchesRegistry(jobRole: JobRole | null): boolean {
  return jobRole !== null && !['pengelola', 'provinsi', 'nasional'].includes(jobRole);
}

/** Roles that answer referrals in a programme's inbox (`/kotak-masuk`). */
export function answersReferrals(jobRole: JobRole | null): boolean {
  return jobRole === 'pengelola';
}

/** The district administrator's user screens (`/admin/pengguna`). */
export function administersUsers(jobRole: JobRole | null): boolean {
  return jobRole === 'admin-kab';
}

/**
 * Roles with a dashboard (`/dasbor`): the district's SLRT staff, the programmes' agencies
 * (read-only, from the aggregates), province and nation.
 */
export function seesDashboard(jobRole: JobRole | null): boolean {
  return jobRole !== null && ['manajer', 'back-office', 'pengelola', 'admin-kab', 'provinsi', 'nasional'].includes(jobRole);
}
