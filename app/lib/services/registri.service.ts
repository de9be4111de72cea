/**
 * The registry search a screen calls. Field roles search their kecamatan on the device: an
 * in-memory index built from the household and pre-list documents in one read, then kept current by the
 * data port's change feed (sync, this device's own writes, deletions). Desk roles working on
 * the kabupaten database do not download the district: the server's `registri` views find
 * candidates — households and pre-list proposals, as on the device — and the same index ranks
 * and filters them.
 */
import type { StoredDoc, UserStore, ViewOptions } from '$lib/db/user-store';
import type { DocType } from '$lib/domain/doc-types';
import { CatatanIndex, JENIS_CATATAN, JENIS_PERISTIWA } from '$lib/search/catatan-index';
import { bacaTeks, nomorRtRw } from '$lib/search/kata';
import { RegistriIndex, type HasilPencarian, type Pencarian } from '$lib/search/registri-index';

type Perubahan = Parameters<Parameters<UserStore['onDocChange']>[0]>[0];

export interface IndeksPerangkat<I> {
  index: I;
  /** Stops following changes. */
  berhenti: () => void;
}

/**
 * Reads every document of `jenis` in the user's databases into `terapkan` (`onPage`: documents
 * of the first type read so far) and follows later changes of those types (`onChange` after
 * each applied one). Changes that arrive while the read runs wait until it ends; the indexes
 * ignore any older than what they read.
 */
async function isiDanIkuti(
  store: UserStore,
  jenis: readonly DocType[],
  terapkan: (doc: Perubahan) => void,
  cb: { onPage?: (dibaca: number) => void; onChange?: () => void }
): Promise<() => void> {
  const prefixes = jenis.map((j) => `${j}:`);
  let tertunda: Perubahan[] | null = [];
  const berhenti = store.onDocChange((doc) => {
    if (!prefixes.some((p) => doc._id.startsWith(p))) return;
    if (tertunda) tertunda.push(doc);
    else {
      terapkan(doc);
      cb.onChange?.();
    }
  });
  try {
    for (const [i, j] of jenis.entries()) {
      for (const doc of await store.docsOfType(j, { onPage: i === 0 ? cb.onPage : undefined })) terapkan(doc);
    }
    for (const doc of tertunda) terapkan(doc);
    tertunda = null;
  } catch (error) {
    berhenti();
    throw error;
  }
  return berhenti;
}

/** The registry search of the user's databases: the households, and those proposed on pre-lists. */
export async function bangunIndeks(
  store: UserStore,
  cb: { onPage?: (dibaca: number) => void; onChange?: () => void } = {}
): Promise<IndeksPerangkat<RegistriIndex>> {
  const index = new RegistriIndex();
  const berhenti = await isiDanIkuti(store, ['rumahtangga', 'usulan'], (doc) => index.terapkan(doc), cb);
  return { index, berhenti };
}

/**
 * Which records belong to which household and case, for the household page (catatan-index.ts):
 * nothing read until a household is asked about, then its desa's records by id prefix; every
 * change of those types followed from now on.
 */
export function bukaIndeksCatatan(store: UserStore): IndeksPerangkat<CatatanIndex> {
  const jenis = [...JENIS_CATATAN, ...JENIS_PERISTIWA];
  const index = new CatatanIndex(async (wilayah) => (await Promise.all(jenis.map((j) => store.docsOfType(j, { idPrefix: `${wilayah}:` })))).flat());
  const prefixes = jenis.map((j) => `${j}:`);
  const berhenti = store.onDocChange((doc) => {
    if (prefixes.some((p) => doc._id.startsWith(p))) index.terapkan(doc);
  });
  return { index, berhenti };
}

/** View rows read per server query: enough to rank the best, few enough for a slow line. */
export const BATAS_SERVER = 300;

interface Calon {
  docs: StoredDoc[];
  /** False when a query had more rows than were read: some matches may be missing. */
  lengkap: boolean;
}

/** One view query capped at BATAS_SERVER rows, telling whether it held more. */
async function bacaView(store: UserStore, view: string, opsi: ViewOptions): Promise<Calon> {
  const rows = await store.queryView(view, { ...opsi, include_docs: true, limit: BATAS_SERVER + 1 });
  return { docs: rows.slice(0, BATAS_SERVER).flatMap((r) => (r.doc ? [r.doc] : [])), lengkap: rows.length <= BATAS_SERVER };
}

/** The `registri/desa` range of a desa, narrowed to its RW and then RT when given. */
function rentangWilayah(desa: string, p: Pencarian): ViewOptions {
  const rw = nomorRtRw(p.rw);
  const rt = rw ? nomorRtRw(p.rt) : null;
  const awal = [desa, ...(rw ? [rw] : []), ...(rt ? [rt] : [])];
  return { startkey: awal, endkey: [...awal, {}] };
}

/**
 * Household and pre-list documents that may match `p`, from the server's views: the NIK and No. KK keys, the
 * longest typed word as a name prefix, or an address range. A common name prefix may have more
 * rows than are read; with a desa given, its address range is read beside it and whichever was
 * read whole is used, so a name searched within a desa is not lost among the district's. Null
 * when the server cannot narrow the search (no text and no desa).
 */
async function calonServer(store: UserStore, p: Pencarian): Promise<Calon | null> {
  const teks = bacaTeks(p.teks);
  const wilayah = () => (p.desa ? bacaView(store, 'registri/desa', rentangWilayah(p.desa, p)) : null);
  if (teks.jenis === 'nomor') {
    const [nik, kk] = await Promise.all([bacaView(store, 'registri/nik', { key: teks.nomor }), bacaView(store, 'registri/no-kk', { key: teks.nomor })]);
    return { docs: [...nik.docs, ...kk.docs], lengkap: nik.lengkap && kk.lengkap };
  }
  if (teks.jenis === 'nama') {
    const kata = [...teks.kata].sort((a, b) => b.length - a.length)[0];
    const [nama, diWilayah] = await Promise.all([bacaView(store, 'registri/nama', { startkey: kata, endkey: `${kata}\ufff0` }), wilayah()]);
    if (nama.lengkap || !diWilayah) return nama;
    return diWilayah.lengkap ? diWilayah : { docs: [...nama.docs, ...diWilayah.docs], lengkap: false };
  }
  return wilayah();
}

/** A search on the server for remote work; `pada` is the day ages are counted on. */
export async function cariDiServer(store: UserStore, p: Pencarian, pada: string): Promise<HasilPencarian> {
  const teks = bacaTeks(p.teks);
  if (teks.jenis === 'nomor-sebagian') return teks;
  const calon = await calonServer(store, p);
  if (!calon) return { jenis: 'kosong' };
  const index = new RegistriIndex();
  for (const doc of calon.docs) index.terapkan(doc);
  const hasil = index.cari(p, pada);
  return hasil.jenis === 'hasil' && !calon.lengkap ? { ...hasil, sebagian: true } : hasil;
}
