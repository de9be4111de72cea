import type { DocType } from '../../app/lib/domain/doc-types';
import { newKodeLacak } from '../../app/lib/domain/kode-lacak';
import { JOB_ROLES, type JobRole } from '../../app/lib/domain/roles';
import type { Program } from '../../app/lib/domain/program';
import { compactCode, deepestCode, type Wilayah } from '../../app/lib/domain/wilayah';
import type { NameSource } from './names';
import type { NomorIndukAllocator } from './nomor-induk';
import type { DemoProgramId } from './program-katalog';
import type { Rng } from './rng';
import type { KabupatenStaff, KecamatanStaff } from './staff';
import { isoTime } from './waktu';
import type { Kecamatan } from './wilayah-data';

/** What every part of the generator needs while it writes one kecamatan. */
export interface GenContext {
  rng: Rng;
  names: NameSource;
  nomor: NomorIndukAllocator;
  /** The moment the demo is "now": every document is created before it. */
  now: number;
  kecamatan: Kecamatan;
  staff: KecamatanStaff;
  kab: KabupatenStaff;
  katalog: ReadonlyMap<DemoProgramId, Program>;
}

/** Fields every generated document starts with. */
export interface DocHead<T extends DocType = DocType> {
  _id: string;
  type: T;
  schema: 1;
  wilayah: Wilayah;
  createdBy: string;
  peran?: JobRole;
  createdAt: string;
}

/**
 * `<type>:<compact wilayah>:<ULID>` as `newDocId` writes it, but with the ULID's random part
 * from the seeded stream so the same seed gives the same ids.
 */
export function docHead<T extends DocType>(
  ctx: GenContext,
  type: T,
  wilayah: Wilayah,
  createdBy: string,
  time: number
): DocHead<T> {
  return {
    _id: `${type}:${compactCode(deepestCode(wilayah))}:${ctx.rng.ulid(time)}`,
    type,
    schema: 1,
    wilayah,
    createdBy,
    peran: peranDemo(createdBy),
    createdAt: isoTime(time)
  };
}

/** The demo's staff are named `<role>.<place>` (accounts.ts, staff.ts). */
function peranDemo(nama: string): JobRole {
  const awalan = nama.split('.')[0];
  const peran = awalan === 'frontoffice' ? 'front-office' : awalan === 'backoffice' ? 'back-office' : awalan;
  if (!(JOB_ROLES as readonly string[]).includes(peran)) throw new Error(`Nama petugas demo tanpa peran: ${nama}`);
  return peran as JobRole;
}

/** The receipt's tracking code of a case, from the seeded stream like the ids. */
export function kodeLacakOf(ctx: GenContext, wilayah: Wilayah): string {
  return newKodeLacak(wilayah.kabupaten as string, (n) => ctx.rng.bytes(n));
}

export function programOf(ctx: GenContext, programId: DemoProgramId): Program {
  const p = ctx.katalog.get(programId);
  if (!p) throw new Error(`Program ${programId} tidak ada di katalog demo`);
  return p;
}
