import { compactCode, dottedCode } from './wilayah';

/** The job roles of SLRT.md ("People and their tools"); one per user. */
export const JOB_ROLES = [
  'fasilitator',
  'front-office',
  'back-office',
  'supervisor',
  'manajer',
  'pengelola',
  'admin-kab',
  'provinsi',
  'nasional'
] as const;
export type JobRole = (typeof JOB_ROLES)[number];

/**
 * Area roles say where a user works; CouchDB `_security` and `validate_doc_update` read them.
 * - `kec:740101`  — a kecamatan (facilitators, kecamatan front office, supervisors; several allowed)
 * - `kab:7401`    — a whole kabupaten (secretariat, manager, district admin)
 * - `prov:74`     — a province (aggregates only)
 * - `pengelola:7401:pkh` — the referrals of one programme in one kabupaten
 */
export function kecamatanRole(kodeKecamatan: string): string {
  return `kec:${compactCode(kodeKecamatan)}`;
}
export function kabupatenRole(kodeKabupaten: string): string {
  return `kab:${compactCode(kodeKabupaten)}`;
}
export function provinsiRole(kodeProvinsi: string): string {
  return `prov:${kodeProvinsi}`;
}
export function pengelolaRole(kodeKabupaten: string, programId: string): string {
  return `pengelola:${compactCode(kodeKabupaten)}:${programId}`;
}

/** The area a user's roles give: dotted codes of each level it holds. */
export interface UserArea {
  kecamatan: string[];
  kabupaten: string[];
  provinsi: string[];
  programmes: { kabupaten: string; programId: string }[];
}

export function areaOfRoles(roles: readonly string[]): UserArea {
  const area: UserArea = { kecamatan: [], kabupaten: [], provinsi: [], programmes: [] };
  for (const role of roles) {
    const [prefix, code, programId] = role.split(':');
    if (prefix === 'kec' && /^\d{6}$/.test(code ?? '')) area.kecamatan.push(dottedCode(code));
    else if (prefix === 'kab' && /^\d{4}$/.test(code ?? '')) area.kabupaten.push(dottedCode(code));
    else if (prefix === 'prov' && /^\d{2}$/.test(code ?? '')) area.provinsi.push(code);
    else if (prefix === 'pengelola' && /^\d{4}$/.test(code ?? '') && programId)
      area.programmes.push({ kabupaten: dottedCode(code), programId });
  }
  return area;
}

export function jobRoleOf(roles: readonly string[]): JobRole | null {
  return (JOB_ROLES as readonly string[]).find((r) => roles.includes(r)) as JobRole | undefined ?? null;
}
