import { startFirstDownload } from '../db/muat-awal';
import {
  localSeq,
  pushDocs,
  seedPush,
  startLiveSync,
  type Direction,
  type LiveReplication,
  type ReplicationListener
} from '../db/replication';
import {
  localDocCount,
  pendingIds,
  readSyncMeta,
  reconcilePending,
  recordPushed,
  recordRefusal,
  remoteDocCount,
  writeSyncMeta
} from '../db/sync-book';
import { savesSettled } from '../db/write-events';
import { classifySyncError } from './sync-errors';
import type { SyncEvent } from './sync-status';

export interface DbSyncSink {
  dispatch(event: SyncEvent): void;
  /** Both directions caught up at `at` (ISO). */
  synced(at: string): void;
  /** The pending or rejected lists changed. */
  bookChanged(): void;
}

/**
 * One kecamatan database kept in step with the server. Until its first full download has
 * finished it pulls only and reports progress (documents here / documents on the server);
 * then the live two-way sync takes over, its push side starting where the download ended
 * (replication.ts says why). The download's page checkpoint (muat-awal.ts) and PouchDB's
 * make a reconnection resume from the last page or batch, not from zero.
 */
export class DbSync {
  #replication: LiveReplication | null = null;
  /** Events of a cancelled replication carry an older generation and are ignored. */
  #generation = 0;
  #firstSyncDone = false;
  #total = 0;
  #idle: Record<Direction, boolean> = { push: false, pull: false };
  #failing: Record<Direction, boolean> = { push: false, pull: false };

  constructor(
    readonly dbName: string,
    private readonly sink: DbSyncSink
  ) {}

  async lastSyncAt(): Promise<string | null> {
    return (await readSyncMeta(this.dbName)).lastSyncAt;
  }

  async connect(): Promise<void> {
    this.disconnect();
    const generation = this.#generation;
    this.sink.dispatch({ type: 'mulai', online: true });
    let firstSyncDone: boolean;
    try {
      firstSyncDone = (await readSyncMeta(this.dbName)).firstSyncDone;
    } catch (error) {
      if (this.#current(generation)) this.#fail(error);
      return;
    }
    if (!this.#current(generation)) return;
    this.#firstSyncDone = firstSyncDone;
    this.#total = 0;
    this.#idle = { push: false, pull: false };
    this.#failing = { push: false, pull: false };
    if (firstSyncDone) {
      this.#startLive(generation);
      return;
    }
    const live = this.#listener(generation);
    this.#replication = startFirstDownload(this.dbName, {
      ...live,
      // A one-shot pull pauses, without an error, just before it completes: not "caught up" yet.
      paused: (direction, error) => error !== undefined && error !== null && live.paused(direction, error),
      complete: () => this.#current(generation) && void this.#afterFirstPull(generation)
    });
    this.#refreshTotal(generation);
  }

