/**
 * Candidate ranking for a regional programme (pemeringkatan): the district secretariat reads one
 * kecamatan's households from the kabupaten database in pages, ranks them by the programme's
 * criteria (domain/peringkat.ts) and hands the agency a table.
 */
import type { StoreUser, UserStore } from '$lib/db/user-store';
import kodeKecamatanList from '$lib/domain/data/kode-kecamatan.json';
import { kepalaRumahTangga, type Rumahtangga } from '$lib/domain/household';
import { hariIni } from '$lib/domain/nik';
import { peringkatkan, uraikanAlasan, type Peringkat } from '$lib/domain/peringkat';
import type { Program } from '$lib/domain/program';
import { areaOfRoles, type JobRole } from '$lib/domain/roles';
import { compactCode, dottedCode } from '$lib/domain/wilayah';
import type { TabelEkspor } from './ekspor';
import { programNasional } from './katalog.service';

/** The guideline's task for the district secretariat: its manager and back office. */
export function meringkatCalon(jobRole: JobRole | null): boolean {
  return jobRole === 'manajer' || jobRole === 'back-office';
}

/** The kecamatan of the user's kabupaten (official codes, dotted). */
export function kecamatanPilihan(user: StoreUser): string[] {
  const kabupaten = areaOfRoles(user.roles).kabupaten.map(compactCode);
  return (kodeKecamatanList as string[]).filter((k) => kabupaten.some((kab) => k.startsWith(kab))).map(dottedCode);
}

/** Regional and non-government programmes: national beneficiaries are chosen nationally. */
export async function programDaerah(store: UserStore): Promise<Program[]> {
  const docs = (await store.docsOfType('program')) as Program[];
  return docs.filter((p) => !programNasional(p.programId)).sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
}

/** Households read per request: a kecamatan of 30,000 comes in 60 steps the screen can count. */
export const HALAMAN = 500;

export interface DataWilayah {
  rumahtangga: Rumahtangga[];
  /** Ids of households that receive each programme (a participation record). */
  penerima: Map<string, Set<string>>;
}

/** One kecamatan's households and participation, read in pages; `onPage` counts households read. */
export async function muatKecamatan(store: UserStore, kecamatan: string, onPage: (dibaca: number) => void): Promise<DataWilayah> {
  const idPrefix = compactCode(kecamatan);
  const rumahtangga = (await store.docsOfType('rumahtangga', { idPrefix, pageSize: HALAMAN, onPage })) as Rumahtangga[];
  const penerima = new Map<string, Set<string>>();
  for (const k of await store.docsOfType('kepesertaan', { idPrefix, pageSize: HALAMAN * 4 })) {
    const set = penerima.get(k.programId) ?? new Set<string>();
    set.add(k.rumahtanggaId);
    penerima.set(k.programId, set);
  }
  return { rumahtangga, penerima };
}

export function desaDari(data: DataWilayah): string[] {
  return [...new Set(data.rumahtangga.map((r) => r.wilayah.desa as string))].sort();
}

/** The ranking of `program` over the households of `desa` (all of the kecamatan when empty). */
export function rangking(program: Program, data: DataWilayah, desa: string, pada = hariIni()): Peringkat<Rumahtangga>[] {
  const pilihan = desa ? data.rumahtangga.filter((r) => r.wilayah.desa === desa) : data.rumahtangga;
  return peringkatkan(program.kriteria, pilihan, data.penerima.get(program.programId) ?? new Set(), pada);
}

/**
 * The table the agency receives: eligible households only (the others are no candidates), and
 * of each only what the agency needs to find and verify the family — the head's name, the
 * family card number (the household's identifier in the registry and at Dukcapil), desa and
 * RT/RW — with its rank, score and reasons. No NIK, birth dates or other members: the agency
 * verifies them on its visit, and a list that leaves the office holds no more than it must.
 */
export function tabelCalon(program: Program, kecamatan: string, desa: string, hasil: readonly Peringkat<Rumahtangga>[]): TabelEkspor {
  return {
    judul: `Calon ${program.programId} ${desa || kecamatan}`,
    kolom: ['Peringkat', 'Skor', 'Alasan', 'Nama kepala rumah tangga', 'Nomor KK', 'Kode desa', 'RW', 'RT', 'Desil', 'Sudah menerima'],
    baris: hasil
      .filter((h) => h.layak)
      .map((h) => [
        h.nomor,
        h.skor,
        uraikanAlasan(h.alasan),
        kepalaRumahTangga(h.rumahtangga).nama,
        h.rumahtangga.noKK,
        h.rumahtangga.wilayah.desa ?? '',
        h.rumahtangga.alamat.rw,
        h.rumahtangga.alamat.rt,
        h.rumahtangga.desil,
        h.sudahMenerima ? 'ya' : 'tidak'
      ])
  };
}
