/**
 * What every recording of a visit or a walk-in shares: the head of an immutable event document
 * (id, type, wilayah, author, time), the tracking code of a case opener, and saving through the
 * data port with the schema's problems turned into messages next to the form's fields.
 */
import { DocumentTidakSahError } from '$lib/db/errors';
import { openUserStore, type StoreUser, type UserStore } from '$lib/db/user-store';
import type { DocType } from '$lib/domain/doc-types';
import { newDocId } from '$lib/domain/ids';
import { newKodeLacak } from '$lib/domain/kode-lacak';
import { jobRoleOf } from '$lib/domain/roles';
import { wilayahOf } from '$lib/domain/wilayah';

/**
 * `type`, id, wilayah of the desa (`74.01.01.2001`), `createdBy` the user and `peran` its job
 * role, `createdAt` now.
 */
export function eventHead<T extends DocType>(type: T, desa: string, user: StoreUser, now: Date) {
  const peran = jobRoleOf(user.roles);
  return {
    _id: newDocId(type, desa, now.getTime()),
    type,
    schema: 1 as const,
    wilayah: wilayahOf(desa),
    createdBy: user.name,
    ...(peran ? { peran } : {}),
    createdAt: now.toISOString()
  };
}

/** A case opener (keluhan, usulan) also carries the tracking code of its receipt. */
export function kasusHead<T extends 'keluhan' | 'usulan'>(type: T, desa: string, user: StoreUser, now: Date) {
  return { ...eventHead(type, desa, user, now), kodeLacak: newKodeLacak(wilayahOf(desa).kabupaten as string) };
}

export type Problems<F extends string> = Partial<Record<F, string>>;

export type SimpanHasil<F extends string> = { ok: true; id: string; lokal: boolean } | { ok: false; problems: Problems<F> };

/**
 * Saves `doc` through the data port. A schema problem goes next to the field `fieldOf` names
 * for its path (the first problem of a field wins); one no field can show is thrown.
 */
export function simpanEvent<F extends string>(
  user: StoreUser,
  doc: object,
  fieldOf: (path: string) => F | undefined,
  problems: Problems<F> = {}
): Promise<SimpanHasil<F>> {
  return simpanDi(openUserStore(user), doc, fieldOf, problems);
}

/** `simpanEvent` through a store already open (a screen that reads and writes the same store). */
export async function simpanDi<F extends string>(
  store: UserStore,
  doc: object,
  fieldOf: (path: string) => F | undefined,
  problems: Problems<F> = {}
): Promise<SimpanHasil<F>> {
  try {
    const saved = await store.saveDoc(doc);
    return { ok: true, id: saved._id, lokal: store.placement.mode === 'lokal' };
  } catch (error) {
    if (!(error instanceof DocumentTidakSahError)) throw error;
    for (const issue of error.issues) {
      const field = fieldOf(issue.path);
      if (field && !problems[field]) problems[field] = issue.message;
    }
    if (Object.keys(problems).length === 0) throw error;
    return { ok: false, problems };
  }
}
