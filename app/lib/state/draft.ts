/**
 * Drafts of long forms, kept on the device as the user types so a reload or a crash loses
 * nothing. One draft per user and form: a shared desk tablet never shows one user's draft to
 * the next. Cleared once the form is saved.
 */
const PREFIX = 'slrt-draf';

function keyOf(user: string, form: string): string {
  return `${PREFIX}:${user}:${form}`;
}

export function readDraft<T>(user: string, form: string): T | null {
  try {
    const raw = localStorage.getItem(keyOf(user, form));
    return raw === null ? null : (JSON.parse(raw) as T);
  } catch {
    // A draft that cannot be read is no worse than none.
    return null;
  }
}

export function writeDraft(user: string, form: string, value: unknown): void {
  try {
    localStorage.setItem(keyOf(user, form), JSON.stringify(value));
  } catch {
    // Storage full or blocked: the form still works, only without its draft.
  }
}

export function clearDraft(user: string, form: string): void {
  localStorage.removeItem(keyOf(user, form));
}
