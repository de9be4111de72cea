import { compactCode } from './wilayah';

/**
 * Database names (DESIGN.md, "Data placement"). The database boundary is the read boundary:
 * a kecamatan database holds only that kecamatan's documents.
 */
export const AGREGAT_DB = 'slrt-agregat';
export const ROUTER_DB = 'slrt-router';

export function kecamatanDb(kodeKecamatan: string): string {
  return `slrt-kec-${compactCode(kodeKecamatan)}`;
}

export function kabupatenDb(kodeKabupaten: string): string {
  return `slrt-kab-${compactCode(kodeKabupaten)}`;
}

/** A programme manager's inbox: the referrals of one programme in one kabupaten. */
export function rujukanDb(kodeKabupaten: string, programId: string): string {
  return `slrt-rujukan-${compactCode(kodeKabupaten)}-${programId}`;
}

export type DatabaseKind =
  | { kind: 'kecamatan'; kecamatan: string }
  | { kind: 'kabupaten'; kabupaten: string }
  | { kind: 'rujukan'; kabupaten: string; programId: string }
  | { kind: 'agregat' }
  | { kind: 'router' };

/** Which kind of SLRT database a name is, or null for a name that is not ours. */
export function parseDbName(name: string): DatabaseKind | null {
  if (name === AGREGAT_DB) return { kind: 'agregat' };
  if (name === ROUTER_DB) return { kind: 'router' };
  let m = /^slrt-kec-(\d{2})(\d{2})(\d{2})$/.exec(name);
  if (m) return { kind: 'kecamatan', kecamatan: `${m[1]}.${m[2]}.${m[3]}` };
  m = /^slrt-kab-(\d{2})(\d{2})$/.exec(name);
  if (m) return { kind: 'kabupaten', kabupaten: `${m[1]}.${m[2]}` };
  m = /^slrt-rujukan-(\d{2})(\d{2})-([a-z0-9-]+)$/.exec(name);
  if (m) return { kind: 'rujukan', kabupaten: `${m[1]}.${m[2]}`, programId: m[3] };
  return null;
}
