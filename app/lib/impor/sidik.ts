/**
 * Compact bookkeeping for an import of hundreds of thousands of rows (issue 10, item 8: the
 * import must hold less than the file). A cell the CSV parser hands over is a slice of the
 * text chunk it was cut from; a JavaScript engine keeps the whole chunk alive while any such
 * slice is kept (V8's sliced strings), so a Map keyed by cells ends up holding the file. The
 * scan therefore keeps numbers — 53-bit fingerprints in typed arrays, 8 bytes a row — and
 * what must stay a string is copied out of its chunk first (`salin`).
 */

/** A 53-bit fingerprint of a text (two 32-bit FNV-style mixes), exact as a JavaScript number. */
export function sidikAngka(teks: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < teks.length; i++) {
    const c = teks.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A copy of `teks` that does not keep the parser's chunk it was sliced from alive. */
export const salin = (teks: string): string => (teks.length < 13 ? teks : (JSON.parse(JSON.stringify(teks)) as string));

/**
 * How many times each text was counted, looked up by fingerprint. Two texts with the same
 * fingerprint (about one pair in 10^8 among 100,000 distinct texts) share a count: callers
 * treat a count as an upper bound, never as proof that two texts are equal.
 */
export class Hitungan {
  private kunci: Float64Array;
  private jumlahnya: Uint32Array;

  constructor(kunci = new Float64Array(0), jumlah = new Uint32Array(0)) {
    this.kunci = kunci;
    this.jumlahnya = jumlah;
  }

  /** How many times `teks` (or a text of the same fingerprint) was counted; 0 if never. */
  jumlah(teks: string): number {
    const s = sidikAngka(teks);
    let lo = 0;
    let hi = this.kunci.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.kunci[mid];
      if (k === s) return this.jumlahnya[mid];
      if (k < s) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }
}

/** Counts texts as they come, 8 bytes each; `hitungan` sorts them into a `Hitungan`. */
export class Penghitung {
  private sidik = new Float64Array(4096);
  private n = 0;

  tambah(teks: string): void {
    if (this.n === this.sidik.length) {
      const lebih = new Float64Array(this.n * 2);
      lebih.set(this.sidik);
      this.sidik = lebih;
    }
    this.sidik[this.n++] = sidikAngka(teks);
  }

  /** The counts, keeping only texts counted at least `paling sedikit` times; the tally is emptied. */
  hitungan(palingSedikit = 1): Hitungan {
    const urut = this.sidik.subarray(0, this.n).sort();
    this.sidik = new Float64Array(0);
    this.n = 0;
    const kunci = new Float64Array(urut.length);
    const jumlah = new Uint32Array(urut.length);
    let k = 0;
    for (let i = 0; i < urut.length; ) {
      let j = i + 1;
      while (j < urut.length && urut[j] === urut[i]) j++;
      if (j - i >= palingSedikit) {
        kunci[k] = urut[i];
        jumlah[k++] = j - i;
      }
      i = j;
    }
    return new Hitungan(kunci.slice(0, k), jumlah.slice(0, k));
  }
}
