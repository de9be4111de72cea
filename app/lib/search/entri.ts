import type { Anggota, Rumahtangga } from '../domain/household';
import { umur } from '../domain/kriteria';
import { kataDari } from './kata';

/**
 * What the registry search holds of one household: a registry household (`rumahtangga:…`) or a
 * household proposed on a pre-list (`usulan:…` of jenis prelist), which has no document of its
 * own until it enters the registry but must be found all the same — by the next facilitator who
 * meets the family, and by the duplicate check of the next pre-list.
 */

export type SumberRumahtangga = 'registri' | 'prelist';

export interface AnggotaRingkas {
  nama: string;
  hubungan: Anggota['hubungan'];
  jenisKelamin: Anggota['jenisKelamin'];
  umur: number;
}

export type AlasanCocok = 'nik' | 'no-kk' | 'nama' | 'wilayah';

/** One result line: enough to recognise the family without opening it. */
export interface HasilCari {
  /** The household's id, or the pre-list proposal's. */
  id: string;
  sumber: SumberRumahtangga;
  kepala: string;
  noKK: string;
  desa: string;
  rt: string;
  rw: string;
  statusRegistri: Rumahtangga['statusRegistri'];
  anggota: AnggotaRingkas[];
  alasan: AlasanCocok;
  /** The member whose NIK or name matched; absent when the match is the KK or the address. */
  cocok?: { nama: string; hubungan: Anggota['hubungan'] };
}

export interface Entri {
  id: string;
  sumber: SumberRumahtangga;
  generasi: number;
  rt: Pick<Rumahtangga, 'noKK' | 'statusRegistri' | 'anggota'>;
  desa: string;
  rtNo: string;
  rwNo: string;
  /** Words of each member's name, in member order. */
  kata: string[][];
  /** Each member's words joined: the order results are listed in. */
  kunci: string[];
  kepala: number;
  /** The last search that counted this household (a prefix may reach it through several words). */
  tanda: number;
}

/** A stored document as the index receives it (a change may be a deletion). */
export interface DokTerima {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  type?: string;
}

type Isi = Pick<Rumahtangga, 'noKK' | 'anggota' | 'alamat'>;

/** What a stored household or proposal must have to be indexed; a malformed one is left out, not fatal. */
function terbaca(isi: Partial<Isi> | undefined, desa: unknown): isi is Isi {
  return (
    Array.isArray(isi?.anggota) &&
    isi.anggota.length > 0 &&
    typeof isi.noKK === 'string' &&
    typeof desa === 'string' &&
    typeof isi.alamat?.rt === 'string' &&
    typeof isi.alamat?.rw === 'string'
  );
}

/** The revision's generation (`3-abc…` → 3); documents without one count as 0. */
export function generasiOf(rev: string | undefined): number {
  return rev ? Number.parseInt(rev, 10) || 0 : 0;
}

/** The household `doc` describes, ready to index; null for any other document. */
export function entriDari(doc: DokTerima): Entri | null {
  let sumber: SumberRumahtangga;
  let isi: Partial<Isi> | undefined;
  let statusRegistri: Rumahtangga['statusRegistri'];
  const d = doc as DokTerima & { wilayah?: { desa?: unknown } };
  if (doc.type === 'rumahtangga') {
    const rt = doc as Partial<Rumahtangga>;
    [sumber, isi, statusRegistri] = ['registri', rt, rt.statusRegistri ?? 'dtks'];
  } else if (doc.type === 'usulan' && (doc as { jenis?: string }).jenis === 'prelist') {
    [sumber, isi, statusRegistri] = ['prelist', (doc as { rumahtangga?: Partial<Isi> }).rumahtangga, 'prelist'];
  } else {
    return null;
  }
  if (!terbaca(isi, d.wilayah?.desa)) return null;
  const kata = isi.anggota.map((a) => (typeof a.nama === 'string' ? kataDari(a.nama) : []));
  return {
    id: doc._id,
    sumber,
    generasi: generasiOf(doc._rev),
    rt: { noKK: isi.noKK, statusRegistri, anggota: isi.anggota },
    desa: d.wilayah?.desa as string,
    rtNo: isi.alamat.rt,
    rwNo: isi.alamat.rw,
    kata,
    kunci: kata.map((k) => k.join(' ')),
    kepala: Math.max(0, isi.anggota.findIndex((a) => a.hubungan === 'kepala')),
    tanda: 0
  };
}

/** `pada`: the day ages are counted on (`YYYY-MM-DD`). */
export function ringkas(e: Entri, alasan: AlasanCocok, anggota: number | null, pada: string): HasilCari {
  const kepala = e.rt.anggota[e.kepala];
  const cocok = anggota !== null && anggota >= 0 ? e.rt.anggota[anggota] : null;
  return {
    id: e.id,
    sumber: e.sumber,
    kepala: kepala.nama,
    noKK: e.rt.noKK,
    desa: e.desa,
    rt: e.rtNo,
    rw: e.rwNo,
    statusRegistri: e.rt.statusRegistri,
    anggota: e.rt.anggota.map((a) => ({
      nama: a.nama,
      hubungan: a.hubungan,
      jenisKelamin: a.jenisKelamin,
      umur: umur(a.tanggalLahir, pada)
    })),
    alasan,
    ...(cocok ? { cocok: { nama: cocok.nama, hubungan: cocok.hubungan } } : {})
  };
}
