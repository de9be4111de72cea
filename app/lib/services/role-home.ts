import type { JobRole } from '$lib/domain/roles';

/**
 * Where each job role lands after login or unlock: the front office at its walk-in desk, the
 * others at `/beranda` for now; the issues that build each role's own screen (search and
 * today's work, review queue, referral board, inbox, dashboard, users) change its line here,
 * and nowhere else.
 */
const HOMES: Record<JobRole, string> = {
  fasilitator: '/beranda',
  'front-office': '/meja',
  'back-office': '/beranda',
  supervisor: '/beranda',
  manajer: '/beranda',
  pengelola: '/beranda',
  'admin-kab': '/beranda',
  provinsi: '/beranda',
  nasional: '/beranda'
};

export function homeOf(jobRole: JobRole): string {
  return HOMES[jobRole];
}

/** Roles that record a walk-in or field complaint (`/keluhan/baru`). */
export function recordsComplaints(jobRole: JobRole | null): boolean {
  return jobRole === 'fasilitator' || jobRole === 'front-office';
}
