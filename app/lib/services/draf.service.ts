/**
 * Drafts of the visit's forms and the complaint form, per user, form and household: saved as
 * the user types, restored after a reload or a crash, cleared when the recording is saved.
 */
import { clearDraft, readDraft, writeDraft } from '$lib/db/drafts';

export type FormDraf = 'perubahan-data' | 'kepesertaan' | 'kebutuhan' | 'keluhan' | 'monitoring';

/** Walk-ins without a household share one draft per user and form. */
export function kunciDraf(user: { name: string }, form: FormDraf, rumahtanggaId = ''): string {
  return `draf:${user.name}:${form}:${rumahtanggaId || 'tanpa-rumahtangga'}`;
}

export const bacaDraf = <T>(kunci: string): Promise<T | null> => readDraft<T>(kunci);
export const simpanDraf = <T>(kunci: string, isi: T): Promise<void> => writeDraft(kunci, isi);
export const hapusDraf = (kunci: string): Promise<void> => clearDraft(kunci);
