/**
 * The programme catalogue as the forms offer it: the district's programme documents on the
 * device (or on the server), running today; the national list of the guideline when the
 * catalogue has not arrived yet (then without criteria, so nothing is suggested from it).
 */
import { DiLuarWilayahError } from '$lib/db/errors';
import { openUserStore, type StoreUser, type StoredDoc, type UserStore } from '$lib/db/user-store';
import type { Kriteria } from '$lib/domain/kriteria';
import { hariIni } from '$lib/domain/nik';
import {
  NATIONAL_PROGRAM_IDS,
  PROGRAM_NASIONAL,
  programAktif,
  programDocId,
  programIdSchema,
  type Program
} from '$lib/domain/program';
import { areaOfRoles, type JobRole } from '$lib/domain/roles';
import { kepalaDokumen, menulis, simpanUbah, type SimpanUbahHasil } from './dokumen-ubah';

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

/**
 * Editing the catalogue (manajer and admin-kab, on the kabupaten database). National programmes:
 * the district adjusts what is its own to decide — how many days it gives the manager, when the
 * programme runs there, the description. Who is eligible for PKH, BPNT, PIP, KIS or the
 * electricity subsidy, and where their complaints go, are set nationally (the ministries'
 * rules, the guideline's routing table, IV.B.2): a district that loosened or tightened them
 * would have its facilitators suggest needs and its secretariat refer complaints against
 * national rules, and the suggestions would stop meaning "eligible". Those fields stay as
 * provisioning seeded them, and the form shows them read-only. Regional and non-government
 * programmes are the district's own: every field is.
 */
export function mengelolaKatalog(jobRole: JobRole | null): boolean {
  return menulis('program', jobRole);
}

export function programNasional(programId: string): boolean {
  return (NATIONAL_PROGRAM_IDS as readonly string[]).includes(programId);
}

/** What the catalogue form edits, as the user types it. */
export interface ProgramForm {
  programId: string;
  nama: string;
  pemilik: Program['pemilik'];
  sasaran: Program['sasaran'];
  kriteria: Kriteria;
  tujuanId: string;
  tujuanNama: string;
  kanal: Program['kanal'];
  targetHari: number | null;
  mulai: string;
  selesai: string;
  uraian: string;
}

/** Form fields; a problem of the criteria is keyed by its path in the tree (`kriteria.dan.0.nilai`). */
export type ProgramField = keyof ProgramForm | `kriteria.${string}`;

/** The fields a district may change in a national programme's entry (see above). */
export const DAPAT_DIUBAH_NASIONAL: readonly (keyof ProgramForm)[] = ['targetHari', 'mulai', 'selesai', 'uraian'];

export function formBaru(pada = hariIni()): ProgramForm {
  return {
    programId: '',
    nama: '',
    pemilik: 'kabupaten',
    sasaran: 'rumahtangga',
    kriteria: { dan: [{ fakta: 'desil', op: '<=', nilai: 4 }] },
    tujuanId: '',
    tujuanNama: '',
    kanal: 'langsung',
    targetHari: 30,
    mulai: pada,
    selesai: '',
    uraian: ''
  };
}

/** The builder edits a group at the top: a single rule becomes a group of one (it means the same). */
export function formDariProgram(p: Program): ProgramForm {
  return {
    programId: p.programId,
    nama: p.nama,
    pemilik: p.pemilik,
    sasaran: p.sasaran,
    kriteria: 'dan' in p.kriteria || 'atau' in p.kriteria ? structuredClone(p.kriteria) : { dan: [structuredClone(p.kriteria)] },
    tujuanId: p.tujuanRujukan.id,
    tujuanNama: p.tujuanRujukan.nama,
    kanal: p.kanal,
    targetHari: p.targetHari,
    mulai: p.aktif.mulai,
    selesai: p.aktif.selesai ?? '',
    uraian: p.uraian ?? ''
  };
}

/** The programme document a form makes: a new entry of the user's kabupaten, or `lama` updated. */
export function programDariForm(form: ProgramForm, user: StoreUser, kodeKabupaten: string, lama: StoredDoc | null, now: Date) {
  const nasional = lama !== null && programNasional(form.programId);
  const isi = nasional ? { ...formDariProgram(lama as Program), ...Object.fromEntries(DAPAT_DIUBAH_NASIONAL.map((f) => [f, form[f]])) } : form;
  const uraian = isi.uraian.trim();
  const programId = form.programId.trim();
  return {
    ...kepalaDokumen('program', programDocId(kodeKabupaten, programId), kodeKabupaten, user, lama, now),
    programId,
    nama: isi.nama,
    pemilik: isi.pemilik,
    sasaran: isi.sasaran,
    kriteria: lama && nasional ? (lama as Program).kriteria : isi.kriteria,
    tujuanRujukan: { id: isi.tujuanId.trim(), nama: isi.tujuanNama },
    kanal: isi.kanal,
    targetHari: isi.targetHari ?? 0,
    aktif: { mulai: isi.mulai, ...(isi.selesai ? { selesai: isi.selesai } : {}) },
    ...(uraian ? { uraian } : { uraian: undefined })
  };
}

const FIELD_OF_PATH: Record<string, ProgramField> = {
  _id: 'programId',
  'tujuanRujukan.id': 'tujuanId',
  'tujuanRujukan.nama': 'tujuanNama',
  'aktif.mulai': 'mulai',
  'aktif.selesai': 'selesai'
};

function fieldOf(path: string): ProgramField | undefined {
  if (path === 'kriteria' || path.startsWith('kriteria.')) return path as ProgramField;
  if (FIELD_OF_PATH[path]) return FIELD_OF_PATH[path];
  const top = path.split('.')[0];
  return top in formBaru() ? (top as keyof ProgramForm) : undefined;
}

export type SimpanProgramHasil = SimpanUbahHasil<ProgramField, Program>;

/**
 * Saves a catalogue entry: new (`lama` null; its code must be free) or an update of the version
 * the form was opened on. Problems come back per field; a stale version comes back as a conflict.
 */
export async function simpanProgram(
  store: UserStore,
  form: ProgramForm,
  lama: StoredDoc | null,
  now = new Date()
): Promise<SimpanProgramHasil> {
  const kabupaten = areaOfRoles(store.user.roles).kabupaten[0];
  if (!kabupaten) throw new DiLuarWilayahError('kabupaten');
  const doc = programDariForm(form, store.user, kabupaten, lama, now);
  if (!lama && programIdSchema.safeParse(doc.programId).success && (await store.get(doc._id))) {
    return { ok: false, problems: { programId: `Kode program "${doc.programId}" sudah dipakai di katalog kabupaten ini` } };
  }
  return simpanUbah<ProgramField, Program>(store, doc, fieldOf);
}

/** Every entry of the user's catalogue: national programmes first, then by name. */
export async function daftarKatalog(store: UserStore): Promise<Program[]> {
  const docs = (await store.docsOfType('program')) as Program[];
  const urutan = (p: Program) => (programNasional(p.programId) ? NATIONAL_PROGRAM_IDS.indexOf(p.programId as never) : 100);
  return docs.sort((a, b) => urutan(a) - urutan(b) || a.nama.localeCompare(b.nama, 'id'));
}
