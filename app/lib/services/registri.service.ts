/**
 * The registry search a screen calls. Field roles search their kecamatan on the device: an
 * in-memory index built from the household documents in one read, then kept current by the
 * data port's change feed (sync, this device's own writes, deletions). Desk roles working on
 * the kabupaten database do not download the district: the server's `registri` views find
 * candidates, and the same index ranks and filters them.
 */
import type { StoredDoc, UserStore } from '$lib/db/user-store';
import { bacaTeks } from '$lib/search/kata';
import { RegistriIndex, type HasilPencarian, type Pencarian } from '$lib/search/registri-index';

type Perubahan = Parameters<Parameters<UserStore['onDocChange']>[0]>[0];

export interface IndeksPerangkat {
  index: RegistriIndex;
  /** Stops following changes. */
  berhenti: () => void;
}

/**
 * Reads every household of the user's databases into an index (`onPage`: households read so
 * far) and follows later changes (`onChange` after each applied one). Changes that arrive while
 * the read runs wait until it ends; the index ignores any older than what it read.
 */
export async function bangunIndeks(
  store: UserStore,
  cb: { onPage?: (dibaca: number) => void; onChange?: () => void } = {}
): Promise<IndeksPerangkat> {
  const index = new RegistriIndex();
  let tertunda: Perubahan[] | null = [];
  const berhenti = store.onDocChange((doc) => {
    if (!doc._id.startsWith('rumahtangga:')) return;
    if (tertunda) tertunda.push(doc);
    else {
      index.terapkan(doc);
      cb.onChange?.();
    }
  });
  try {
    for (const doc of await store.docsOfType('rumahtangga', { onPage: cb.onPage })) index.terapkan(doc);
    for (const doc of tertunda) index.terapkan(doc);
    tertunda = null;
  } catch (error) {
    berhenti();
    throw error;
  }
  return { index, berhenti };
}

/** View rows fetched per server search: enough to rank the best, few enough for a slow line. */
export const BATAS_SERVER = 300;

/**
 * Household documents that may match `p`, from the server's views: the NIK and No. KK keys,
 * the longest typed word as a name prefix, or an address range. Null when the server cannot
 * narrow the search (no text and no desa).
 */
async function calonServer(store: UserStore, p: Pencarian): Promise<StoredDoc[] | null> {
  const teks = bacaTeks(p.teks);
  const opsi = { include_docs: true, limit: BATAS_SERVER };
  let rows;
  if (teks.jenis === 'nomor') {
    const [nik, kk] = await Promise.all([
      store.queryView('registri/nik', { ...opsi, key: teks.nomor }),
      store.queryView('registri/no-kk', { ...opsi, key: teks.nomor })
    ]);
    rows = [...nik, ...kk];
  } else if (teks.jenis === 'nama') {
    const kata = [...teks.kata].sort((a, b) => b.length - a.length)[0];
    rows = await store.queryView('registri/nama', { ...opsi, startkey: kata, endkey: `${kata}\ufff0` });
  } else if (p.desa) {
    rows = await store.queryView('registri/desa', { ...opsi, startkey: [p.desa], endkey: [p.desa, {}] });
  } else {
    return null;
  }
  return rows.flatMap((r) => (r.doc ? [r.doc] : []));
}

/** A search on the server for remote work; `pada` is the day ages are counted on. */
export async function cariDiServer(store: UserStore, p: Pencarian, pada: string): Promise<HasilPencarian> {
  const teks = bacaTeks(p.teks);
  if (teks.jenis === 'nomor-sebagian') return teks;
  const calon = await calonServer(store, p);
  if (!calon) return { jenis: 'kosong' };
  const index = new RegistriIndex();
  for (const doc of calon) index.terapkan(doc);
  return index.cari(p, pada);
}
