/**
 * The household page's data: the household and the documents around it, from the device for
 * field roles (works offline) or from the server for remote work. No view keyed by household
 * exists, and building one on a tablet takes as long as the registry views (docs/operations.md
 * "Registry search"), so the page reads by id prefix instead: the household's desa for its
 * records, its kecamatan for the reviews, referrals, responses, corrections and appeals of its
 * cases (on the server, the `kasus/peristiwa` view).
 */
import type { UserStore } from '$lib/db/user-store';
import type { Rumahtangga } from '$lib/domain/household';
import { hariIni } from '$lib/domain/nik';
import type { Pembaruan } from '$lib/domain/pembaruan';
import { profilRumahtangga, milikRumahtangga, type ProfilRumahtangga } from '$lib/domain/profil-rumahtangga';
import { PROGRAM_NASIONAL } from '$lib/domain/program';
import type { SlrtDoc } from '$lib/domain/schemas';
import { compactCode } from '$lib/domain/wilayah';

export interface HalamanRumahtangga {
  profil: ProfilRumahtangga;
  /** What registry imports changed in the household, newest first. */
  riwayatRegistri: Pembaruan[];
  /** Programme names of the district's catalogue, national names as a fallback. */
  namaProgram: (programId: string) => string;
}

const CATATAN = ['kepesertaan', 'kebutuhan', 'keluhan', 'usulan'] as const;
const PERISTIWA = ['review', 'rujukan', 'tindaklanjut', 'perbaikan', 'banding'] as const;

async function peristiwaKasus(store: UserStore, kecamatan: string, kasusIds: readonly string[]): Promise<SlrtDoc[]> {
  if (kasusIds.length === 0) return [];
  if (store.placement.mode === 'jarak-jauh') {
    const rows = await Promise.all(
      kasusIds.map((id) => store.queryView('kasus/peristiwa', { startkey: [id], endkey: [id, {}], include_docs: true }))
    );
    return rows.flat().flatMap((r) => (r.doc ? [r.doc] : []));
  }
  const ids = new Set(kasusIds);
  const perJenis = await Promise.all(PERISTIWA.map((type) => store.docsOfType(type, { idPrefix: compactCode(kecamatan) })));
  return perJenis.flat().filter((d) => ids.has(d.kasusId));
}

async function katalog(store: UserStore): Promise<Map<string, string>> {
  const program = await store.docsOfType('program');
  return new Map(program.map((p) => [p.programId, p.nama]));
}

/** The household `id` with everything its page shows, or null when it is not (or no longer) here. */
export async function bacaRumahtangga(store: UserStore, id: string): Promise<HalamanRumahtangga | null> {
  const doc = await store.get(id);
  if (!doc || doc.type !== 'rumahtangga') return null;
  const rt: Rumahtangga = doc;
  const desa = compactCode(rt.wilayah.desa as string);
  const [catatan, nama, pembaruan] = await Promise.all([
    Promise.all(CATATAN.map((type) => store.docsOfType(type, { idPrefix: `${desa}:` }))),
    katalog(store),
    store.docsOfType('pembaruan', { idPrefix: `${desa}:` })
  ]);
  const milik = catatan.flat().filter((d) => milikRumahtangga(d, id));
  const kasusIds = milik.filter((d) => d.type !== 'kepesertaan').map((d) => d._id);
  const peristiwa = await peristiwaKasus(store, rt.wilayah.kecamatan as string, kasusIds);
  return {
    profil: profilRumahtangga(rt, [...milik, ...peristiwa], hariIni()),
    riwayatRegistri: (pembaruan as Pembaruan[]).filter((p) => p.rumahtanggaId === id).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    namaProgram: (programId) => nama.get(programId) ?? PROGRAM_NASIONAL[programId as keyof typeof PROGRAM_NASIONAL] ?? programId
  };
}
