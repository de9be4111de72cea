/**
 * The programme catalogue as the forms offer it: the district's programme documents on the
 * device (or on the server), running today; the national list of the guideline when the
 * catalogue has not arrived yet (then without criteria, so nothing is suggested from it).
 */
import { openUserStore, type StoreUser } from '$lib/db/user-store';
import type { Kriteria } from '$lib/domain/kriteria';
import { hariIni } from '$lib/domain/nik';
import { NATIONAL_PROGRAM_IDS, PROGRAM_NASIONAL, programAktif, type Program } from '$lib/domain/program';

export interface ProgramPilihan {
  programId: string;
  nama: string;
  sasaran: Program['sasaran'];
  kriteria: Kriteria | null;
  /** The catalogue entry, for routing a complaint of a regional programme; null in the fallback. */
  katalog: Program | null;
}

/** Member-level programmes of the national list (a pupil's school aid, a member's health cover). */
const NASIONAL_PER_ANGGOTA: readonly string[] = ['pip-kemendikbud', 'pip-kemenag', 'pis-kis'];

export const PROGRAM_NASIONAL_PILIHAN: readonly ProgramPilihan[] = NATIONAL_PROGRAM_IDS.map((programId) => ({
  programId,
  nama: PROGRAM_NASIONAL[programId],
  sasaran: NASIONAL_PER_ANGGOTA.includes(programId) ? 'anggota' : 'rumahtangga',
  kriteria: null,
  katalog: null
}));

/** The catalogue's programmes running on `pada`, by name; the national list if there are none. */
export function pilihanDariKatalog(docs: readonly Program[], pada: string): ProgramPilihan[] {
  const aktif = docs.filter((p) => programAktif(p, pada));
  if (aktif.length === 0) return [...PROGRAM_NASIONAL_PILIHAN];
  return aktif
    .map((p) => ({ programId: p.programId, nama: p.nama, sasaran: p.sasaran, kriteria: p.kriteria, katalog: p }))
    .sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
}

export async function muatKatalog(user: StoreUser, pada = hariIni()): Promise<ProgramPilihan[]> {
  const docs = await openUserStore(user).docsOfType('program');
  return pilihanDariKatalog(docs as Program[], pada);
}
