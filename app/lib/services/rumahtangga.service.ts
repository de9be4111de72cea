/**
 * The household page's data: the household (or the household a pre-list proposes) and the
 * documents around it. On the device (field roles, offline) the device's record index
 * (search/catatan-index.ts) names them, and only those are read. For remote work the server
 * reads the household's desa by id prefix and its cases' steps through the `kasus/peristiwa`
 * view. The page reads again only when a document of this household or of its cases changes.
 */
import type { StoredDoc, UserStore } from '$lib/db/user-store';
import type { Rumahtangga } from '$lib/domain/household';
import { hariIni } from '$lib/domain/nik';
import type { Pembaruan } from '$lib/domain/pembaruan';
import { profilPrelist, profilRumahtangga, milikRumahtangga, type ProfilRumahtangga } from '$lib/domain/profil-rumahtangga';
import { PROGRAM_NASIONAL } from '$lib/domain/program';
import type { SlrtDoc } from '$lib/domain/schemas';
import { compactCode } from '$lib/domain/wilayah';
import { JENIS_CATATAN, type CatatanIndex } from '$lib/search/catatan-index';

export interface HalamanRumahtangga {
  profil: ProfilRumahtangga;
  /** A household proposed on a pre-list: not in the registry yet, so no visit can be recorded for it. */
  prelist: boolean;
  /** What registry imports changed in the household, newest first. */
  riwayatRegistri: Pembaruan[];
  /** Programme names of the district's catalogue, national names as a fallback. */
  namaProgram: (programId: string) => string;
  /** Whether a changed document (or a deletion) touches what the page shows: then it reads again. */
  menyangkut: (doc: { _id: string; rumahtanggaId?: unknown; kasusId?: unknown }) => boolean;
}

/** Where the documents around a household come from. */
interface Sumber {
  /** Records naming household `rt` (participation, needs, complaints, proposals, registry updates). */
  catatan(rt: Rumahtangga): Promise<SlrtDoc[]>;
  /** Reviews, referrals, responses, corrections and appeals of the cases. */
  peristiwa(kasusIds: readonly string[]): Promise<SlrtDoc[]>;
}

function sumberPerangkat(store: UserStore, index: CatatanIndex): Sumber {
  return {
    catatan: async (rt) => store.getMany(await index.milikRumahtangga(rt._id, rt.wilayah.desa as string)),
    peristiwa: async (kasusIds) => (kasusIds.length === 0 ? [] : store.getMany(await index.peristiwaKasus(kasusIds)))
  };
}

function sumberServer(store: UserStore): Sumber {
  return {
    async catatan(rt) {
      const idPrefix = `${compactCode(rt.wilayah.desa as string)}:`;
      const perJenis = await Promise.all(JENIS_CATATAN.map((type) => store.docsOfType(type, { idPrefix })));
      return perJenis.flat().filter((d) => 'rumahtanggaId' in d && d.rumahtanggaId === rt._id);
    },
    async peristiwa(kasusIds) {
      const rows = await Promise.all(
        kasusIds.map((id) => store.queryView('kasus/peristiwa', { startkey: [id], endkey: [id, {}], include_docs: true }))
      );
      return rows.flat().flatMap((r): StoredDoc[] => (r.doc ? [r.doc] : []));
    }
  };
}

/** Programme names of the district's catalogue (`program` documents), national names as a fallback. */
export function namaProgramDari(program: readonly { programId: string; nama: string }[]): (programId: string) => string {
  const nama = new Map(program.map((p) => [p.programId, p.nama]));
  return (programId) => nama.get(programId) ?? PROGRAM_NASIONAL[programId as keyof typeof PROGRAM_NASIONAL] ?? programId;
}

function menyangkutDari(id: string, dibaca: readonly SlrtDoc[], kasusIds: readonly string[]): HalamanRumahtangga['menyangkut'] {
  const ids = new Set([id, ...dibaca.map((d) => d._id)]);
  const kasus = new Set(kasusIds);
  return (doc) => ids.has(doc._id) || doc.rumahtanggaId === id || (typeof doc.kasusId === 'string' && kasus.has(doc.kasusId));
}

/**
 * The household `id` (or pre-list proposal `usulan:…`) with everything its page shows, or null
 * when it is not (or no longer) here. `index`: the device's record index; null for remote work.
 */
export async function bacaRumahtangga(store: UserStore, id: string, index: CatatanIndex | null): Promise<HalamanRumahtangga | null> {
  const sumber = index ? sumberPerangkat(store, index) : sumberServer(store);
  const [doc, program] = await Promise.all([store.get(id), store.docsOfType('program')]);
  const namaProgram = namaProgramDari(program);
  if (doc?.type === 'usulan' && doc.jenis === 'prelist') {
    const peristiwa = await sumber.peristiwa([id]);
    const profil = profilPrelist(doc, peristiwa, hariIni());
    return { profil, prelist: true, riwayatRegistri: [], namaProgram, menyangkut: menyangkutDari(id, peristiwa, [id]) };
  }
  if (doc?.type !== 'rumahtangga') return null;
  const catatan = await sumber.catatan(doc);
  const milik = catatan.filter((d) => milikRumahtangga(d, id));
  const kasusIds = milik.filter((d) => d.type !== 'kepesertaan').map((d) => d._id);
  const peristiwa = await sumber.peristiwa(kasusIds);
  const pembaruan = catatan.filter((d): d is Pembaruan => d.type === 'pembaruan' && d.rumahtanggaId === id);
  return {
    profil: profilRumahtangga(doc, [...milik, ...peristiwa], hariIni()),
    prelist: false,
    riwayatRegistri: pembaruan.sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    namaProgram,
    menyangkut: menyangkutDari(id, [...catatan, ...peristiwa], kasusIds)
  };
}
