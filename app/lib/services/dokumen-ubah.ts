/**
 * What the district's shared, mutable documents (catalogue entries, FAQ) share when a person
 * edits them on the kabupaten database: the head of a new one or of an update (who changed it
 * and when), and saving with the schema's problems next to the fields and a stale version
 * returned as a conflict — the user's input stays in the form, nothing is overwritten unseen.
 */
import { DataBerubahError } from '$lib/db/errors';
import type { StoreUser, StoredDoc, UserStore } from '$lib/db/user-store';
import { DOC_TYPES, type DocType } from '$lib/domain/doc-types';
import { jobRoleOf, type JobRole } from '$lib/domain/roles';
import { wilayahOf } from '$lib/domain/wilayah';
import { simpanDi, type Problems } from './event-doc';

/** Whether a job role writes documents of `type` (the one list of document types says who). */
export function menulis(type: DocType, jobRole: JobRole | null): boolean {
  return jobRole !== null && (DOC_TYPES[type].writers as readonly JobRole[]).includes(jobRole);
}

/** The fields of a new document of the kabupaten, or of `lama` updated by `user` at `now`. */
export function kepalaDokumen(type: DocType, id: string, kodeKabupaten: string, user: StoreUser, lama: StoredDoc | null, now: Date) {
  if (lama) return { ...lama, updatedBy: user.name, updatedAt: now.toISOString() };
  const peran = jobRoleOf(user.roles);
  return { _id: id, type, schema: 1, wilayah: wilayahOf(kodeKabupaten), createdBy: user.name, ...(peran ? { peran } : {}), createdAt: now.toISOString() };
}

export type SimpanUbahHasil<F extends string, D> =
  | { ok: true; id: string }
  | { ok: false; problems: Problems<F> }
  /** Someone saved the document since it was opened: `terbaru` is their version. */
  | { ok: false; konflik: D };

export async function simpanUbah<F extends string, D>(
  store: UserStore,
  doc: { _id: string },
  fieldOf: (path: string) => F | undefined
): Promise<SimpanUbahHasil<F, D>> {
  try {
    const hasil = await simpanDi<F>(store, doc, fieldOf);
    return hasil.ok ? { ok: true, id: hasil.id } : hasil;
  } catch (error) {
    if (!(error instanceof DataBerubahError)) throw error;
    const terbaru = await store.get(doc._id);
    if (!terbaru) throw error;
    return { ok: false, konflik: terbaru as D };
  }
}
