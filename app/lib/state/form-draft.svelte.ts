import { bacaDraf, hapusDraf, kunciDraf, simpanDraf, type FormDraf } from '$lib/services/draf.service';

/** How long typing may pause before the draft is written: often enough to lose nothing. */
const JEDA_MS = 300;

/**
 * The draft of one form: `restore()` once when the form opens, `keep(snapshot)` on every
 * change (written after a short pause), `pause()` while the recording saves and `resume()` if it
 * fails, `clear()` once it is saved. `savedAt` tells
 * the user the draft is safe.
 */
export class FormDraft<T> {
  #kunci: string;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #restored = false;
  /** The last change not written yet (wrapped: a form's value may be anything). */
  #tertunda: { isi: T } | null = null;
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
    this.#tertunda = { isi };
    this.#timer = setTimeout(() => this.#tulis(), JEDA_MS);
  }

  /**
   * The recording is being saved: a draft written now would only compete with the save for the
   * device's storage (docs/benchmarks.md, item 3), and is moot once the save succeeds.
   */
  pause(): void {
    clearTimeout(this.#timer);
  }

  /** The save did not go through: the changes held back by `pause` are written now. */
  resume(): void {
    this.#tulis();
  }

  #tulis(): void {
    const tertunda = this.#tertunda;
    this.#tertunda = null;
    if (!tertunda) return;
    const at = Date.now();
    simpanDraf(this.#kunci, tertunda.isi).then(
      () => ((this.#savedAt = at), (this.#failure = '')),
      (e: unknown) => (this.#failure = e instanceof Error ? e.message : String(e))
    );
  }

  async clear(): Promise<void> {
    clearTimeout(this.#timer);
    this.#tertunda = null;
    await hapusDraf(this.#kunci);
    this.#savedAt = null;
  }
}
