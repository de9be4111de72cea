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
  /** Each member's words joined: the order results are listed in. */
  kunci: string[];
  kepala: number;
  /** The last search that counted this household (a prefix may reach it through several words). */
  tanda: number;
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

type Daftar = Map<string, Set<Entri>>;

/** Adds `e` under `kunci`; true when the key is new. */
function tambahKe(peta: Daftar, kunci: string, e: Entri): boolean {
  let set = peta.get(kunci);
  const baru = !set;
  if (!set) peta.set(kunci, (set = new Set()));
  set.add(e);
  return baru;
}

/** Removes `e` from under `kunci`; true when the key is gone. */
function hapusDari(peta: Daftar, kunci: string, e: Entri): boolean {
  const set = peta.get(kunci);
  if (!set) return false;
  set.delete(e);
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
  readonly #nik: Daftar = new Map();
  readonly #noKK: Daftar = new Map();
  readonly #desa: Daftar = new Map();
  readonly #kata: Daftar = new Map();
  #pencarianKe = 0;
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
      kunci: kata.map((k) => k.join(' ')),
      kepala: Math.max(0, rt.anggota.findIndex((a) => a.hubungan === 'kepala')),
      tanda: 0
    };
    this.#entri.set(e.id, e);
    for (const a of rt.anggota) tambahKe(this.#nik, a.nik, e);
    tambahKe(this.#noKK, rt.noKK, e);
    tambahKe(this.#desa, e.desa, e);
    for (const k of new Set(kata.flat())) {
      if (tambahKe(this.#kata, k, e)) this.#kataUrut.splice(batasBawah(this.#kataUrut, k), 0, k);
    }
  }

  #hapus(e: Entri): void {
    this.#entri.delete(e.id);
    for (const a of e.rt.anggota) hapusDari(this.#nik, a.nik, e);
    hapusDari(this.#noKK, e.rt.noKK, e);
    hapusDari(this.#desa, e.desa, e);
    for (const k of new Set(e.kata.flat())) {
      if (hapusDari(this.#kata, k, e)) this.#kataUrut.splice(batasBawah(this.#kataUrut, k), 1);
    }
  }

  /** Calls `f` once for each household with a member's name word starting with `awalan`. */
  #denganAwalan(awalan: string, f: (e: Entri) => void): void {
    const tanda = ++this.#pencarianKe;
    const urut = this.#kataUrut;
    for (let i = batasBawah(urut, awalan); i < urut.length && urut[i].startsWith(awalan); i++) {
      for (const e of this.#kata.get(urut[i]) as Set<Entri>) {
        if (e.tanda === tanda) continue;
        e.tanda = tanda;
        f(e);
      }
    }
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

    const teratas = new Teratas(batas);
    if (teks.jenis === 'nomor') {
      for (const e of this.#nik.get(teks.nomor) ?? []) {
        if (diWilayah(e)) teratas.tawar(e, 0, e.rt.anggota.findIndex((a) => a.nik === teks.nomor), 'nik');
      }
      for (const e of this.#noKK.get(teks.nomor) ?? []) {
        if (diWilayah(e) && !teratas.punya(e)) teratas.tawar(e, 1, null, 'no-kk');
      }
    } else if (teks.jenis === 'nama') {
      // The longest word is the most selective: its households are the candidates.
      const kata = [...teks.kata].sort((a, b) => b.length - a.length);
      this.#denganAwalan(kata[0], (e) => {
        if (!diWilayah(e)) return;
        const nilai = nilaiNama(e, kata);
        if (nilai) teratas.tawar(e, nilai.peringkat, nilai.anggota, 'nama');
      });
    } else {
      for (const e of desa ? (this.#desa.get(desa) ?? []) : this.#entri.values()) {
        if (diWilayah(e)) teratas.tawar(e, 0, null, 'wilayah');
      }
    }
    return { jenis: 'hasil', total: teratas.total, hasil: teratas.isi.map((c) => ringkas(c.e, c.alasan, c.anggota, pada)) };
  }
}

function lebihAwal(peringkat: number, kunci: string, c: Calon): boolean {
  return peringkat < c.peringkat || (peringkat === c.peringkat && kunci < c.kunci);
}

interface Calon {
  e: Entri;
  peringkat: number;
  kunci: string;
  anggota: number | null;
  alasan: AlasanCocok;
}

/**
 * The first `batas` matches by rank, then by name (an address listing by RW, RT, then name),
 * kept while matches are counted: a one-letter prefix may match most of a kecamatan, and
 * sorting all of it to show 50 costs more than the search itself.
 */
class Teratas {
  readonly isi: Calon[] = [];
  total = 0;
  constructor(readonly batas: number) {}

  punya(e: Entri): boolean {
    return this.isi.some((c) => c.e === e);
  }

  tawar(e: Entri, peringkat: number, anggota: number | null, alasan: AlasanCocok): void {
    this.total++;
    const nama = e.kunci[anggota ?? e.kepala] ?? '';
    const kunci = alasan === 'wilayah' ? `${e.rwNo}/${e.rtNo} ${nama}` : nama;
    const isi = this.isi;
    if (isi.length === this.batas && !lebihAwal(peringkat, kunci, isi[isi.length - 1])) return;
    let lo = 0;
    let hi = isi.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (lebihAwal(peringkat, kunci, isi[mid])) hi = mid;
      else lo = mid + 1;
    }
    isi.splice(lo, 0, { e, peringkat, kunci, anggota, alasan });
    if (isi.length > this.batas) isi.pop();
  }
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
  if (kata.length === 1) return null;
  return kata.every((k) => e.kata.some((w) => w.some((x) => x.startsWith(k)))) ? { peringkat: PERINGKAT_TERSEBAR, anggota: null } : null;
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
