/**
 * Recording a complaint (keluhan): what the complaint form calls, at /keluhan/baru for a
 * walk-in and in a household's visit. The complaint is an event document saved through the
 * data port: on the device for field roles (instant, sent by the sync), on the server for
 * everyone else; a photo of a document travels with it as its attachment.
 */
import { openUserStore, type StoreUser } from '$lib/db/user-store';
import { profilOrang, type Rumahtangga } from '$lib/domain/household';
import { KANAL_MASUK, KATEGORI_KELUHAN, type KategoriKeluhan } from '$lib/domain/keluhan';
import { nikSchema } from '$lib/domain/nik';
import { areaOfRoles } from '$lib/domain/roles';
import { pilihanTujuan, RoutingError, type RuteRujukan } from '$lib/domain/routing';
import { compactCode, dottedCode } from '$lib/domain/wilayah';
import { kasusHead, simpanEvent, type Problems, type SimpanHasil } from './event-doc';
import { byteDataUrl, FotoTerlaluBesarError, lampiranFoto, periksaUkuranFoto } from './foto-dokumen';
import type { ProgramPilihan } from './katalog.service';

export { KANAL_MASUK, KATEGORI_KELUHAN };

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
  /** The registry household the complaint comes from; empty for a walk-in without one. */
  rumahtanggaId: string;
  /** A photo of a document as a JPEG data URL, already compressed (foto-dokumen.ts); empty for none. */
  foto: string;
}

export type KeluhanField = keyof KeluhanInput;

export type SimpanKeluhanHasil = SimpanHasil<KeluhanField>;

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

/**
 * The keluhan document of a filled-in form, as saved. With its `rumahtangga` it carries the
 * profile (sex, disability) of the complainant when a member, else of the head of household.
 */
export function keluhanDoc(input: KeluhanInput, user: StoreUser, now: Date, rumahtangga?: Pick<Rumahtangga, 'anggota'>) {
  const desa = desaCode(input.desa) ?? input.desa;
  const nik = input.pelaporNik.trim();
  return {
    ...kasusHead('keluhan', desa, user, now),
    ...(input.rumahtanggaId ? { rumahtanggaId: input.rumahtanggaId } : {}),
    ...(input.rumahtanggaId && rumahtangga ? { profil: profilOrang(rumahtangga, nik || undefined, now.toISOString()) } : {}),
    kategori: input.kategori,
    programId: input.programId,
    kanal: input.kanal,
    uraian: input.uraian.trim(),
    pelapor: { nama: input.pelaporNama.trim(), ...(nik ? { nik } : {}) },
    persetujuanBerbagiData: input.persetujuanBerbagiData,
    ...(input.foto ? { _attachments: lampiranFoto(input.foto) } : {})
  };
}

/**
 * Where the complaint will be referred, as soon as its category and programme are chosen: the
 * usual destination first, then the others the case may name. Empty while the form cannot
 * tell (nothing chosen yet, or a regional programme the catalogue on the device does not hold).
 */
export function pratinjauRute(input: Pick<KeluhanInput, 'kategori' | 'programId'>, katalog: readonly ProgramPilihan[]): RuteRujukan[] {
  if (!input.kategori || !input.programId) return [];
  const entri = katalog.find((p) => p.programId === input.programId)?.katalog ?? undefined;
  try {
    return pilihanTujuan({ kategori: input.kategori as KategoriKeluhan, programId: input.programId }, entri);
  } catch (error) {
    if (error instanceof RoutingError) return [];
    throw error;
  }
}

export async function simpanKeluhan(user: StoreUser, input: KeluhanInput, now = new Date()): Promise<SimpanKeluhanHasil> {
  const problems: Problems<KeluhanField> = {};
  const desaProblem = checkDesa(input.desa, user);
  if (desaProblem) problems.desa = desaProblem;
  const nik = input.pelaporNik.trim();
  if (nik) {
    const checked = nikSchema.safeParse(nik);
    if (!checked.success) problems.pelaporNik = checked.error.issues.map((i) => i.message).join('; ');
  }
  if (input.foto) {
    try {
      periksaUkuranFoto(byteDataUrl(input.foto));
    } catch (error) {
      if (!(error instanceof FotoTerlaluBesarError)) throw error;
      problems.foto = error.message;
    }
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const rumahtangga = await rumahtanggaPelapor(user, input.rumahtanggaId);
  return simpanEvent(user, keluhanDoc(input, user, now, rumahtangga), (path) => FIELD_OF_PATH[path] ?? (path.startsWith('wilayah') ? 'desa' : undefined));
}

/** The complaint's household where the user holds it (a desk without the registry may not). */
async function rumahtanggaPelapor(user: StoreUser, rumahtanggaId: string): Promise<Rumahtangga | undefined> {
  if (!rumahtanggaId) return undefined;
  const doc = await openUserStore(user).get(rumahtanggaId);
  return doc?.type === 'rumahtangga' ? doc : undefined;
}

/** The desa codes the form offers: those of the households on the device (or on the server). */
export function desaPilihan(user: StoreUser): Promise<string[]> {
  return openUserStore(user).desaCodes();
}
