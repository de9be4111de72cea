import type { RumahtanggaDibanding } from '../domain/duplikat';
import { bacaTeks, kataDari, nomorRtRw } from './kata';
import { entriDari, generasiOf, ringkas, type AlasanCocok, type DokTerima, type Entri, type HasilCari } from './entri';

export type { AlasanCocok, AnggotaRingkas, HasilCari, SumberRumahtangga } from './entri';

/**
 * The registry search on the device: every household of the user's kecamatan in memory, found by
 * a member's NIK, the No. KK, words of members' names (prefixes, any order, across members),
 * desa and RT/RW — and the households proposed on pre-lists, marked as such (entri.ts). Built
 * from the household and pre-list documents in one pass and kept current one document at a time. Chosen by benchmark (docs/operations.md "Registry search"): a
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

export type HasilPencarian =
  | { jenis: 'kosong' }
  | { jenis: 'nomor-sebagian'; digit: number }
  /** `sebagian`: a server search read only part of its candidates; more may match. */
  | { jenis: 'hasil'; hasil: HasilCari[]; total: number; sebagian?: true };

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

  #prelist = 0;

  /** Registry households indexed (pre-list proposals not counted). */
  get size(): number {
    return this.#entri.size - this.#prelist;
  }

  /** Pre-list proposals indexed. */
  get jumlahPrelist(): number {
    return this.#prelist;
  }

  /** Dotted desa codes of the indexed households, sorted. */
  daftarDesa(): string[] {
    return [...this.#desa.keys()].sort();
  }

  /**
   * A household or pre-list document as it is now, or its deletion (`_deleted`). An older
   * revision than the one indexed is ignored, so changes may be applied in any order after a
   * full read.
   */
  terapkan(doc: DokTerima): void {
    const lama = this.#entri.get(doc._id);
    if (lama && generasiOf(doc._rev) < lama.generasi) return;
    if (lama) this.#hapus(lama);
    const e = doc._deleted ? null : entriDari(doc);
    if (e) this.#tambah(e);
  }

  #tambah(e: Entri): void {
    this.#entri.set(e.id, e);
    if (e.sumber === 'prelist') this.#prelist++;
    for (const a of e.rt.anggota) tambahKe(this.#nik, a.nik, e);
    tambahKe(this.#noKK, e.rt.noKK, e);
    tambahKe(this.#desa, e.desa, e);
    for (const k of new Set(e.kata.flat())) {
      if (tambahKe(this.#kata, k, e)) this.#kataUrut.splice(batasBawah(this.#kataUrut, k), 0, k);
    }
  }

  #hapus(e: Entri): void {
    this.#entri.delete(e.id);
    if (e.sumber === 'prelist') this.#prelist--;
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

  /**
   * The households and pre-lists a new pre-list could duplicate (domain/duplikat.ts decides):
   * those sharing a member's NIK or the No. KK, or holding the longest word of a member's name
   * — every name match the check could make shares that word.
   */
  pembandingDuplikat(calon: { noKK: string; anggota: readonly { nik: string; nama: string }[] }): RumahtanggaDibanding[] {
    const found = new Set<Entri>();
    const tambah = (set: Set<Entri> | undefined) => set?.forEach((e) => found.add(e));
    for (const a of calon.anggota) {
      if (a.nik) tambah(this.#nik.get(a.nik));
      const kata = kataDari(a.nama);
      if (kata.length > 0) tambah(this.#kata.get(kata.reduce((x, y) => (y.length > x.length ? y : x))));
    }
    if (calon.noKK) tambah(this.#noKK.get(calon.noKK));
    return [...found].map((e) => ({ id: e.id, sumber: e.sumber, desa: e.desa, noKK: e.rt.noKK, anggota: e.rt.anggota }));
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
