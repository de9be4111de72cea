/**
 * Recording PSKS (potential welfare resources: social workers, TKSK, Karang Taruna, welfare
 * institutions…) of a kecamatan, by back office and the manager on the kabupaten database.
 */
import { DiLuarWilayahError } from '$lib/db/errors';
import type { StoredDoc, UserStore } from '$lib/db/user-store';
import { wilayahOf } from '$lib/domain/wilayah';
import type { JenisPsks, Psks } from '$lib/domain/psks';
import { areaOfRoles } from '$lib/domain/roles';
import { simpanUbah, type SimpanUbahHasil } from './dokumen-ubah';
import { eventHead } from './event-doc';

export interface PsksForm {
  jenisPsks: '' | JenisPsks;
  nama: string;
  telepon: string;
  kecamatan: string;
  keterangan: string;
}
export type PsksField = keyof PsksForm;

export const psksKosong = (): PsksForm => ({ jenisPsks: '', nama: '', telepon: '', kecamatan: '', keterangan: '' });

export function formDariPsks(p: Psks): PsksForm {
  return { jenisPsks: p.jenisPsks, nama: p.nama, telepon: p.telepon ?? '', kecamatan: p.wilayah.kecamatan ?? '', keterangan: p.keterangan ?? '' };
}

const FIELDS: readonly PsksField[] = ['jenisPsks', 'nama', 'telepon', 'keterangan'];
const fieldOf = (path: string): PsksField | undefined => (path.startsWith('wilayah') ? 'kecamatan' : FIELDS.find((f) => f === path));

export async function simpanPsks(store: UserStore, form: PsksForm, lama: StoredDoc | null, now = new Date()): Promise<SimpanUbahHasil<PsksField, Psks>> {
  const kabupaten = areaOfRoles(store.user.roles).kabupaten[0];
  if (!kabupaten) throw new DiLuarWilayahError('kabupaten');
  if (!/^\d{2}\.\d{2}\.\d{2}$/.test(form.kecamatan) || !form.kecamatan.startsWith(`${kabupaten}.`)) {
    return { ok: false, problems: { kecamatan: 'Pilih kecamatan di kabupaten Anda' } };
  }
  const pilihan = (v: string) => (v.trim() ? v.trim() : undefined);
  const kepala = lama
    ? { ...lama, wilayah: wilayahOf(form.kecamatan), updatedBy: store.user.name, updatedAt: now.toISOString() }
    : eventHead('psks', form.kecamatan, store.user, now);
  const doc = { ...kepala, jenisPsks: form.jenisPsks, nama: form.nama, telepon: pilihan(form.telepon), keterangan: pilihan(form.keterangan) };
  return simpanUbah<PsksField, Psks>(store, doc, fieldOf);
}

export async function daftarPsks(store: UserStore): Promise<Extract<StoredDoc, { type: 'psks' }>[]> {
  return (await store.docsOfType('psks')).sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
}
