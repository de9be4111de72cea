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

/** What a case-opening document records, as the receipt and the desk register name it. */
export type Perihal = { jenis: 'keluhan'; kategori: Keluhan['kategori']; program: string } | { jenis: 'usulan'; jenisUsulan: Usulan['jenis'] };

/** `program`: the programme's name when known (a regional one's from the catalogue). */
export function perihalOf(doc: Keluhan | Usulan, program?: string): Perihal {
  if (doc.type === 'usulan') return { jenis: 'usulan', jenisUsulan: doc.jenis };
  const nasional = (PROGRAM_NASIONAL as Record<string, string>)[doc.programId];
  return { jenis: 'keluhan', kategori: doc.kategori, program: program ?? nasional ?? doc.programId };
}

export interface TandaTerima {
  id: string;
  kodeLacak: string;
  /** `createdAt` of the document. */
  tanggal: string;
  /** Saved on the device and maybe not yet on the server. */
  lokal: boolean;
  dicatat: Perihal;
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
function tujuanOf(keluhan: Keluhan, katalog: Program | undefined): TandaTerima['tujuan'] {
  try {
    // Another destination (`lembaga`) is the manager's choice later; the receipt names the usual one.
    const rute = routeKeluhan({ kategori: keluhan.kategori, programId: keluhan.programId }, katalog);
    return { nama: rute.namaTujuan, kanal: KANAL_RUJUKAN_LABEL[rute.kanal] };
  } catch (error) {
    if (error instanceof RoutingError) return null;
    throw error;
  }
}

export async function bacaTandaTerima(user: StoreUser, id: string): Promise<BacaTandaTerima> {
  const store = openUserStore(user);
  const doc = await store.get(id);
  if (!doc) return { ok: false, alasan: 'tidak-ada' };
  if (doc.type !== 'keluhan' && doc.type !== 'usulan') return { ok: false, alasan: 'bukan-kasus' };
  const base = { id: doc._id, kodeLacak: doc.kodeLacak, tanggal: doc.createdAt, lokal: store.placement.mode === 'lokal' };
  if (doc.type === 'usulan') return { ok: true, tandaTerima: { ...base, dicatat: perihalOf(doc), tujuan: null } };
  const katalog = doc.programId in PROGRAM_NASIONAL ? undefined : await katalogOf(store, doc);
  return { ok: true, tandaTerima: { ...base, dicatat: perihalOf(doc, katalog?.nama), tujuan: tujuanOf(doc, katalog) } };
}

/** The public status page's address, with the code filled in. */
export function alamatLacak(origin: string, kode: string): string {
  return `${origin}/lacak?kode=${encodeURIComponent(kode)}`;
}
