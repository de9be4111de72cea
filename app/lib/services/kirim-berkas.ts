/**
 * The table of one export (kolom-kiriman.ts gives its columns): the items of a batch read again
 * from the kabupaten database. A proposal is read as its case stands (corrections applied, the
 * manager's approval dated); a PMKS record and a referral as they are now — a PMKS record
 * changed since a batch shows its new content there, and is due again anyway.
 */
import type { StoredDoc, UserStore } from '$lib/db/user-store';
import { reduceCase, type CaseState } from '$lib/domain/case-state';
import type { Rumahtangga } from '$lib/domain/household';
import {
  barisKiriman,
  namaKolom,
  sumberPerubahan,
  sumberPrelist,
  type SumberLapor,
  type SumberPmks
} from '$lib/domain/kolom-kiriman';
import { pernahDikirim, type JenisKiriman, type Pengiriman } from '$lib/domain/pengiriman';
import type { Pmks } from '$lib/domain/pmks';
import type { Rujukan } from '$lib/domain/rujukan';
import type { SlrtDoc } from '$lib/domain/schemas';
import { namaBerkas, type TabelEkspor } from './ekspor';
import { muatNamaWilayah } from './nama-wilayah';

/** What reading a batch again needs besides its items. */
export interface KonteksKiriman {
  /** Every export recorded, of any kind. */
  riwayat: Pengiriman[];
  /** The ids of every document of each proposal case (`kasus/peristiwa` rows). */
  dokumenKasus: ReadonlyMap<string, string[]>;
}

/** The cases `kasusIds` from their documents, as the case page would see them. */
export async function bacaKasusUsulan(store: UserStore, kasusIds: readonly string[], dokumenKasus: ReadonlyMap<string, string[]>): Promise<CaseState[]> {
  const docs = await store.getMany(kasusIds.flatMap((id) => dokumenKasus.get(id) ?? [id]));
  return kasusIds.map((id) => reduceCase(id, docs as SlrtDoc[]));
}

/** Sheet titles (31 characters at most) and the start of file names. */
export const JUDUL_KIRIMAN: Record<JenisKiriman, string> = {
  prelist: 'SIKS-NG pre-list',
  'perubahan-data': 'SIKS-NG perubahan data',
  pmks: 'SIKS-NG PMKS',
  keluhan: 'LAPOR! keluhan'
};

/** The file of an export: the kind and the time it was recorded, e.g. siks-ng-pre-list-2026-12-02-0915.xlsx. */
export function namaBerkasKiriman(p: Pick<Pengiriman, 'createdAt' | 'format'>, judul: string): string {
  const waktu = p.createdAt.slice(0, 16).replace('T', '-').replace(':', '');
  return namaBerkas(`${judul} ${waktu}`, p.format);
}

/** When the manager's approval in force was given (the latest, after an appeal). */
function disetujuiPada(kasus: CaseState): string | null {
  return kasus.timeline.findLast((e) => e.berlaku && e.type === 'review' && e.status === 'disetujui-manajer')?.tanggal ?? null;
}

async function rumahtanggaDari(store: UserStore, ids: readonly (string | undefined)[]): Promise<Map<string, Rumahtangga>> {
  const docs = await store.getMany([...new Set(ids.filter((id): id is string => !!id))]);
  return new Map(docs.flatMap((d): [string, Rumahtangga][] => (d.type === 'rumahtangga' ? [[d._id, d]] : [])));
}

function dariJenis<T extends StoredDoc['type']>(docs: readonly StoredDoc[], type: T): Extract<StoredDoc, { type: T }>[] {
  return docs.filter((d): d is Extract<StoredDoc, { type: T }> => d.type === type);
}

async function barisUsulan(store: UserStore, p: Pengiriman, data: KonteksKiriman) {
  const kasus = await bacaKasusUsulan(store, p.item.map((i) => i.id), data.dokumenKasus);
  const usulan = kasus.flatMap((k) => (k.pembukaTerkini?.type === 'usulan' ? [{ u: k.pembukaTerkini, disetujui: disetujuiPada(k) }] : []));
  if (p.jenis === 'prelist') {
    return barisKiriman('prelist', usulan.flatMap(({ u, disetujui }) => (u.jenis === 'prelist' ? sumberPrelist(u, disetujui) : [])));
  }
  const rumahtangga = await rumahtanggaDari(store, usulan.map(({ u }) => ('rumahtanggaId' in u ? u.rumahtanggaId : undefined)));
  const sumber = usulan.flatMap(({ u, disetujui }) =>
    u.jenis === 'perubahan-data' ? sumberPerubahan(u, rumahtangga.get(u.rumahtanggaId) ?? null, disetujui) : []
  );
  return barisKiriman('perubahan-data', sumber);
}

async function barisPmks(store: UserStore, p: Pengiriman, data: KonteksKiriman) {
  const pmks = dariJenis(await store.getMany(p.item.map((i) => i.id)), 'pmks') as Pmks[];
  const rumahtangga = await rumahtanggaDari(store, pmks.map((x) => x.rumahtanggaId));
  const sumber = pmks.map((x): SumberPmks => ({
    pmks: x,
    rumahtangga: (x.rumahtanggaId && rumahtangga.get(x.rumahtanggaId)) || null,
    pernahDikirim: pernahDikirim(data.riwayat, 'pmks', x._id, p.createdAt)
  }));
  return barisKiriman('pmks', sumber);
}

async function barisLapor(store: UserStore, p: Pengiriman) {
  const [docs, katalog] = await Promise.all([store.getMany(p.item.map((i) => i.id)), store.docsOfType('program')]);
  const rujukan = dariJenis(docs, 'rujukan') as Rujukan[];
  const namaWilayah = await muatNamaWilayah(rujukan.map((r) => r.wilayah.kabupaten ?? ''));
  const namaProgram = new Map(katalog.map((k) => [k.programId, k.nama]));
  const sumber = rujukan.map((r): SumberLapor => ({ rujukan: r, namaWilayah, namaProgram: namaProgram.get(r.programId) ?? r.programId }));
  return barisKiriman('keluhan', sumber);
}

/** The table of export `p`: its items as the national system receives them. */
export async function tabelKiriman(store: UserStore, p: Pengiriman, data: KonteksKiriman): Promise<TabelEkspor> {
  const baris =
    p.jenis === 'pmks' ? await barisPmks(store, p, data)
    : p.jenis === 'keluhan' ? await barisLapor(store, p)
    : await barisUsulan(store, p, data);
  return { judul: JUDUL_KIRIMAN[p.jenis], kolom: namaKolom(p.jenis), baris };
}
