/**
 * The district administrator's users (issue 7): what a form may ask for, which roles it turns
 * into, and what an `admin-kab` may do to whom. Pure rules: the server endpoint
 * (couch/server/pengguna.ts) enforces them, the admin screens use the same schemas for their
 * field messages.
 *
 * Which job roles an admin of a district may grant, and why:
 * - every role that works *inside* one district: fasilitator, front office, back office,
 *   supervisor, manager, programme manager of the district's programmes, and `admin-kab`
 *   itself. Granting `admin-kab` of the same district gives nobody more than the caller
 *   already has (no escalation), and transfers hit administrators too: a district must be able
 *   to hand its administration over without a developer (issue 7, "Done when").
 * - never `provinsi` or `nasional` (they see every district of a province or the country),
 *   never a server role (`_admin`, or anything starting with `_`), never a role outside
 *   JOB_ROLES, never an area outside the caller's own district. The body names a job role and
 *   areas, never raw roles: the roles are built here, so nothing else can slip in.
 * - an admin never acts on its own account (no demoting, deactivating or replacing itself), so
 *   a district is never left without the administrator who made the change.
 */
import { z } from 'zod';
import { programIdSchema } from './program';
import { areaOfRoles, jobRoleOf, JOB_ROLES, kabupatenRole, kecamatanRole, pengelolaRole, type JobRole } from './roles';
import { kodeDesa, kodeKecamatan } from './wilayah';

/** The roles that see beyond one district: never granted by a district's administrator. */
const PERAN_LINTAS_KABUPATEN = ['provinsi', 'nasional'] as const;
export type PeranDapatDiberikan = Exclude<JobRole, (typeof PERAN_LINTAS_KABUPATEN)[number]>;
export const PERAN_DAPAT_DIBERIKAN: readonly PeranDapatDiberikan[] = JOB_ROLES.filter(
  (r): r is PeranDapatDiberikan => !(PERAN_LINTAS_KABUPATEN as readonly string[]).includes(r)
);

export function dapatDiberikan(role: string): role is PeranDapatDiberikan {
  return (PERAN_DAPAT_DIBERIKAN as readonly string[]).includes(role);
}

/**
 * Where a job role works: in one or more kecamatan (field staff, supervisors); at a Puskesos or
 * the district secretariat (front office: with or without kecamatan); at the kabupaten
 * (secretariat, manager, administrator, and the roles an admin may not grant); per programme.
 */
export type TempatKerja = 'kecamatan' | 'kecamatan-atau-kabupaten' | 'kabupaten' | 'program';

export function tempatKerja(jobRole: JobRole): TempatKerja {
  if (jobRole === 'fasilitator' || jobRole === 'supervisor') return 'kecamatan';
  if (jobRole === 'front-office') return 'kecamatan-atau-kabupaten';
  if (jobRole === 'pengelola') return 'program';
  return 'kabupaten';
}

/** A deactivated account (auth.service.ts refuses it; the firewall too). */
export const PERAN_NONAKTIF = 'nonaktif';

/**
 * The role that says whose open cases a successor took over: `menggantikan:fasilitator.pomalaa`.
 * A role, not a profile field, because roles come with every session (`/_session`) and with the
 * offline unlock record, and only a server admin can write them.
 */
const PREFIX_MENGGANTIKAN = 'menggantikan:';

export function menggantikanRole(name: string): string {
  return PREFIX_MENGGANTIKAN + name;
}

/** The users whose cases the holder of `roles` took over, in the order they were handed over. */
export function pendahuluOf(roles: readonly string[]): string[] {
  return roles.filter((r) => r.startsWith(PREFIX_MENGGANTIKAN)).map((r) => r.slice(PREFIX_MENGGANTIKAN.length));
}

/** `roles` with the successor roles of `lama` kept: a change of role or area never drops cases taken over. */
export function denganPendahulu(roles: readonly string[], lama: readonly string[]): string[] {
  return [...new Set([...roles, ...pendahuluOf(lama).map(menggantikanRole)])];
}

/**
 * The roles a successor takes from `pendahulu`: its job role and area, the predecessor itself and
 * everyone the predecessor had replaced (a chain of transfers hands every open case on).
 */
export function rolesPengganti(pendahulu: { name: string; roles: readonly string[] }): string[] {
  return denganPendahulu([...pendahulu.roles.filter((r) => r !== PERAN_NONAKTIF), menggantikanRole(pendahulu.name)], pendahulu.roles);
}

/** Whether a record written by `createdBy` is the user's own work: theirs, or of someone they replaced. */
export function karyaSendiri(user: { name: string; roles: readonly string[] }, createdBy: string): boolean {
  return createdBy === user.name || pendahuluOf(user.roles).includes(createdBy);
}

