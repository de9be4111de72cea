import type { Anggota } from './household';
import { normalisasiTeks } from './teks';

/**
 * Duplicate check of a pre-list (Pedoman Umum SLRT: a household not in the registry is
 * proposed only once). A pre-list matches an existing household — in the registry or another
 * pre-list — when they share a member's NIK, the No. KK, or a member with the same name and
 * birth date in the same desa. Names compare as people write them (teks.ts): case, diacritics,
 * apostrophes and spacing do not matter.
 */

export type AlasanDuplikat = 'nik' | 'no-kk' | 'nama-tanggal-desa';
export type SumberDuplikat = 'registri' | 'prelist';

type AnggotaRingkas = Pick<Anggota, 'nik' | 'nama' | 'tanggalLahir' | 'hubungan'>;

/** What the check needs of a household, whether a registry document or a pre-list proposal. */
export interface RumahtanggaDibanding {
  /** `rumahtangga:…` for the registry, `usulan:…` for a pre-list. */
  id: string;
  sumber: SumberDuplikat;
  desa: string;
  noKK: string;
  anggota: readonly AnggotaRingkas[];
}

export interface Duplikat {
  id: string;
  sumber: SumberDuplikat;
  desa: string;
  noKK: string;
  /** Name of the household's head, to recognise the family. */
  kepala: string | null;
  alasan: AlasanDuplikat[];
  /** The existing household's members that matched, with what identifies them. */
  anggotaCocok: AnggotaRingkas[];
}

function namaLahir(a: Pick<Anggota, 'nama' | 'tanggalLahir'>): string {
  return `${normalisasiTeks(a.nama)}|${a.tanggalLahir}`;
}

/**
 * The households of `calon` among `pembanding`, each once with every reason it matched; the
 * pre-list itself (same id) is not its own duplicate. Registry matches come first.
 */
export function cariDuplikat(calon: RumahtanggaDibanding, pembanding: readonly RumahtanggaDibanding[]): Duplikat[] {
  const nik = new Set(calon.anggota.map((a) => a.nik).filter((n) => n !== ''));
  const namaLahirCalon = new Set(calon.anggota.filter((a) => a.nama.trim() && a.tanggalLahir).map(namaLahir));
  const hasil = new Map<string, Duplikat>();
  for (const rt of pembanding) {
    if (rt.id === calon.id || hasil.has(rt.id)) continue;
    const alasan: AlasanDuplikat[] = [];
    const cocok = new Set<AnggotaRingkas>();
    const samaNik = rt.anggota.filter((a) => nik.has(a.nik));
    if (samaNik.length > 0) alasan.push('nik');
    if (calon.noKK !== '' && rt.noKK === calon.noKK) alasan.push('no-kk');
    const samaNama = rt.desa === calon.desa ? rt.anggota.filter((a) => namaLahirCalon.has(namaLahir(a))) : [];
    if (samaNama.length > 0) alasan.push('nama-tanggal-desa');
    if (alasan.length === 0) continue;
    for (const a of [...samaNik, ...samaNama]) cocok.add(a);
    hasil.set(rt.id, {
      id: rt.id,
      sumber: rt.sumber,
      desa: rt.desa,
      noKK: rt.noKK,
      kepala: rt.anggota.find((a) => a.hubungan === 'kepala')?.nama ?? null,
      alasan,
      anggotaCocok: [...cocok]
    });
  }
  return [...hasil.values()].sort((a, b) => (a.sumber === b.sumber ? 0 : a.sumber === 'registri' ? -1 : 1));
}
