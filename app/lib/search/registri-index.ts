import type { Anggota, Rumahtangga } from '../domain/household';
import { umur } from '../domain/kriteria';
import { bacaTeks, kataDari, nomorRtRw } from './kata';

/**
 * The registry search on the device: every household of the user's kecamatan in memory, found by
 * a member's NIK, the No. KK, words of members' names (prefixes, any order, across members),
 * desa and RT/RW. Built from the household documents in one pass and kept current one
 * document at a time. Chosen by benchmark (docs/operations.md "Registry search"): a
 * pouchdb-find index or a map/reduce view over 20,000 households takes tens of seconds to
 * build in the browser; this takes a few.
 */

export interface Pencarian {
  /** NIK, No. KK or words of a name. */
  teks: string;
  /** Dotted desa code. */
  desa?: string;
  rt?: string;
  rw?: string;
}

export type AlasanCocok = 'nik' | 'no-kk' | 'nama' | 'wilayah';

export interface AnggotaRingkas {
  nama: string;
  hubungan: Anggota['hubungan'];
  jenisKelamin: Anggota['jenisKelamin'];
  umur: number;
}

/** One result line: enough to recognise the family without opening it. */
export interface HasilCari {
  id: string;
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

export type HasilPencarian =
  | { jenis: 'kosong' }
  | { jenis: 'nomor-sebagian'; digit: number }
  | { jenis: 'hasil'; hasil: HasilCari[]; total: number };

interface Entri {
  id: string;
  generasi: number;
  rt: Pick<Rumahtangga, 'noKK' | 'statusRegistri' | 'anggota'>;
  desa: string;
  rtNo: string;
  rwNo: string;
  /** Words of each member's name, in member order. */
  kata: string[][];
  kepala: number;
}

/** The revision's generation (`3-abc…` → 3); documents without one count as 0. */
function generasiOf(rev: string | undefined): number {
  return rev ? Number.parseInt(rev, 10) || 0 : 0;
}

/** What a stored household must have to be indexed; a malformed one is left out, not fatal. */
function terbaca(doc: Partial<Rumahtangga>): doc is Rumahtangga {
  return (
    Array.isArray(doc.anggota) &&
    doc.anggota.length > 0 &&
    typeof doc.noKK === 'string' &&
    typeof doc.wilayah?.desa === 'string' &&
    typeof doc.alamat?.rt === 'string' &&
    typeof doc.alamat?.rw === 'string'
  );
}

function tambahKe<K>(peta: Map<K, Set<string>>, kunci: K, id: string): boolean {
  let set = peta.get(kunci);
  const baru = !set;
  if (!set) peta.set(kunci, (set = new Set()));
  set.add(id);
  return baru;
}

function hapusDari<K>(peta: Map<K, Set<string>>, kunci: K, id: string): boolean {
  const set = peta.get(kunci);
  if (!set) return false;
  set.delete(id);
  if (set.size > 0) return false;
  peta.delete(kunci);
  return true;
}

/** First index in the sorted `daftar` whose word is ≥ `kata`. */
function batasBawah(daftar: readonly string[], kata: string): number {
  let lo = 0;
  let hi = daftar.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (daftar[mid] < kata) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Ranks of a name match: the head matching every word, another member, or words spread. */
const PERINGKAT_KEPALA = 0;
const PERINGKAT_ANGGOTA = 1;
const PERINGKAT_TERSEBAR = 2;

export const BATAS_HASIL = 50;

export class RegistriIndex {
  readonly #entri = new Map<string, Entri>();
  readonly #nik = new Map<string, Set<string>>();
  readonly #noKK = new Map<string, Set<string>>();
  readonly #desa = new Map<string, Set<string>>();
  readonly #kata = new Map<string, Set<string>>();
  /** The words of `#kata`, sorted, for prefix lookups. */
  readonly #kataUrut: string[] = [];

  get size(): number {
    return this.#entri.size;
  }

  /** Dotted desa codes of the indexed households, sorted. */
  daftarDesa(): string[] {
    return [...this.#desa.keys()].sort();
  }

  /**
   * A household document as it is now, or its deletion (`_deleted`). An older revision than
   * the one indexed is ignored, so changes may be applied in any order after a full read.
   */
  terapkan(doc: { _id: string; _rev?: string; _deleted?: boolean; type?: string }): void {
    const lama = this.#entri.get(doc._id);
    const generasi = generasiOf(doc._rev);
    if (lama && generasi < lama.generasi) return;
    if (doc._deleted) {
      if (lama) this.#hapus(lama);
      return;
    }
    if (doc.type !== 'rumahtangga') return;
    if (lama) this.#hapus(lama);
    const rt = doc as Partial<Rumahtangga>;
    if (terbaca(rt)) this.#tambah(rt, generasi);
  }

  #tambah(rt: Rumahtangga, generasi: number): void {
    const kata = rt.anggota.map((a) => (typeof a.nama === 'string' ? kataDari(a.nama) : []));
    const e: Entri = {
      id: rt._id,
      generasi,
      rt: { noKK: rt.noKK, statusRegistri: rt.statusRegistri, anggota: rt.anggota },
      desa: rt.wilayah.desa as string,
      rtNo: rt.alamat.rt,
      rwNo: rt.alamat.rw,
      kata,
      kepala: Math.max(0, rt.anggota.findIndex((a) => a.hubungan === 'kepala'))
    };
    this.#entri.set(e.id, e);
    for (const a of rt.anggota) tambahKe(this.#nik, a.nik, e.id);
    tambahKe(this.#noKK, rt.noKK, e.id);
    tambahKe(this.#desa, e.desa, e.id);
    for (const k of new Set(kata.flat())) {
      if (tambahKe(this.#kata, k, e.id)) this.#kataUrut.splice(batasBawah(this.#kataUrut, k), 0, k);
    }
  }

  #hapus(e: Entri): void {
    this.#entri.delete(e.id);
    for (const a of e.rt.anggota) hapusDari(this.#nik, a.nik, e.id);
    hapusDari(this.#noKK, e.rt.noKK, e.id);
    hapusDari(this.#desa, e.desa, e.id);
    for (const k of new Set(e.kata.flat())) {
      if (hapusDari(this.#kata, k, e.id)) this.#kataUrut.splice(batasBawah(this.#kataUrut, k), 1);
    }
  }

  /** Households with a member's name word starting with `awalan`. */
  #denganAwalan(awalan: string): Set<string> {
    const ids = new Set<string>();
    for (let i = batasBawah(this.#kataUrut, awalan); i < this.#kataUrut.length; i++) {
      const k = this.#kataUrut[i];
      if (!k.startsWith(awalan)) break;
      for (const id of this.#kata.get(k) ?? []) ids.add(id);
    }
    return ids;
  }

  /** `pada`: the day ages are counted on (`YYYY-MM-DD`). */
  cari(p: Pencarian, pada: string, batas = BATAS_HASIL): HasilPencarian {
    const teks = bacaTeks(p.teks);
    if (teks.jenis === 'nomor-sebagian') return teks;
    const rtNo = nomorRtRw(p.rt);
    const rwNo = nomorRtRw(p.rw);
    const desa = p.desa || null;
    if (teks.jenis === 'kosong' && !desa && !rtNo && !rwNo) return { jenis: 'kosong' };
    const diWilayah = (e: Entri) =>
      (!desa || e.desa === desa) && (!rtNo || e.rtNo === rtNo) && (!rwNo || e.rwNo === rwNo);

    const cocok: { e: Entri; peringkat: number; anggota: number | null; alasan: AlasanCocok }[] = [];
    if (teks.jenis === 'nomor') {
      for (const id of this.#nik.get(teks.nomor) ?? []) {
        const e = this.#entri.get(id) as Entri;
        if (diWilayah(e)) cocok.push({ e, peringkat: 0, anggota: e.rt.anggota.findIndex((a) => a.nik === teks.nomor), alasan: 'nik' });
      }
      for (const id of this.#noKK.get(teks.nomor) ?? []) {
        const e = this.#entri.get(id) as Entri;
        if (diWilayah(e) && !cocok.some((c) => c.e === e)) cocok.push({ e, peringkat: 1, anggota: null, alasan: 'no-kk' });
      }
    } else if (teks.jenis === 'nama') {
      // The longest word is the most selective: its households are the candidates.
      const kata = [...teks.kata].sort((a, b) => b.length - a.length);
      for (const id of this.#denganAwalan(kata[0])) {
        const e = this.#entri.get(id) as Entri;
        if (!diWilayah(e)) continue;
        const nilai = nilaiNama(e, kata);
        if (nilai) cocok.push({ e, ...nilai, alasan: 'nama' });
      }
    } else {
      const calon = desa ? (this.#desa.get(desa) ?? []) : this.#entri.keys();
      for (const id of calon) {
        const e = this.#entri.get(id) as Entri;
        if (diWilayah(e)) cocok.push({ e, peringkat: 0, anggota: null, alasan: 'wilayah' });
      }
    }

    const urut = pilihTeratas(cocok, batas, (c) => c.peringkat, (c) =>
      c.alasan === 'wilayah' ? `${c.e.rwNo}/${c.e.rtNo} ${urutanNama(c.e, c.e.kepala)}` : urutanNama(c.e, c.anggota ?? c.e.kepala)
    );
    return { jenis: 'hasil', total: cocok.length, hasil: urut.map((c) => ringkas(c.e, c.alasan, c.anggota, pada)) };
  }
}

function urutanNama(e: Entri, anggota: number): string {
  return e.kata[anggota]?.join(' ') ?? '';
}

/** Whether every word is a prefix of a word in the member's name. */
function semuaKata(kataAnggota: readonly string[], kata: readonly string[]): boolean {
  return kata.every((k) => kataAnggota.some((w) => w.startsWith(k)));
}

/** How well a household matches name words, or null when some word matches no member at all. */
function nilaiNama(e: Entri, kata: readonly string[]): { peringkat: number; anggota: number | null } | null {
  if (semuaKata(e.kata[e.kepala] ?? [], kata)) return { peringkat: PERINGKAT_KEPALA, anggota: e.kepala };
  const satu = e.kata.findIndex((w) => semuaKata(w, kata));
  if (satu >= 0) return { peringkat: PERINGKAT_ANGGOTA, anggota: satu };
  const semua = e.kata.flat();
  return semuaKata(semua, kata) ? { peringkat: PERINGKAT_TERSEBAR, anggota: null } : null;
}

/**
 * The first `batas` of `items` by rank, then by name: ranks are few, so only the ranks that
 * reach into the first `batas` are sorted (a one-letter prefix may match most of a kecamatan).
 */
function pilihTeratas<T>(items: readonly T[], batas: number, peringkat: (t: T) => number, nama: (t: T) => string): T[] {
  const kelompok = new Map<number, T[]>();
  for (const item of items) {
    const p = peringkat(item);
    const k = kelompok.get(p);
    if (k) k.push(item);
    else kelompok.set(p, [item]);
  }
  const hasil: T[] = [];
  for (const p of [...kelompok.keys()].sort((a, b) => a - b)) {
    if (hasil.length >= batas) break;
    const isi = (kelompok.get(p) as T[]).map((item) => ({ item, nama: nama(item) }));
    isi.sort((a, b) => (a.nama < b.nama ? -1 : a.nama > b.nama ? 1 : 0));
    for (const { item } of isi.slice(0, batas - hasil.length)) hasil.push(item);
  }
  return hasil;
}

function ringkas(e: Entri, alasan: AlasanCocok, anggota: number | null, pada: string): HasilCari {
  const kepala = e.rt.anggota[e.kepala];
  const cocok = anggota !== null && anggota >= 0 ? e.rt.anggota[anggota] : null;
  return {
    id: e.id,
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
