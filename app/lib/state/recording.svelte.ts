import type { Problems, SimpanHasil } from '$lib/services/event-doc';
import type { FormDraft } from './form-draft.svelte';

const NO_DRAFT = { pause: () => undefined, resume: () => undefined, clear: () => Promise.resolve() };

/**
 * Saving one recording of a form: busy while it saves, the problems next to the fields or the
 * failure in words when it does not, and what was saved when it does — and then its draft is
 * cleared, so a reload shows an empty form, not the recording again.
 */
export class Recording<F extends string> {
  busy = $state(false);
  failure = $state('');
  problems = $state<Problems<F>>({});
  saved = $state<{ id: string; lokal: boolean } | null>(null);

  /** A step without a draft (a short note on a case) passes none. */
  constructor(private readonly draft: Pick<FormDraft<unknown>, 'pause' | 'resume' | 'clear'> = NO_DRAFT) {}

  async save(simpan: () => Promise<SimpanHasil<F>>, onSaved?: (id: string) => void): Promise<void> {
    this.busy = true;
    this.failure = '';
    this.problems = {};
    this.draft.pause();
    try {
      const result = await simpan();
      if (result.ok) {
        // Shown as saved the moment it is (the bench's item 3 times this); the draft is
        // cleared right after, milliseconds later.
        this.saved = { id: result.id, lokal: result.lokal };
        onSaved?.(result.id);
        await this.draft.clear();
      } else {
        this.problems = result.problems;
        this.draft.resume();
      }
    } catch (e) {
      this.failure = e instanceof Error ? e.message : String(e);
      this.draft.resume();
    } finally {
      this.busy = false;
    }
  }

  /** Back to an empty form, for the next recording. */
  again(): void {
    this.saved = null;
    this.problems = {};
  }

  invalid(field: F): 'true' | undefined {
    return this.problems[field] ? 'true' : undefined;
  }
}
