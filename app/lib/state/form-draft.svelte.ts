import { bacaDraf, hapusDraf, kunciDraf, simpanDraf, type FormDraf } from '$lib/services/draf.service';

/** How long typing may pause before the draft is written: often enough to lose nothing. */
const JEDA_MS = 300;

/**
 * The draft of one form: `restore()` once when the form opens, `keep(snapshot)` on every
 * change (written after a short pause), `clear()` once the recording is saved. `savedAt` tells
 * the user the draft is safe.
 */
export class FormDraft<T> {
  #kunci: string;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #restored = false;
  #savedAt = $state<number | null>(null);
  #failure = $state('');
  #dipulihkan = $state(false);

  constructor(user: { name: string }, form: FormDraf, rumahtanggaId?: string) {
    this.#kunci = kunciDraf(user, form, rumahtanggaId);
  }

  /** When the draft was last written (epoch ms), null before the first write. */
  get savedAt(): number | null {
    return this.#savedAt;
  }

  get failure(): string {
    return this.#failure;
  }

  /** Whether a draft was found and given back to the form. */
  get dipulihkan(): boolean {
    return this.#dipulihkan;
  }

  /**
   * Gives the saved draft, if any, to `apply`. Changes are kept only after this, so the empty
   * form shown meanwhile never overwrites the draft.
   */
  async restore(apply: (isi: T) => void): Promise<void> {
    try {
      const isi = await bacaDraf<T>(this.#kunci);
      if (isi !== null) {
        apply(isi);
        this.#dipulihkan = true;
      }
    } catch (e) {
      this.#failure = e instanceof Error ? e.message : String(e);
    } finally {
      this.#restored = true;
    }
  }

  keep(isi: T): void {
    if (!this.#restored) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const at = Date.now();
      simpanDraf(this.#kunci, isi).then(
        () => ((this.#savedAt = at), (this.#failure = '')),
        (e: unknown) => (this.#failure = e instanceof Error ? e.message : String(e))
      );
    }, JEDA_MS);
  }

  async clear(): Promise<void> {
    clearTimeout(this.#timer);
    await hapusDraf(this.#kunci);
    this.#savedAt = null;
  }
}
