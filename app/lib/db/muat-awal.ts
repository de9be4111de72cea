import { statusOf } from './errors';
import { FIRST_DOWNLOAD_DOC, readLocal, updateLocal } from './local-docs';
import { openLocal, openRemote, type Db } from './pouch';
import { backOff, BATCH_SIZE, startFirstPull, type LiveReplication, type ReplicationListener } from './replication';

/**
 * The first download of a kecamatan database, pipelined: the server's changes are read in
 * pages (`_changes?style=all_docs`, every leaf revision: conflicts and deletions come too),
 * each page's documents fetched with their histories in one `_bulk_get?revs=true` and written
 * as they are (`bulkDocs`, `new_edits: false`, the way replication writes) — and the next pages
 * are fetched while this one is written (AHEAD). PouchDB's own replication does one batch at a time
 * (a local `_revs_diff`, `_bulk_get`, write, checkpoint on both sides), ≈1× a bare default
 * replicate for the app (docs/benchmarks.md, item 1). A fresh device has nothing to compare,
 * and writing a revision it already holds changes nothing, so no `_revs_diff` is asked.
 *
 * After each written page its sequence is kept in a `_local` document: a dropped connection
 * or a closed tab resumes from the last page written. When the server has nothing more, the
 * one-shot pull of replication.ts starts at that sequence (PouchDB's `since` writes its
 * checkpoint on both sides), brings what changed meanwhile and completes; the live sync
 * then goes on from its checkpoint (db-sync.ts).
 */

type Seq = number | string;
type Doc = { _id: string; _rev: string; _attachments?: PouchDB.Core.Attachments } & Record<string, unknown>;

interface Changes {
  wanted: { id: string; rev: string }[];
  lastSeq: Seq;
  /** The server had fewer changes than a page: the rest is the hand-over's. */
  last: boolean;
}

interface Page {
  docs: Doc[];
  lastSeq: Seq;
  last: boolean;
}

/**
 * Pages fetched ahead of the one being written. The server answers `_changes` quickly and
 * `_bulk_get` slowly (a read per revision); with two ahead, the next page's documents are
 * read on the server while the one after it is listed, and both while the device writes.
 */
const AHEAD = 2;

/**
 * Documents with photos are fetched again with their attachments inline (base64), this many a
 * request: a page of a thousand could otherwise hold hundreds of megabytes of photos at once.
 */
const ATTACHMENT_BATCH = 20;

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** The revisions asked for that came back (a revision compacted away meanwhile comes back later under a newer change). */
async function bulkGet(remote: Db, docs: { id: string; rev: string }[], attachments: boolean): Promise<Doc[]> {
  const got = await remote.bulkGet({ docs, revs: true, latest: true, attachments } as PouchDB.Core.BulkGetOptions);
  return got.results.flatMap((r) => r.docs.flatMap((d) => ('ok' in d ? [d.ok as unknown as Doc] : [])));
}

async function fetchChanges(remote: Db, since: Seq): Promise<Changes> {
  const changes = await remote.changes({ since, limit: BATCH_SIZE, batch_size: BATCH_SIZE, style: 'all_docs', return_docs: true } as PouchDB.Core.ChangesOptions);
  return {
    wanted: changes.results.flatMap((c) => c.changes.map(({ rev }) => ({ id: c.id, rev }))),
    lastSeq: changes.last_seq,
    last: changes.results.length < BATCH_SIZE
  };
}

async function fetchDocs(remote: Db, { wanted, lastSeq, last }: Changes): Promise<Page> {
  const docs = wanted.length > 0 ? await bulkGet(remote, wanted, false) : [];
  const withPhotos = docs.filter((d) => d._attachments && Object.keys(d._attachments).length > 0);
  const photos = new Map<string, Doc>();
  for (const chunk of chunks(withPhotos, ATTACHMENT_BATCH)) {
    for (const d of await bulkGet(remote, chunk.map((x) => ({ id: x._id, rev: x._rev })), true)) photos.set(`${d._id} ${d._rev}`, d);
  }
  return { docs: docs.map((d) => photos.get(`${d._id} ${d._rev}`) ?? d), lastSeq, last };
}

/**
 * The pages after `since` in order, AHEAD of the caller: each `_changes` page is asked for as
 * soon as the one before it has answered, its documents as soon as it has (null after the last).
 */
function pagesFrom(remote: Db, since: Seq): () => Promise<Page | null> {
  let changes: Promise<Changes | null> = fetchChanges(remote, since);
  const queue: Promise<Page | null>[] = [];
  // Each is awaited in its turn; one failing before then must not go unhandled meanwhile.
  const quiet = <T>(p: Promise<T>) => (p.catch(() => undefined), p);
  return () => {
    while (queue.length <= AHEAD) {
      const these = changes;
      changes = quiet(these.then((c) => (c && !c.last ? fetchChanges(remote, c.lastSeq) : null)));
      queue.push(quiet(these.then((c) => c && fetchDocs(remote, c))));
    }
    return queue.shift() as Promise<Page | null>;
  };
}

/** The download was stopped (logout, offline): whatever it was doing is dropped. */
class UnduhanDihentikanError extends Error {
  override name = 'UnduhanDihentikanError';
}

/** The download of `dbName` from its last written page; reports like the pull it replaces. */
export function startFirstDownload(dbName: string, listener: ReplicationListener): LiveReplication {
  let cancelled = false;
  let handOver: LiveReplication | null = null;
  const local = openLocal(dbName);
  const remote = openRemote(dbName);
  const stillOn = () => {
    if (cancelled) throw new UnduhanDihentikanError();
  };

  async function download(): Promise<Seq> {
    let since = await readLocal<Seq>(local, FIRST_DOWNLOAD_DOC, 0);
    const next = pagesFrom(remote, since);
    for (let page = await next(); page; page = await next()) {
      stillOn();
      if (page.docs.length > 0) await local.bulkDocs(page.docs, { new_edits: false });
      stillOn();
      const { lastSeq } = page;
      await updateLocal<Seq>(local, FIRST_DOWNLOAD_DOC, 0, () => lastSeq);
      since = lastSeq;
      listener.change('pull', page.docs);
    }
    return since;
  }

  async function run(): Promise<void> {
    let wait = 0;
    listener.active('pull');
    for (;;) {
      try {
        const since = await download();
        stillOn();
        handOver = startFirstPull(dbName, listener, since);
        return;
      } catch (error) {
        if (cancelled) return;
        // As PouchDB's replication: a refused session stops, anything else is retried.
        const status = statusOf(error);
        if (status === 401 || status === 403) {
          listener.error(error);
          return;
        }
        listener.paused('pull', error);
        wait = backOff(wait);
        await new Promise((resolve) => setTimeout(resolve, wait));
        if (cancelled) return;
        listener.active('pull');
      }
    }
  }

  void run();
  return {
    cancel: () => {
      cancelled = true;
      handOver?.cancel();
    }
  };
}
