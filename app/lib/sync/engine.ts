import { onUnauthorized } from '../db/pouch';
import { openUserStore, type StoreUser, type UserStore } from '../db/user-store';
import { onLocalWrite } from '../db/write-events';
import { DbSync } from './db-sync';
import { requestPersistence } from './storage';
import { combineStates, INITIAL_STATE, nextState, type SyncEvent, type SyncState } from './sync-status';

/**
 * Runs the sync of the logged-in user: one `DbSync` per kecamatan database for field roles,
 * nothing to replicate for remote work (the indicator still shows online/offline). Follows the
 * browser's online/offline events: offline cancels the replications (no futile retries),
 * online reconnects them at once instead of waiting out a back-off.
 */
export interface SyncSnapshot {
  user: string | null;
  mode: 'lokal' | 'jarak-jauh' | null;
  databases: string[];
  state: SyncState;
  online: boolean;
  pending: number;
  rejected: number;
  lastSyncAt: string | null;
}

const STOPPED: SyncSnapshot = {
  user: null,
  mode: null,
  databases: [],
  state: INITIAL_STATE,
  online: true,
  pending: 0,
  rejected: 0,
  lastSyncAt: null
};

export class SyncEngine {
  #snapshot: SyncSnapshot = STOPPED;
  #states = new Map<string, SyncState>();
  #syncs = new Map<string, DbSync>();
  #store: UserStore | null = null;
  #cleanups: (() => void)[] = [];
  #counting: Promise<void> | null = null;
  #countAgain = false;

  constructor(
    private readonly publish: (snapshot: SyncSnapshot) => void,
    private readonly sessionExpired: () => void
  ) {}

  get snapshot(): SyncSnapshot {
    return this.#snapshot;
  }

  get store(): UserStore | null {
    return this.#store;
  }

  /** Starts (or, for the same user after an error or a new login, restarts) the sync. */
  start(user: StoreUser): Promise<void> {
    if (this.#store && this.#snapshot.user === user.name) {
      const restarts = [...this.#syncs].filter(([name]) => navigator.onLine && this.#needsRestart(name));
      return Promise.all(restarts.map(([, dbSync]) => dbSync.connect())).then(() => undefined);
    }
    this.stop();
    return this.#startFresh(user);
  }

  async #startFresh(user: StoreUser): Promise<void> {
    const store = openUserStore(user);
    this.#store = store;
    const { mode, databases } = store.placement;
    this.#update({ user: user.name, mode, databases, online: navigator.onLine });
    this.#listen(window, 'online', () => this.#setOnline(true));
    this.#listen(window, 'offline', () => this.#setOnline(false));
    this.#cleanups.push(onUnauthorized(() => this.sessionExpired()));
    this.#cleanups.push(onLocalWrite(() => this.#refreshCounts()));

    for (const name of databases) this.#dispatch(name, { type: 'mulai', online: navigator.onLine });
    if (mode === 'jarak-jauh') {
      for (const name of databases) if (navigator.onLine) this.#dispatch(name, { type: 'paused' });
      return;
    }
    void requestPersistence();
    for (const name of databases) {
      const dbSync = new DbSync(name, {
        dispatch: (event) => this.#dispatch(name, event),
        synced: (at) => this.#update({ lastSyncAt: at }),
        bookChanged: () => this.#refreshCounts()
      });
      this.#syncs.set(name, dbSync);
      const last = await dbSync.lastSyncAt();
      if (this.#store !== store) return;
      if (last && (!this.#snapshot.lastSyncAt || last > this.#snapshot.lastSyncAt)) this.#update({ lastSyncAt: last });
      if (navigator.onLine) await dbSync.connect();
      if (this.#store !== store) return;
    }
    this.#refreshCounts();
  }

  stop(): void {
    for (const dbSync of this.#syncs.values()) dbSync.disconnect();
    for (const cleanup of this.#cleanups) cleanup();
    this.#syncs.clear();
    this.#states.clear();
    this.#cleanups = [];
    this.#store = null;
    this.#snapshot = STOPPED;
    this.publish(STOPPED);
  }

  #needsRestart(name: string): boolean {
    const state = this.#states.get(name);
    return !state || state.name === 'galat' || state.name === 'mati' || state.name === 'luring';
  }

  #listen(target: Window, event: string, handler: () => void): void {
    target.addEventListener(event, handler);
    this.#cleanups.push(() => target.removeEventListener(event, handler));
  }

  #setOnline(online: boolean): void {
    this.#update({ online });
    for (const name of this.#snapshot.databases) {
      const dbSync = this.#syncs.get(name);
      if (!online) {
        dbSync?.disconnect();
        this.#dispatch(name, { type: 'offline' });
      } else if (dbSync) {
        void dbSync.connect();
      } else {
        this.#dispatch(name, { type: 'online' });
        this.#dispatch(name, { type: 'paused' });
      }
    }
  }

  #dispatch(name: string, event: SyncEvent): void {
    this.#states.set(name, nextState(this.#states.get(name) ?? INITIAL_STATE, event));
    this.#update({ state: combineStates([...this.#states.values()]) });
  }

  #update(change: Partial<SyncSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...change };
    this.publish(this.#snapshot);
  }

  /** Counts again after every change; bursts of changes collapse into one more count. */
  #refreshCounts(): void {
    if (this.#counting) {
      this.#countAgain = true;
      return;
    }
    const store = this.#store;
    if (!store) return;
    this.#counting = (async () => {
      const [pending, rejected] = await Promise.all([store.pendingUploads(), store.listRejected()]);
      if (this.#store === store) this.#update({ pending, rejected: rejected.length });
    })()
      .catch((error: unknown) => console.error('[sync] gagal menghitung data yang menunggu', error))
      .finally(() => {
        this.#counting = null;
        if (this.#countAgain) {
          this.#countAgain = false;
          this.#refreshCounts();
        }
      });
  }
}