export const namaPenggunaSchema = z
  .string()
  .trim()
  .regex(
    /^[a-z][a-z0-9._-]{2,39}$/,
    'Nama pengguna 3–40 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf (mis. fasilitator.pomalaa2)'
  );

export const KATA_SANDI_MIN = 8;
/** One message for every weakness: the person reads the whole rule once, not one part per try. */
export const KATA_SANDI_LEMAH = `Kata sandi minimal ${KATA_SANDI_MIN} karakter dan memuat huruf serta angka`;
export const kataSandiSchema = z
  .string()
  .max(128, 'Kata sandi paling banyak 128 karakter')
  .refine((v) => v.length >= KATA_SANDI_MIN && /[A-Za-z]/.test(v) && /\d/.test(v), KATA_SANDI_LEMAH);

const namaTampilSchema = z
  .string()
  .trim()
  .min(2, 'Nama lengkap minimal 2 huruf')
  .max(80, 'Nama lengkap paling banyak 80 karakter');

/** Where and as what a person works: the job role, its kecamatan (and desa), its programmes. */
const profilShape = {
  displayName: namaTampilSchema,
  jobRole: z.enum(JOB_ROLES, 'Peran tidak dikenal'),
  kecamatan: z.array(kodeKecamatan).max(50).default([]),
  desa: kodeDesa.optional(),
  program: z.array(programIdSchema).max(20).default([])
};

type ProfilMentah = z.infer<z.ZodObject<typeof profilShape>>;

/** The combinations a job role allows, each problem at its field. */
function periksaWilayahKerja(p: ProfilMentah, ctx: z.RefinementCtx): void {
  const masalah = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  const tempat = tempatKerja(p.jobRole);
  if (tempat === 'kecamatan' && p.kecamatan.length === 0) masalah('kecamatan', 'Pilih minimal satu kecamatan');
  if (tempat === 'kabupaten' && p.kecamatan.length > 0) masalah('kecamatan', 'Peran ini bekerja di tingkat kabupaten, tanpa kecamatan');
  if (tempat === 'program' && p.kecamatan.length > 0) masalah('kecamatan', 'Pengelola program bekerja per program, tanpa kecamatan');
  if (tempat === 'program' && p.program.length === 0) masalah('program', 'Pilih minimal satu program');
  if (tempat !== 'program' && p.program.length > 0) masalah('program', 'Hanya pengelola program yang diberi program');
  if (p.desa && !p.kecamatan.some((k) => p.desa?.startsWith(k + '.'))) {
    masalah('desa', 'Desa harus berada di salah satu kecamatan yang dipilih');
  }
}

/** Editing a user: profile, role and area. Unknown fields (e.g. `roles`) are refused, never ignored. */
export const profilPenggunaSchema = z.strictObject(profilShape).superRefine(periksaWilayahKerja);
export type ProfilPengguna = z.infer<typeof profilPenggunaSchema>;

/** A new user: the profile plus the login name and the first password. */
export const penggunaBaruSchema = z
  .strictObject({ ...profilShape, name: namaPenggunaSchema, password: kataSandiSchema })
  .superRefine((p, ctx) => {
    periksaWilayahKerja(p, ctx);
    if (p.password.toLowerCase().includes(p.name.toLowerCase())) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'Kata sandi tidak boleh memuat nama pengguna' });
    }
  });
export type PenggunaBaru = z.infer<typeof penggunaBaruSchema>;

export const setelSandiSchema = z.strictObject({ password: kataSandiSchema });

/**
 * Replacing a staff member: the successor is a new account (its name, full name, first
 * password) or an active user of the district already. Either way it takes the predecessor's
 * role, area and open cases.
 */
export const penggantiSchema = z.discriminatedUnion('jenis', [
  z.strictObject({ jenis: z.literal('baru'), name: namaPenggunaSchema, displayName: namaTampilSchema, password: kataSandiSchema }),
  z.strictObject({ jenis: z.literal('ada'), name: namaPenggunaSchema })
]);
export type Pengganti = z.infer<typeof penggantiSchema>;

/** The CouchDB roles of a profile in district `kabupaten`: the job role first, then its areas. */
export function rolesOf(kabupaten: string, p: Pick<ProfilPengguna, 'jobRole' | 'kecamatan' | 'program'>): string[] {
  if (p.jobRole === 'pengelola') return ['pengelola', ...p.program.map((id) => pengelolaRole(kabupaten, id))];
  if (p.kecamatan.length > 0) return [p.jobRole, ...p.kecamatan.map(kecamatanRole)];
  return [p.jobRole, kabupatenRole(kabupaten)];
}

/** The district an admin administers, when `roles` are those of an active `admin-kab` of exactly one district. */
export function kabupatenAdmin(roles: readonly string[]): string | null {
  if (!roles.includes('admin-kab') || roles.includes(PERAN_NONAKTIF)) return null;
  const area = areaOfRoles(roles);
  return area.kabupaten.length === 1 ? area.kabupaten[0] : null;
}

