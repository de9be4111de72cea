/**
 * Drafts of the visit's forms, the complaint form, the desk's information given, monitoring answers, a questionnaire's next
 * version and a catalogue entry, per user, form and subject (a household, a questionnaire, …):
 * saved as the user types, restored after a reload or a crash, cleared when the form is saved.
 */
import { clearDraft, readDraft, writeDraft } from '$lib/db/drafts';

export type FormDraf = 'perubahan-data' | 'kepesertaan' | 'kebutuhan' | 'keluhan' | 'layananinformasi' | 'monitoring' | 'kuesioner' | 'program';

/** Walk-ins without a household share one draft per user and form. */
export function kunciDraf(user: { name: string }, form: FormDraf, rumahtanggaId = ''): string {
  return `draf:${user.name}:${form}:${rumahtanggaId || 'tanpa-rumahtangga'}`;
}

export const bacaDraf = <T>(kunci: string): Promise<T | null> => readDraft<T>(kunci);
export const simpanDraf = <T>(kunci: string, isi: T): Promise<void> => writeDraft(kunci, isi);
export const hapusDraf = (kunci: string): Promise<void> => clearDraft(kunci);
