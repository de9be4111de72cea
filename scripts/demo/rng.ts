import { ulid } from 'ulid';

/**
 * Seeded pseudo-random numbers (sfc32, seeded through splitmix32). Every random choice of the
 * demo generator goes through one of these, so a seed reproduces the same district exactly.
 * Faker draws names from the same stream (names.ts).
 */
export class Rng {
  #a = 0;
  #b = 0;
  #c = 0;
  #d = 0;

  constructor(seed: number | number[]) {
    this.seed(seed);
  }

  seed(seed: number | number[]): void {
    const parts = Array.isArray(seed) ? seed : [seed];
    let h = 0x9e3779b9;
    for (const p of parts) h = splitmix32(h ^ Math.imul(p | 0, 0x85ebca6b) ^ ((p / 2 ** 32) | 0));
    this.#a = splitmix32(h);
    this.#b = splitmix32(this.#a);
    this.#c = splitmix32(this.#b);
    this.#d = 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform float in [0, 1). */
  next(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick dari daftar kosong');
    return items[Math.floor(this.next() * items.length)];
  }

  /** One value, with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    return entries[entries.length - 1][0];
  }

  /** `n` bytes from this stream (tracking codes reproducible by seed). */
  bytes(n: number): Uint8Array {
    return Uint8Array.from({ length: n }, () => this.int(0, 255));
  }

  /** A ULID for `time` whose random part comes from this stream (ids reproducible by seed). */
  ulid(time: number): string {
    return ulid(time, () => this.next());
  }
}

function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A stable number for a string, to derive independent streams (one per kecamatan). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
