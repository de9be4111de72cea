/**
 * How names and typed text become searchable words. The same rule as the server's
 * `registri/nama` view (design-docs/kecamatan/registri/views/nama/map.ts), so a search on the
 * device and one on the server find the same people: lower case, diacritics removed (é → e),
 * apostrophes dropped (Ma'ruf → maruf), split on anything that is not a–z or 0–9.
 */
export function kataDari(teks: string): string[] {
  const polos = teks
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['`\u2018\u2019]/g, '');
  return [...new Set(polos.split(/[^a-z0-9]+/).filter((k) => k !== ''))];
}

/** `1`, `01` or `001` → `001`; empty → null; anything else stays as typed (and matches nothing). */
export function nomorRtRw(teks: string | undefined): string | null {
  const t = (teks ?? '').trim();
  if (t === '') return null;
  return /^\d{1,3}$/.test(t) ? t.padStart(3, '0') : t;
}

export type JenisTeks =
  | { jenis: 'kosong' }
  | { jenis: 'nomor'; nomor: string }
  | { jenis: 'nomor-sebagian'; digit: number }
  | { jenis: 'nama'; kata: string[] };

/**
 * What the search box holds: a 16-digit NIK or No. KK (spaces, dots and dashes allowed, as
 * people copy them from a card), a number still being typed, or words of a name.
 */
export function bacaTeks(teks: string): JenisTeks {
  const rapat = teks.replace(/[\s.-]/g, '');
  if (rapat === '') return { jenis: 'kosong' };
  if (/^\d+$/.test(rapat)) return rapat.length === 16 ? { jenis: 'nomor', nomor: rapat } : { jenis: 'nomor-sebagian', digit: rapat.length };
  const kata = kataDari(teks);
  return kata.length === 0 ? { jenis: 'kosong' } : { jenis: 'nama', kata };
}
