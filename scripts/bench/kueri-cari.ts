/**
 * The searches a facilitator types, drawn from the households themselves, and the same
 * questions as pouchdb-find selectors — what the search would be without the app's index.
 * Shared by the Node run (cari-node.ts) and the page run in Chromium (halaman/alat.ts).
 */
import type { Rumahtangga } from '../../app/lib/domain/household';
import type { Pencarian } from '../../app/lib/search/registri-index';
import { kataDari } from '../../app/lib/search/kata';
import { Rng } from '../demo/rng';

export type JenisCari = 'nik' | 'kk' | 'nama1' | 'nama2';
export const JENIS_CARI: readonly JenisCari[] = ['nik', 'kk', 'nama1', 'nama2'];
export const LABEL_CARI: Record<JenisCari, string> = {
  nik: 'member NIK',
  kk: 'No. KK',
  nama1: 'name, one 3-letter prefix',
  nama2: 'name, two words'
};

/** `n` queries of each kind: a member's NIK, a No. KK, a 3-letter name prefix, a word and a prefix. */
export function kueriCari(docs: readonly Rumahtangga[], n: number, seed = 11): Record<JenisCari, Pencarian[]> {
  const rng = new Rng(seed);
  const pick = <T>(list: readonly T[]) => list[rng.int(0, list.length - 1)];
  const out: Record<JenisCari, Pencarian[]> = { nik: [], kk: [], nama1: [], nama2: [] };
  while (out.nama2.length < n) {
    const rt = pick(docs);
    const a = pick(rt.anggota);
    const kata = kataDari(a.nama);
    out.nik.push({ teks: a.nik });
    out.kk.push({ teks: rt.noKK });
    out.nama1.push({ teks: kata[0].slice(0, 3) });
    if (kata.length >= 2) out.nama2.push({ teks: `${kata[1]} ${kata[0].slice(0, 3)}` });
  }
  for (const k of ['nik', 'kk', 'nama1'] as const) out[k] = out[k].slice(0, n);
  return out;
}

/** A word start in any case: pouchdb-find's `$regex` takes no flags. */
const awalKata = (kata: string) => `(^|\\s)${[...kata].map((c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).join('')}`;

/** The same question as a pouchdb-find selector; with no index it reads every document. */
export function selectorCari(jenis: JenisCari, p: Pencarian): Record<string, unknown> {
  if (jenis === 'nik') return { type: 'rumahtangga', anggota: { $elemMatch: { nik: p.teks } } };
  if (jenis === 'kk') return { type: 'rumahtangga', noKK: p.teks };
  return { type: 'rumahtangga', $and: kataDari(p.teks).map((k) => ({ anggota: { $elemMatch: { nama: { $regex: awalKata(k) } } } })) };
}
