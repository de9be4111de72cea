/**
 * The sync as the screens see it (contracts §3): `start(user)` after login or unlock,
 * `stop()` before logout; getters for the indicator and the details page.
 */
import type { StoreUser, UserStore } from '$lib/db/user-store';
import { formatDateTime, formatNumber, t } from '$lib/i18n';
import { SyncEngine, type SyncSnapshot } from '$lib/sync/engine';
import { storageReport, type StorageReport } from '$lib/sync/storage';
import { syncWords, type SyncWords } from '$lib/sync/sync-words';
import type { SyncState } from '$lib/sync/sync-status';
import { session } from './session.svelte';

class SyncStatus {
  #snapshot = $state<SyncSnapshot | null>(null);
  /** Apart from the snapshot, so a page reading `store` re-reads only when the user changes. */
  #user = $state<string | null>(null);
  readonly #engine = new SyncEngine(
    (snapshot) => {
      this.#snapshot = snapshot;
      this.#user = snapshot.user;
    },
    () => session.expired()
  );

  #get(): SyncSnapshot {
    return this.#snapshot ?? this.#engine.snapshot;
  }

  get state(): SyncState {
    return this.#get().state;
  }
  get mode(): 'lokal' | 'jarak-jauh' | null {
    return this.#get().mode;
  }
  get databases(): string[] {
    return this.#get().databases;
  }
  get online(): boolean {
    return this.#get().online;
  }
  /** Local saves the server has not acknowledged. */
  get pending(): number {
    return this.#get().pending;
  }
  get rejected(): number {
    return this.#get().rejected;
  }
  get lastSyncAt(): string | null {
    return this.#get().lastSyncAt;
  }
  get started(): boolean {
    return this.#get().user !== null;
  }
  /** The data port of the user whose sync runs, for the details page. */
  get store(): UserStore | null {
    // Not the whole snapshot: a page's effect reading the store would re-run on every sync step.
    return (this.#user ?? this.#engine.snapshot.user) === null ? null : this.#engine.store;
  }

  /** Everything the indicator says, in the current language; `now` drives the time estimate. */
  words(now: number): SyncWords {
    const s = this.#get();
    return syncWords(
      { state: s.state, mode: s.mode ?? 'lokal', online: s.online, pending: s.pending, rejected: s.rejected, lastSyncAt: s.lastSyncAt },
      { t, formatDateTime, formatNumber: (n) => formatNumber(n) },
      now
    );
  }

  /** Used and available device storage, and whether it is persistent. */
  storage(): Promise<StorageReport> {
    return storageReport();
  }

  start(user: StoreUser): Promise<void> {
    return this.#engine.start(user);
  }

  stop(): void {
    this.#engine.stop();
  }
}

export const sync = new SyncStatus();
