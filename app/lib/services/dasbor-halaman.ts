/**
 * The dashboard page's state lives in its address: the area looked at, the period, the
 * programme, the age group and the breakdown. A drill-down is a link, the back button goes up again, and a
 * view can be bookmarked or sent to a colleague. Everything read from an address is checked:
 * an area outside the user's own falls back to it.
 */
import { RINCIAN, type FilterDasbor, type Rincian } from '$lib/domain/dasbor';
import { KELOMPOK_UMUR, type KelompokUmur } from '$lib/domain/kelompok-umur';
import type { JobRole, UserArea } from '$lib/domain/roles';

/**
 * The area a role's dashboard starts at: its kabupaten (a programme's agency: the kabupaten of
 * its programme), its province, or the whole country.
 */
export function wilayahAkar(jobRole: JobRole | null, area: UserArea): string | null {
  if (jobRole === 'nasional') return '';
  if (jobRole === 'provinsi') return area.provinsi[0] ?? null;
  if (jobRole === 'pengelola') return area.programmes[0]?.kabupaten ?? null;
  if (jobRole === 'manajer' || jobRole === 'back-office' || jobRole === 'admin-kab') return area.kabupaten[0] ?? null;
  return null;
}

/**
 * Whether the dashboard reads the aggregates (numbers only, small cells hidden) rather than a
 * district's views: province, nation, and a programme's agency, which may see its district's
 * figures but not its records.
 */
export function membacaAgregat(jobRole: JobRole | null): boolean {
  return jobRole === 'provinsi' || jobRole === 'nasional' || jobRole === 'pengelola';
}

const BULAN = /^\d{4}-(0[1-9]|1[0-2])$/;
const KODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/** Where a dashboard starts, and whether it reads the aggregates (which stop at kecamatan). */
export interface AkarDasbor {
  wilayah: string;
  agregat: boolean;
}

function diDalam(akar: AkarDasbor, kode: string): boolean {
  const palingDalam = akar.agregat ? 8 : 13;
  return kode === akar.wilayah || (kode.startsWith(akar.wilayah === '' ? '' : `${akar.wilayah}.`) && kode.length <= palingDalam);
}

/** The filter an address asks for, inside the user's area; this year so far by default. */
export function filterDariAlamat(params: URLSearchParams, akar: AkarDasbor, hariIni: string): FilterDasbor {
  const w = params.get('wilayah') ?? '';
  const wilayah = KODE.test(w) && diDalam(akar, w) ? w : akar.wilayah;
  const sampai = BULAN.test(params.get('sampai') ?? '') ? (params.get('sampai') as string) : hariIni.slice(0, 7);
  const dari = BULAN.test(params.get('dari') ?? '') ? (params.get('dari') as string) : `${sampai.slice(0, 4)}-01`;
  const programId = params.get('program') || undefined;
  const r = params.get('rincian');
  const rincian = (RINCIAN as readonly string[]).includes(r ?? '') ? (r as Rincian) : undefined;
  const u = params.get('umur');
  const kelompokUmur = (KELOMPOK_UMUR as readonly string[]).includes(u ?? '') ? (u as KelompokUmur) : undefined;
  return { wilayah, dari, sampai, programId, rincian, kelompokUmur };
}

export function alamatDari(filter: FilterDasbor): string {
  const p = new URLSearchParams();
  if (filter.wilayah) p.set('wilayah', filter.wilayah);
  p.set('dari', filter.dari);
  p.set('sampai', filter.sampai);
  if (filter.programId) p.set('program', filter.programId);
  if (filter.rincian) p.set('rincian', filter.rincian);
  if (filter.kelompokUmur) p.set('umur', filter.kelompokUmur);
  return `?${p}`;
}

/** The areas from the user's own down to the one looked at, for the breadcrumb. */
export function jejakWilayah(akar: string, wilayah: string): string[] {
  const jejak = [akar];
  for (const panjang of [2, 5, 8, 13]) {
    if (panjang > akar.length && panjang <= wilayah.length) jejak.push(wilayah.slice(0, panjang));
  }
  return jejak;
}

/** The level of the rows under an area: what the first column of its tables is called. */
export function tingkatBaris(wilayah: string): 'provinsi' | 'kabupaten' | 'kecamatan' | 'desa' {
  if (wilayah === '') return 'provinsi';
  if (wilayah.length === 2) return 'kabupaten';
  if (wilayah.length === 5) return 'kecamatan';
  return 'desa';
}

/** Whether a row's area opens further (a desa is the deepest; aggregates stop at kecamatan). */
export function bisaDibuka(akar: AkarDasbor, wilayah: string, baris: string): boolean {
  return baris !== wilayah && diDalam(akar, baris);
}
