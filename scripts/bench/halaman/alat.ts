/**
 * What runs inside the page, bundled by esbuild and added to a page of the app's origin (so
 * `/db/` and the cookie session are the app's): the baselines — bare PouchDB from
 * pouchdb-browser with pouchdb-find, as a developer would call it without the app around it —
 * and the stopwatches on the app's own screens, which must run in the page to see the DOM
 * change (and live here because tsx would wrap functions passed from Node in a helper the
 * page does not have).
 */
import PouchDB from 'pouchdb-browser';
import PouchFind from 'pouchdb-find';

PouchDB.plugin(PouchFind);

type Db = PouchDB.Database<Record<string, unknown>>;

// Replication's types are not in @types/pouchdb-core (as in app/lib/db/replication.ts).
interface Tertulis {
  docs_written: number;
}
type Mereplikasi = Db & {
  replicate: {
    from(remote: Db, options: Record<string, unknown>): Promise<Tertulis>;
    to(remote: Db, options: Record<string, unknown>): Promise<Tertulis>;
  };
  sync(remote: Db, options: Record<string, unknown>): Promise<{ push?: Tertulis; pull?: Tertulis }>;
};
const lokalDb = (nama: string) => new PouchDB(nama) as Mereplikasi;

const remote = (db: string): Db =>
  new PouchDB(`${location.origin}/db/${db}`, {
    fetch: (url: string | Request, opts?: RequestInit) => fetch(url, { ...opts, credentials: 'include' }),
    skip_setup: true
  } as PouchDB.Configuration.RemoteDatabaseConfiguration);

const waktu = async <T>(fn: () => Promise<T>): Promise<{ ms: number; hasil: T }> => {
  const t0 = performance.now();
  const hasil = await fn();
  return { ms: performance.now() - t0, hasil };
};

const alat = {
  async masuk(name: string, password: string): Promise<void> {
    const res = await fetch('/db/_session', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, password })
    });
    if (!res.ok) throw new Error(`login ${name}: HTTP ${res.status}`);
  },

  /** `PouchDB.replicate.from` of a server database into a new local one; default settings unless `opsi`. */
  async tarik(db: string, lokal: string, opsi: Record<string, unknown> = {}) {
    const { ms, hasil } = await waktu(() => lokalDb(lokal).replicate.from(remote(db), opsi));
    return { ms, docs: hasil.docs_written };
  },

  /** Bare two-way `sync` of a local database with the server, once (not live). */
  async sinkron(db: string, lokal: string, opsi: Record<string, unknown> = {}) {
    const { ms, hasil } = await waktu(() => lokalDb(lokal).sync(remote(db), opsi));
    return { ms, naik: hasil.push?.docs_written ?? 0, turun: hasil.pull?.docs_written ?? 0 };
  },

  /**
   * Writes the push side's checkpoint at the local database's sequence now (PouchDB's `since`):
   * a copy made by `tarik` then syncs as a device that has synced before, without its push
   * walking what the pull brought (STACK-NOTES: ≈10 s for 30,000 documents).
   */
  async tandaiDorong(db: string, lokal: string): Promise<void> {
    const local = lokalDb(lokal);
    await local.replicate.to(remote(db), { since: (await local.info()).update_seq });
  },

  /** Milliseconds of each pouchdb-find query, no index, over a local database. */
  async cari(lokal: string, selectors: Record<string, unknown>[]) {
    const local = new PouchDB(lokal);
    const ms: number[] = [];
    for (const selector of selectors) ms.push((await waktu(() => local.find({ selector, limit: 50 }))).ms);
    return ms;
  },

  /**
   * Milliseconds of each bare `put` of documents read from `dari`, each under a new id (no
   * `_rev`) into the local database `ke`: the same bytes the app wrote, without the app.
   */
  async simpanUlang(dari: string, ids: string[], ke: string) {
    const sumber = new PouchDB(dari);
    const tujuan = new PouchDB(ke);
    const ms: number[] = [];
    for (const id of ids) {
      const { _rev: _, ...doc } = await sumber.get(id);
      ms.push((await waktu(() => tujuan.put({ ...doc, _id: `${id}-bare` }))).ms);
    }
    return ms;
  },

  async tulisBanyak(lokal: string, docs: Record<string, unknown>[]) {
    const hasil = await new PouchDB(lokal).bulkDocs(docs);
    const gagal = hasil.filter((r) => 'error' in r && r.error);
    if (gagal.length > 0) throw new Error(`${gagal.length} documents not written to ${lokal}`);
  },

  /** Date.now() when the local database holds every one of `ids` (checked every 50 ms). */
  async tunggu(lokal: string, ids: string[]): Promise<number> {
    const local = new PouchDB(lokal);
    for (;;) {
      const { rows } = await local.allDocs({ keys: ids });
      if (rows.every((r) => !('error' in r) && !r.value.deleted)) return Date.now();
      await new Promise((r) => setTimeout(r, 50));
    }
  }
};

/**
 * Resolves with the milliseconds from `aksi()` until `selesai()` holds after a DOM change under
 * `akar`; rejects when nothing changes within 30 s (a stopwatch must not hang the run).
 */
function sampai(akar: Node, aksi: () => void, selesai: () => boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const batas = setTimeout(() => {
      obs.disconnect();
      reject(new Error('the screen did not change within 30 s'));
    }, 30_000);
    const obs = new MutationObserver(() => {
      if (!selesai()) return;
      obs.disconnect();
      clearTimeout(batas);
      resolve(performance.now() - t0);
    });
    obs.observe(akar, { childList: true, subtree: true, characterData: true });
    aksi();
  });
}

const layar = {
  /** On /cari: ms from typing each text until the answer is redrawn (Svelte redraws in one flush). */
  async ketik(daftar: string[]): Promise<number[]> {
    const input = document.querySelector<HTMLInputElement>('#cari-teks')!;
    const status = document.querySelector('[data-testid="cari-status"]')!;
    const isi = (v: string) =>
      sampai(
        status,
        () => {
          input.value = v;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        },
        () => true
      );
    const ms: number[] = [];
    // Each text is typed into an empty box (the screen then always changes, both ways).
    for (const t of daftar) {
      if (input.value !== '') await isi('');
      ms.push(await isi(t));
    }
    return ms;
  },

  /** On a filled complaint form: ms from the click on "Simpan" until "Tersimpan" is on screen, and the saved id. */
  async simpanKeluhan(): Promise<{ ms: number; id: string }> {
    const tombol = [...document.querySelectorAll<HTMLButtonElement>('button[type="submit"]')].find((b) => b.textContent?.trim() === 'Simpan');
    if (!tombol) throw new Error('no "Simpan" button on this page');
    const tersimpan = () => document.querySelector('[data-testid="keluhan-tersimpan"]');
    const ms = await sampai(document.body, () => tombol.click(), () => tersimpan() !== null);
    return { ms, id: tersimpan()!.getAttribute('data-id')! };
  }
};

const semua = { ...alat, ...layar };
export type AlatBench = typeof semua;
(globalThis as unknown as { alatBench: AlatBench }).alatBench = semua;