  #listener(generation: number): ReplicationListener {
    return {
      active: (direction) => this.#current(generation) && this.#active(direction),
      change: (direction, docs) => this.#current(generation) && this.#change(generation, direction, docs),
      paused: (direction, error) => this.#current(generation) && this.#paused(direction, error),
      denied: (direction, denied) => this.#current(generation) && this.#denied(direction, denied),
      error: (error) => this.#current(generation) && this.#fail(error, true),
      complete: () => this.#current(generation) && this.sink.dispatch({ type: 'complete' })
    };
  }

  /**
   * The download is complete: saves made meanwhile go up by id, the push side is checkpointed
   * where the download ended, and the live sync starts. The sequence is read before the
   * waiting list (write-events.ts: savesSettled), so every save is in one or past the other.
   * Should a step fail, the live sync starts anyway: its push side then walks the whole
   * database — slower, never wrong.
   */
  async #afterFirstPull(generation: number): Promise<void> {
    const live = this.#listener(generation);
    try {
      const since = await localSeq(this.dbName);
      await savesSettled();
      await pushDocs(this.dbName, await pendingIds(this.dbName), live);
      if (this.#current(generation)) await seedPush(this.dbName, since, live);
    } catch (error) {
      console.error('[sync] gagal menyiapkan pengiriman setelah unduhan pertama', this.dbName, error);
    }
    this.#startLive(generation);
  }

  #startLive(generation: number): void {
    if (this.#current(generation)) this.#replication = startLiveSync(this.dbName, this.#listener(generation));
  }

  /**
   * The server's document count is the total of the first download. A failure to read it
   * is not reported here: the replication meets the same server and reports it, with retries.
   */
  #refreshTotal(generation: number): void {
    remoteDocCount(this.dbName).then(
      (total) => {
        if (!this.#current(generation)) return;
        this.#total = Math.max(this.#total, total);
        this.#reportProgress(generation).catch((error: unknown) => this.#fail(error));
      },
      () => undefined
    );
  }

  /** Stops the replication; its checkpoints stay, so the next `connect()` goes on from there. */
  disconnect(): void {
    this.#generation++;
    this.#replication?.cancel();
    this.#replication = null;
  }

  #current(generation: number): boolean {
    return generation === this.#generation;
  }

  async #reportProgress(generation: number): Promise<void> {
    const done = await localDocCount(this.dbName);
    if (!this.#current(generation) || this.#firstSyncDone || this.#total === 0) return;
    this.#total = Math.max(this.#total, done);
    this.sink.dispatch({ type: 'progress', done, total: this.#total, at: Date.now() });
  }

  #active(direction: Direction): void {
    this.#idle[direction] = false;
    if (this.#firstSyncDone || direction === 'push') this.sink.dispatch({ type: 'active', direction });
  }

  #change(generation: number, direction: Direction, docs: { _id: string; _rev?: string }[]): void {
    this.#idle[direction] = false;
    this.#failing[direction] = false;
    if (direction === 'push') {
      this.#book(recordPushed(this.dbName, docs));
      this.sink.dispatch({ type: 'change', direction });
    } else if (!this.#firstSyncDone) {
      if (this.#total === 0) this.#refreshTotal(generation);
      else this.#reportProgress(generation).catch((error: unknown) => this.#fail(error));
    } else {
      this.sink.dispatch({ type: 'change', direction });
    }
  }

  #paused(direction: Direction, error: unknown): void {
    this.#idle[direction] = true;
    this.#failing[direction] = error !== undefined && error !== null;
    if (this.#failing[direction]) {
      this.sink.dispatch(navigator.onLine ? { type: 'paused', error: classifySyncError(error) } : { type: 'offline' });
      return;
    }
    if (this.#idle.push && this.#idle.pull && !this.#failing.push && !this.#failing.pull) this.#caughtUp();
  }

  #caughtUp(): void {
    const at = new Date().toISOString();
    this.#firstSyncDone = true;
    this.sink.dispatch({ type: 'paused' });
    this.sink.synced(at);
    this.#book(writeSyncMeta(this.dbName, { firstSyncDone: true, lastSyncAt: at }).then(() => reconcilePending(this.dbName)));
  }

  #denied(direction: Direction, denied: unknown): void {
    if (direction === 'push') this.#book(recordRefusal(this.dbName, denied));
    this.sink.dispatch({ type: 'denied' });
  }

  #fail(error: unknown, stopped = false): void {
    const problem = classifySyncError(error);
    if (!stopped && !navigator.onLine) this.sink.dispatch({ type: 'offline' });
    else this.sink.dispatch(stopped ? { type: 'error', ...problem } : { type: 'paused', error: problem });
  }

  /** Bookkeeping runs beside the replication; its failure is shown, never swallowed. */
  #book(work: Promise<unknown>): void {
    work.then(
      () => this.sink.bookChanged(),
      (error: unknown) => {
        console.error('[sync] pencatatan gagal', this.dbName, error);
        this.sink.dispatch({ type: 'paused', error: classifySyncError(error) });
      }
    );
  }
}
