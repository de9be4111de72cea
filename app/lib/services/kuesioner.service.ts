/**
 * The district's monitoring questionnaires as the admin and the manager keep them: the versions
 * of each, and publishing the next version from a draft. A published version is never written
 * again (the server refuses it too, validate_doc_update): filled forms keep the version they
 * answered, new forms take the latest in force (kuesionerBerlaku).
 */
import { DataBerubahError, DiLuarWilayahError } from '$lib/db/errors';
import type { UserStore } from '$lib/db/user-store';
import type { Kuesioner } from '$lib/domain/kuesioner';
import { versiBaru, type RancanganKuesioner } from '$lib/domain/kuesioner-rancangan';
import { areaOfRoles, jobRoleOf, type JobRole } from '$lib/domain/roles';
import { menulis } from './dokumen-ubah';
import { simpanDi } from './event-doc';
import { muatKuesioner } from './monitoring.service';

export function mengelolaKuesioner(jobRole: JobRole | null): boolean {
  return menulis('kuesioner', jobRole);
}

export interface RiwayatKuesioner {
  kode: string;
  /** Latest version first. */
  versi: Kuesioner[];
}

/** Every questionnaire of the district with its versions, by the latest version's title. */
export async function muatRiwayatKuesioner(store: UserStore): Promise<RiwayatKuesioner[]> {
  const grup = new Map<string, Kuesioner[]>();
  for (const k of await muatKuesioner(store)) grup.set(k.kode, [...(grup.get(k.kode) ?? []), k]);
  return [...grup]
    .map(([kode, versi]) => ({ kode, versi: versi.sort((a, b) => b.versi - a.versi) }))
    .sort((a, b) => a.versi[0].judul.localeCompare(b.versi[0].judul, 'id'));
}

export type TerbitHasil =
  | { ok: true; id: string; versi: number }
  /** By the draft's field path; `''` for the whole questionnaire. */
  | { ok: false; masalah: Record<string, string> };

/**
 * Publishes `rancangan` as the next version of its questionnaire. Someone who published that
 * version number first wins: the draft stays, with a message to reload and publish again.
 */
export async function terbitkanVersi(
  store: UserStore,
  rancangan: RancanganKuesioner,
  periodeKini: string,
  now = new Date()
): Promise<TerbitHasil> {
  const kodeKabupaten = areaOfRoles(store.user.roles).kabupaten[0];
  if (!kodeKabupaten) throw new DiLuarWilayahError('kabupaten');
  const semua = await muatKuesioner(store);
  const hasil = versiBaru(rancangan, semua, { kodeKabupaten, user: store.user.name, peran: jobRoleOf(store.user.roles), now, periodeKini });
  if (!hasil.ok) return hasil;
  try {
    const simpan = await simpanDi<string>(store, hasil.kuesioner, (path) => path);
    return simpan.ok ? { ok: true, id: simpan.id, versi: hasil.kuesioner.versi } : { ok: false, masalah: simpan.problems as Record<string, string> };
  } catch (error) {
    if (!(error instanceof DataBerubahError)) throw error;
    return { ok: false, masalah: { '': `Versi ${hasil.kuesioner.versi} baru saja diterbitkan orang lain. Muat ulang halaman; rancangan Anda tetap tersimpan.` } };
  }
}
