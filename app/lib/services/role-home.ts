import type { JobRole } from '$lib/domain/roles';

/**
 * Where each job role lands after login or unlock. Every role shares `/beranda` for now; the
 * issues that build each role's own screen (search and today's work, walk-in desk, review
 * queue, referral board, inbox, dashboard, users) change its line here, and nowhere else.
 */
const HOMES: Record<JobRole, string> = {
  fasilitator: '/beranda',
  'front-office': '/beranda',
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
