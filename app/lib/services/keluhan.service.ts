/**
 * Recording a complaint (keluhan): what the form at /keluhan/baru calls. The complaint is an
 * event document saved through the data port: on the device for field roles (instant, sent
 * by the sync), on the server for everyone else.
 */
import { DocumentTidakSahError } from '$lib/db/errors';
import { openUserStore, type StoreUser } from '$lib/db/user-store';
import { KANAL_MASUK, KATEGORI_KELUHAN } from '$lib/domain/keluhan';
import { nikSchema } from '$lib/domain/nik';
import { pembukaKasusBaru } from '$lib/domain/pembuka-kasus';
import { NATIONAL_PROGRAM_IDS, PROGRAM_NASIONAL } from '$lib/domain/program';
import { areaOfRoles } from '$lib/domain/roles';
import { compactCode, dottedCode } from '$lib/domain/wilayah';

export { KANAL_MASUK, KATEGORI_KELUHAN };

export const PROGRAM_PILIHAN = NATIONAL_PROGRAM_IDS.map((id) => ({ id, nama: PROGRAM_NASIONAL[id] }));

export interface KeluhanInput {
  kategori: string;
  programId: string;
  kanal: string;
  /** 10 digits (7401012001) or dotted (74.01.01.2001). */
  desa: string;
  uraian: string;
  pelaporNama: string;
  /** Empty when the complainant gave none. */
  pelaporNik: string;
  persetujuanBerbagiData: boolean;
}

export type KeluhanField = keyof KeluhanInput;

export type SimpanKeluhanHasil =
  | { ok: true; id: string; lokal: boolean }
  | { ok: false; problems: Partial<Record<KeluhanField, string>> };

/** Which form field a schema path belongs to. */
const FIELD_OF_PATH: Record<string, KeluhanField> = {
  kategori: 'kategori',
  programId: 'programId',
  kanal: 'kanal',
  uraian: 'uraian',
  'pelapor.nama': 'pelaporNama',
  'pelapor.nik': 'pelaporNik',
  persetujuanBerbagiData: 'persetujuanBerbagiData'
};

/** `7401012001` or `74.01.01.2001` → `74.01.01.2001`; anything else → null. */
export function desaCode(input: string): string | null {
  const compact = compactCode(input.trim());
  return /^\d{10}$/.test(compact) ? dottedCode(compact) : null;
}

export function checkDesa(input: string, user: StoreUser): string | null {
  const desa = desaCode(input);
  if (!desa) return 'Kode desa harus 10 digit angka, mis. 7401012001';
  const kecamatan = areaOfRoles(user.roles).kecamatan;
  if (kecamatan.length > 0 && !kecamatan.some((k) => desa.startsWith(`${k}.`))) {
    return `Desa ${desa} di luar kecamatan Anda (${kecamatan.join(', ')})`;
  }
  return null;
}

/** The keluhan document of a filled-in form, as saved. */
export function keluhanDoc(input: KeluhanInput, user: StoreUser, now: Date) {
  const desa = desaCode(input.desa) ?? input.desa;
  const nik = input.pelaporNik.trim();
  return {
    ...pembukaKasusBaru('keluhan', desa, user.name, now),
    kategori: input.kategori,
    programId: input.programId,
    kanal: input.kanal,
    uraian: input.uraian.trim(),
    pelapor: { nama: input.pelaporNama.trim(), ...(nik ? { nik } : {}) },
    persetujuanBerbagiData: input.persetujuanBerbagiData
  };
}

export async function simpanKeluhan(user: StoreUser, input: KeluhanInput, now = new Date()): Promise<SimpanKeluhanHasil> {
  const problems: Partial<Record<KeluhanField, string>> = {};
  const desaProblem = checkDesa(input.desa, user);
  if (desaProblem) problems.desa = desaProblem;
  const nik = input.pelaporNik.trim();
  if (nik) {
    const checked = nikSchema.safeParse(nik);
    if (!checked.success) problems.pelaporNik = checked.error.issues.map((i) => i.message).join('; ');
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };

  const store = openUserStore(user);
  try {
    const saved = await store.saveDoc(keluhanDoc(input, user, now));
    return { ok: true, id: saved._id, lokal: store.placement.mode === 'lokal' };
  } catch (error) {
    if (!(error instanceof DocumentTidakSahError)) throw error;
    for (const issue of error.issues) {
      const field = FIELD_OF_PATH[issue.path] ?? (issue.path.startsWith('wilayah') ? 'desa' : undefined);
      if (field && !problems[field]) problems[field] = issue.message;
    }
    if (Object.keys(problems).length === 0) throw error;
    return { ok: false, problems };
  }
}

/** The desa codes the form offers: those of the households on the device (or on the server). */
export function desaPilihan(user: StoreUser): Promise<string[]> {
  return openUserStore(user).desaCodes();
}