/** A `_users` document as far as these rules read it. */
export interface AkunTersimpan {
  name: string;
  roles: readonly string[];
  /** Set by the endpoint on every write: which district a deactivated account (no areas left) belonged to. */
  kabupaten?: string;
}

/**
 * Whether the account belongs to district `kabupaten`, and so may be administered by its admin:
 * no server, province or national role, every area inside the district, and at least one area
 * there (or, once deactivated, the district it was recorded in).
 */
export function milikKabupaten(akun: AkunTersimpan, kabupaten: string): boolean {
  const roles = akun.roles;
  if (roles.some((r) => r.startsWith('_')) || roles.includes('provinsi') || roles.includes('nasional')) return false;
  const area = areaOfRoles(roles);
  if (area.provinsi.length > 0) return false;
  const codes = [
    ...area.kabupaten,
    ...area.kecamatan.map((k) => k.slice(0, 5)),
    ...area.programmes.map((p) => p.kabupaten)
  ];
  if (codes.length === 0) return roles.includes(PERAN_NONAKTIF) && akun.kabupaten === kabupaten;
  return codes.every((c) => c === kabupaten);
}

export function aktif(akun: Pick<AkunTersimpan, 'roles'>): boolean {
  return !akun.roles.includes(PERAN_NONAKTIF);
}

/** A profile read back from roles, for the edit form and the list. */
export function profilOfRoles(roles: readonly string[]): Pick<ProfilPengguna, 'jobRole' | 'kecamatan' | 'program'> | null {
  const jobRole = jobRoleOf(roles);
  if (!jobRole) return null;
  const area = areaOfRoles(roles);
  return { jobRole, kecamatan: area.kecamatan, program: area.programmes.map((p) => p.programId) };
}

/** Why a request is refused: 403 for what the admin may not grant, 400 for what does not exist. */
export interface Penolakan {
  status: 400 | 403;
  reason: string;
}

/** What exists in the district: its kecamatan, the desa of the kecamatan asked for, its programmes' inboxes. */
export interface WilayahDikenal {
  kecamatan: readonly string[];
  desa: readonly string[];
  program: readonly string[];
}

/** Whether the admin of `kabupaten` may give profile `p`; null when it may. */
export function tolakProfil(kabupaten: string, p: ProfilPengguna, dikenal: WilayahDikenal): Penolakan | null {
  if (!dapatDiberikan(p.jobRole)) {
    return { status: 403, reason: `Administrator kabupaten tidak dapat memberikan peran ${p.jobRole}.` };
  }
  const luar = p.kecamatan.find((k) => !k.startsWith(kabupaten + '.'));
  if (luar) return { status: 403, reason: `Kecamatan ${luar} berada di luar kabupaten Anda.` };
  const asing = p.kecamatan.find((k) => !dikenal.kecamatan.includes(k));
  if (asing) return { status: 400, reason: `Kecamatan ${asing} tidak dikenal di kabupaten ini.` };
  if (p.desa && !dikenal.desa.includes(p.desa)) return { status: 400, reason: `Desa ${p.desa} tidak dikenal.` };
  const program = p.program.find((id) => !dikenal.program.includes(id));
  if (program) return { status: 400, reason: `Program ${program} belum mempunyai kotak rujukan di kabupaten ini.` };
  return null;
}

/** A user as the admin screens show it; a deactivated one with the role and area it had. */
export interface RingkasanPengguna {
  name: string;
  displayName: string;
  jobRole: JobRole | null;
  kecamatan: string[];
  desa?: string;
  program: string[];
  aktif: boolean;
  menggantikan: string[];
  digantikanOleh?: string;
}

/** The profile fields SLRT keeps on a `_users` document beside CouchDB's own. */
export interface AkunProfil extends AkunTersimpan {
  displayName?: string;
  desa?: string;
  /** The roles a deactivated account had, for the history. */
  peranSebelumnya?: string[];
  digantikanOleh?: string;
}

export function ringkasanAkun(akun: AkunProfil): RingkasanPengguna {
  const isAktif = aktif(akun);
  const roles = isAktif ? akun.roles : (akun.peranSebelumnya ?? []);
  const profil = profilOfRoles(roles);
  return {
    name: akun.name,
    displayName: akun.displayName ?? akun.name,
    jobRole: profil?.jobRole ?? null,
    kecamatan: profil?.kecamatan ?? [],
    ...(akun.desa ? { desa: akun.desa } : {}),
    program: profil?.program ?? [],
    aktif: isAktif,
    menggantikan: pendahuluOf(roles),
    ...(akun.digantikanOleh ? { digantikanOleh: akun.digantikanOleh } : {})
  };
}
