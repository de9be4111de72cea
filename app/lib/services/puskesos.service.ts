/**
 * The district's Puskesos locations: kept by the district administrator on the kabupaten
 * database, read by every district role from the documents it holds (on a tablet or a
 * Puskesos desk, its kecamatan database, where the router copies the list: offline too).
 */
import { DiLuarWilayahError } from '$lib/db/errors';
import type { StoredDoc, UserStore } from '$lib/db/user-store';
import { puskesosDocId, type Puskesos } from '$lib/domain/puskesos';
import { areaOfRoles, type JobRole } from '$lib/domain/roles';
import { kepalaDokumen, menulis, simpanUbah, type SimpanUbahHasil } from './dokumen-ubah';

export function mengelolaPuskesos(jobRole: JobRole | null): boolean {
  return menulis('puskesos', jobRole);
}

/** The open Puskesos (all of them with `semua`), by desa code: kecamatan by kecamatan. */
export async function muatPuskesos(store: UserStore, semua = false): Promise<Puskesos[]> {
  const docs = (await store.docsOfType('puskesos')) as Puskesos[];
  return docs.filter((p) => semua || p.aktif).sort((a, b) => a.desa.localeCompare(b.desa));
}

/**
 * The open Puskesos of the kecamatan of `kode` (a desa or kecamatan, dotted): the desa's own
 * first when it has one. What a desk or a tablet tells a resident of that place.
 */
export function puskesosTerdekat(daftar: readonly Puskesos[], kode: string): Puskesos[] {
  const kecamatan = kode.split('.').slice(0, 3).join('.');
  const desa = kode;
  return daftar
    .filter((p) => p.aktif && p.desa.startsWith(`${kecamatan}.`))
    .sort((a, b) => Number(b.desa === desa) - Number(a.desa === desa) || a.desa.localeCompare(b.desa));
}

export interface PuskesosForm {
  desa: string;
  nama: string;
  alamat: string;
  jamLayanan: string;
  telepon: string;
}
export type PuskesosField = keyof PuskesosForm;

export const puskesosKosong = (): PuskesosForm => ({ desa: '', nama: '', alamat: '', jamLayanan: '', telepon: '' });

export function formDariPuskesos(p: Puskesos): PuskesosForm {
  return { desa: p.desa, nama: p.nama, alamat: p.alamat ?? '', jamLayanan: p.jamLayanan ?? '', telepon: p.telepon ?? '' };
}

function kabupatenOf(store: UserStore): string {
  const kabupaten = areaOfRoles(store.user.roles).kabupaten[0];
  if (!kabupaten) throw new DiLuarWilayahError('kabupaten');
  return kabupaten;
}

const KOLOM: readonly PuskesosField[] = ['desa', 'nama', 'alamat', 'jamLayanan', 'telepon'];
const fieldOf = (path: string): PuskesosField | undefined => KOLOM.find((f) => path === f) ?? (path === '_id' ? 'desa' : undefined);

/** The document of `form`: optional fields left empty are left out. */
export function puskesosDariForm(head: object, form: PuskesosForm, aktif: boolean): object {
  const opsional = Object.fromEntries((['alamat', 'jamLayanan', 'telepon'] as const).flatMap((k) => (form[k].trim() ? [[k, form[k].trim()]] : [])));
  const { alamat: _a, jamLayanan: _j, telepon: _t, ...tanpaOpsional } = head as Record<string, unknown>;
  return { ...tanpaOpsional, desa: form.desa, nama: form.nama, ...opsional, aktif };
}

/**
 * Adds a Puskesos (`lama` null) or updates the version the form was opened on. A desa whose
 * Puskesos was closed opens it again with the form's details; a desa that has an open one is
 * named at the field.
 */
export async function simpanPuskesos(
  store: UserStore,
  form: PuskesosForm,
  lama: StoredDoc | null,
  now = new Date()
): Promise<SimpanUbahHasil<PuskesosField, Puskesos>> {
  const kabupaten = kabupatenOf(store);
  let dasar = lama;
  if (!dasar && form.desa) {
    const ada = (await store.get(puskesosDocId(kabupaten, form.desa))) as (StoredDoc & Puskesos) | null;
    if (ada?.aktif) return { ok: false, problems: { desa: `Desa ini sudah punya Puskesos: ${ada.nama}` } };
    dasar = ada;
  }
  const head = kepalaDokumen('puskesos', puskesosDocId(kabupaten, form.desa || '00.00.00.0000'), kabupaten, store.user, dasar, now);
  return simpanUbah<PuskesosField, Puskesos>(store, puskesosDariForm(head, form, true) as { _id: string }, fieldOf);
}

/** Closes a Puskesos: kept with `aktif: false`, gone from the lists. */
export function tutupPuskesos(store: UserStore, lama: StoredDoc & Puskesos, now = new Date()): Promise<SimpanUbahHasil<PuskesosField, Puskesos>> {
  const head = kepalaDokumen('puskesos', lama._id, kabupatenOf(store), store.user, lama, now);
  return simpanUbah<PuskesosField, Puskesos>(store, puskesosDariForm(head, formDariPuskesos(lama), false) as { _id: string }, fieldOf);
}
