import { AGREGAT_DB, kabupatenDb, kecamatanDb, parseDbName, rujukanDb } from '../domain/databases';
import { areaOfRoles, jobRoleOf, type JobRole } from '../domain/roles';

/**
 * Which databases a user works with, and where (DESIGN.md "Data placement"):
 * - field roles (fasilitator, front office, supervisor) with a kecamatan keep each of their
 *   kecamatan databases on the device and sync it both ways;
 * - everyone else works on the server: a district's desk roles on the kabupaten database, a
 *   programme manager on their referral inboxes, province and nation on the aggregates.
 * A front office of the district secretariat holds `kab:` and no `kec:`: it works remotely.
 */
export const FIELD_ROLES: readonly JobRole[] = ['fasilitator', 'front-office', 'supervisor'];

export interface Placement {
  jobRole: JobRole | null;
  mode: 'lokal' | 'jarak-jauh';
  /** Server database names, e.g. `slrt-kec-740101`. */
  databases: string[];
}

export function placementOf(roles: readonly string[]): Placement {
  const jobRole = jobRoleOf(roles);
  const area = areaOfRoles(roles);
  if (jobRole && FIELD_ROLES.includes(jobRole) && area.kecamatan.length > 0) {
    return { jobRole, mode: 'lokal', databases: area.kecamatan.map(kecamatanDb) };
  }
  if (jobRole === 'pengelola') {
    // A programme's agency reads its district's dashboard from the aggregates: numbers only.
    return { jobRole, mode: 'jarak-jauh', databases: [...area.programmes.map((p) => rujukanDb(p.kabupaten, p.programId)), AGREGAT_DB] };
  }
  if (jobRole === 'provinsi' || jobRole === 'nasional') {
    return { jobRole, mode: 'jarak-jauh', databases: [AGREGAT_DB] };
  }
  return { jobRole, mode: 'jarak-jauh', databases: area.kabupaten.map(kabupatenDb) };
}

/** The name a server database has on the device: one user per device, so no user in it. */
export function localName(dbName: string): string {
  return `slrt-${dbName}`;
}

/**
 * The database of the user's that a document belongs in: its kecamatan's, else its
 * kabupaten's; for a referral inbox or the aggregates, the user's only such database.
 */
export function databaseFor(placement: Placement, wilayah: { kecamatan?: string; kabupaten?: string }): string | null {
  const candidates = [
    wilayah.kecamatan ? kecamatanDb(wilayah.kecamatan) : null,
    wilayah.kabupaten ? kabupatenDb(wilayah.kabupaten) : null
  ];
  for (const name of candidates) if (name && placement.databases.includes(name)) return name;
  const inboxes = placement.databases.filter((name) => parseDbName(name)?.kind === 'rujukan');
  if (inboxes.length > 0) return inboxes.length === 1 ? inboxes[0] : null;
  return placement.databases.includes(AGREGAT_DB) ? AGREGAT_DB : null;
}
