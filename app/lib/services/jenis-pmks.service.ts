/**
 * The district's catalogue of PMKS types (domain/jenis-pmks.ts): read by everyone who records
 * or counts PMKS, changed by the manager and the district administrator on the kabupaten
 * database. A Permensos type keeps its code (records and the SIKS-NG export name it); its name,
 * whether it is in use and its description are the district's. A local type gets a new code.
 */
import { DiLuarWilayahError } from '$lib/db/errors';
import type { StoredDoc, UserStore } from '$lib/db/user-store';
import { jenisPmksDocId, urutkanJenisPmks, type JenisPmksDoc } from '$lib/domain/jenis-pmks';
import { JENIS_PMKS, jenisPmksNasional, kodeJenisPmksSchema, PMKS_LABEL } from '$lib/domain/pmks';
import { areaOfRoles, type JobRole } from '$lib/domain/roles';
import { kepalaDokumen, menulis, simpanUbah, type SimpanUbahHasil } from './dokumen-ubah';

export function mengelolaJenisPmks(jobRole: JobRole | null): boolean {
  return menulis('jenispmks', jobRole);
}

/** A type as the screens use it: from the catalogue, or Permensos's while the catalogue has not arrived. */
export type JenisPmksPilihan = Pick<JenisPmksDoc, 'kode' | 'nama' | 'aktif'>;

export const JENIS_PMKS_PERMENSOS: readonly JenisPmksPilihan[] = JENIS_PMKS.map((kode) => ({ kode, nama: PMKS_LABEL[kode], aktif: true }));

export type JenisPmksTersimpan = Extract<StoredDoc, { type: 'jenispmks' }>;

export async function daftarJenisPmks(store: UserStore): Promise<JenisPmksTersimpan[]> {
  return urutkanJenisPmks(await store.docsOfType('jenispmks'));
}

/** The catalogue's types, or Permensos's if the district has none yet. */
export function pilihanJenis(katalog: readonly JenisPmksDoc[]): readonly JenisPmksPilihan[] {
  return katalog.length > 0 ? katalog : JENIS_PMKS_PERMENSOS;
}

export interface JenisPmksForm {
  kode: string;
  nama: string;
  aktif: boolean;
  uraian: string;
}
export type JenisPmksField = keyof JenisPmksForm;

export const jenisPmksKosong = (): JenisPmksForm => ({ kode: '', nama: '', aktif: true, uraian: '' });

export function formDariJenis(j: JenisPmksDoc): JenisPmksForm {
  return { kode: j.kode, nama: j.nama, aktif: j.aktif, uraian: j.uraian ?? '' };
}

const fieldOf = (path: string): JenisPmksField | undefined =>
  path === '_id' ? 'kode' : (['kode', 'nama', 'aktif', 'uraian'] as const).find((f) => f === path);

/** Saves a new local type (`lama` null; its code must be free) or the version the form was opened on. */
export async function simpanJenisPmks(
  store: UserStore,
  form: JenisPmksForm,
  lama: StoredDoc | null,
  now = new Date()
): Promise<SimpanUbahHasil<JenisPmksField, JenisPmksDoc>> {
  const kabupaten = areaOfRoles(store.user.roles).kabupaten[0];
  if (!kabupaten) throw new DiLuarWilayahError('kabupaten');
  const kode = lama ? (lama as JenisPmksDoc).kode : form.kode.trim();
  const id = jenisPmksDocId(kabupaten, kode);
  if (!lama && kodeJenisPmksSchema.safeParse(kode).success && (jenisPmksNasional(kode) || (await store.get(id)))) {
    return { ok: false, problems: { kode: `Kode "${kode}" sudah dipakai di katalog jenis PMKS kabupaten ini` } };
  }
  const uraian = form.uraian.trim();
  const doc = {
    ...kepalaDokumen('jenispmks', id, kabupaten, store.user, lama, now),
    kode,
    nama: form.nama,
    aktif: form.aktif,
    ...(uraian ? { uraian } : { uraian: undefined })
  };
  return simpanUbah<JenisPmksField, JenisPmksDoc>(store, doc, fieldOf);
}
