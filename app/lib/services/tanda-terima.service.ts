/**
 * The citizen's receipt (tanda terima) of a complaint or proposal: read from the user's own
 * databases (on the device for field roles, so it works offline), with where the case goes next
 * and how to check its status on the public page.
 */
import { openUserStore, type StoredDoc, type StoreUser, type UserStore } from '$lib/db/user-store';
import type { Keluhan } from '$lib/domain/keluhan';
import { PROGRAM_NASIONAL, programDocId } from '$lib/domain/program';
import { KANAL_RUJUKAN_LABEL, routeKeluhan, RoutingError } from '$lib/domain/routing';
import type { Usulan } from '$lib/domain/usulan';

export interface TandaTerima {
  id: string;
  kodeLacak: string;
  /** `createdAt` of the document. */
  tanggal: string;
  /** Saved on the device and maybe not yet on the server. */
  lokal: boolean;
  dicatat: { jenis: 'keluhan'; kategori: Keluhan['kategori']; program: string } | { jenis: 'usulan'; jenisUsulan: Usulan['jenis'] };
  /** For a complaint: where it is referred, in words; null when the catalogue does not say. */
  tujuan: { nama: string; kanal: string } | null;
}

export type BacaTandaTerima = { ok: true; tandaTerima: TandaTerima } | { ok: false; alasan: 'tidak-ada' | 'bukan-kasus' };

type Program = Extract<StoredDoc, { type: 'program' }>;

async function katalogOf(store: UserStore, keluhan: Keluhan): Promise<Program | undefined> {
  if (!keluhan.wilayah.kabupaten) return undefined;
  const doc = await store.get(programDocId(keluhan.wilayah.kabupaten, keluhan.programId));
  return doc?.type === 'program' ? doc : undefined;
}

/** Where a complaint goes: the guideline's table, or its programme's catalogue entry. */
async function tujuanOf(store: UserStore, keluhan: Keluhan): Promise<TandaTerima['tujuan']> {
  const katalog = keluhan.programId in PROGRAM_NASIONAL ? undefined : await katalogOf(store, keluhan);
  try {
    // Another destination (`lembaga`) is the manager's choice later; the receipt names the usual one.
    const rute = routeKeluhan({ kategori: keluhan.kategori, programId: keluhan.programId }, katalog);
    return { nama: rute.namaTujuan, kanal: KANAL_RUJUKAN_LABEL[rute.kanal] };
  } catch (error) {
    if (error instanceof RoutingError) return null;
    throw error;
  }
}

async function programName(store: UserStore, keluhan: Keluhan): Promise<string> {
  const nasional = (PROGRAM_NASIONAL as Record<string, string>)[keluhan.programId];
  return nasional ?? (await katalogOf(store, keluhan))?.nama ?? keluhan.programId;
}

export async function bacaTandaTerima(user: StoreUser, id: string): Promise<BacaTandaTerima> {
  const store = openUserStore(user);
  const doc = await store.get(id);
  if (!doc) return { ok: false, alasan: 'tidak-ada' };
  if (doc.type !== 'keluhan' && doc.type !== 'usulan') return { ok: false, alasan: 'bukan-kasus' };
  const base = { id: doc._id, kodeLacak: doc.kodeLacak, tanggal: doc.createdAt, lokal: store.placement.mode === 'lokal' };
  if (doc.type === 'usulan') {
    return { ok: true, tandaTerima: { ...base, dicatat: { jenis: 'usulan', jenisUsulan: doc.jenis }, tujuan: null } };
  }
  const [program, tujuan] = await Promise.all([programName(store, doc), tujuanOf(store, doc)]);
  return { ok: true, tandaTerima: { ...base, dicatat: { jenis: 'keluhan', kategori: doc.kategori, program }, tujuan } };
}

/** The public status page's address, with the code filled in. */
export function alamatLacak(origin: string, kode: string): string {
  return `${origin}/lacak?kode=${encodeURIComponent(kode)}`;
}
