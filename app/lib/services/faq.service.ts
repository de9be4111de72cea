/**
 * The district's FAQ library: read by every district role from the documents it holds (on a
 * facilitator's tablet, its kecamatan database: offline), searched as the user types, and kept
 * by the manager and the district admin on the kabupaten database.
 */
import { DiLuarWilayahError } from '$lib/db/errors';
import type { StoredDoc, UserStore } from '$lib/db/user-store';
import type { Faq } from '$lib/domain/faq';
import { newDocId } from '$lib/domain/ids';
import { areaOfRoles, type JobRole } from '$lib/domain/roles';
import { cocokPencarian } from '$lib/domain/teks';
import { searchesRegistry } from './role-home';
import { kepalaDokumen, menulis, simpanUbah, type SimpanUbahHasil } from './dokumen-ubah';

/** The FAQ lives in the district's databases: every role holding one reads it (as they search the registry). */
export function membacaFaq(jobRole: JobRole | null): boolean {
  return searchesRegistry(jobRole);
}

export function mengelolaFaq(jobRole: JobRole | null): boolean {
  return menulis('faq', jobRole);
}

/** By topic, then question. */
export async function muatFaq(store: UserStore): Promise<Faq[]> {
  const docs = (await store.docsOfType('faq')) as Faq[];
  return docs.sort((a, b) => a.topik.localeCompare(b.topik, 'id') || a.pertanyaan.localeCompare(b.pertanyaan, 'id'));
}

export interface SaringanFaq {
  topik?: string;
  programId?: string;
}

/**
 * The entries a search finds: every typed word begins a word of the question, answer, topic or
 * programme (case and accents do not matter, teks.ts), within the chosen topic and programme.
 */
export function saringFaq<F extends Faq>(faq: readonly F[], pencarian: string, saring: SaringanFaq = {}, namaProgram: (id: string) => string = (id) => id): F[] {
  return faq.filter(
    (f) =>
      (!saring.topik || f.topik === saring.topik) &&
      (!saring.programId || f.programId === saring.programId) &&
      cocokPencarian(pencarian, [f.pertanyaan, f.jawaban, f.topik, f.programId, f.programId ? namaProgram(f.programId) : undefined])
  );
}

/** The entries grouped by topic, topics in order. */
export function perTopik(faq: readonly Faq[]): [string, Faq[]][] {
  const grup = new Map<string, Faq[]>();
  for (const f of faq) grup.set(f.topik, [...(grup.get(f.topik) ?? []), f]);
  return [...grup].sort(([a], [b]) => a.localeCompare(b, 'id'));
}

export interface FaqForm {
  pertanyaan: string;
  jawaban: string;
  topik: string;
  programId: string;
}
export type FaqField = keyof FaqForm;

export const faqKosong = (): FaqForm => ({ pertanyaan: '', jawaban: '', topik: '', programId: '' });

export function formDariFaq(f: Faq): FaqForm {
  return { pertanyaan: f.pertanyaan, jawaban: f.jawaban, topik: f.topik, programId: f.programId ?? '' };
}

function kabupatenOf(store: UserStore): string {
  const kabupaten = areaOfRoles(store.user.roles).kabupaten[0];
  if (!kabupaten) throw new DiLuarWilayahError('kabupaten');
  return kabupaten;
}

const fieldOf = (path: string): FaqField | undefined =>
  (['pertanyaan', 'jawaban', 'topik', 'programId'] as const).find((f) => path === f);

/** A new entry (`lama` null) or an update of the version the form was opened on. */
export function simpanFaq(store: UserStore, form: FaqForm, lama: StoredDoc | null, now = new Date()): Promise<SimpanUbahHasil<FaqField, Faq>> {
  const kabupaten = kabupatenOf(store);
  const head = kepalaDokumen('faq', newDocId('faq', kabupaten, now.getTime()), kabupaten, store.user, lama, now);
  const { programId: _lamaProgram, ...tanpaProgram } = head as typeof head & { programId?: string };
  const programId = form.programId.trim();
  const doc = { ...tanpaProgram, pertanyaan: form.pertanyaan, jawaban: form.jawaban, topik: form.topik, ...(programId ? { programId } : {}) };
  return simpanUbah<FaqField, Faq>(store, doc, fieldOf);
}

/**
 * Deletes an entry: a tombstone that names who deleted it, which the server judges as an update
 * by a writer of FAQ (validate_doc_update) and the router carries to every kecamatan.
 */
export function hapusFaq(store: UserStore, lama: StoredDoc, now = new Date()): Promise<SimpanUbahHasil<FaqField, Faq>> {
  const doc = { ...kepalaDokumen('faq', lama._id, kabupatenOf(store), store.user, lama, now), _deleted: true };
  return simpanUbah<FaqField, Faq>(store, doc, fieldOf);
}
