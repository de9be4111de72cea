/**
 * Text as people type it when they look for it: case, diacritics, apostrophes and spacing do not
 * matter ("Ma'ruf  Sitti" = "maruf sitti"). The same rule as the registri/nama view's.
 */
export function normalisasiTeks(teks: string): string {
  return kataDari(teks).join(' ');
}

/** The words of `teks`, normalised as above. */
export function kataDari(teks: string): string[] {
  return teks
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['`\u2018\u2019]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/**
 * Whether every word of `pencarian` begins a word of one of `isian`, in any order: "bpjs kes"
 * finds "Kartu BPJS Kesehatan". An empty search finds everything.
 */
export function cocokPencarian(pencarian: string, isian: readonly (string | undefined)[]): boolean {
  const dicari = kataDari(pencarian);
  const kata = isian.flatMap((teks) => (teks ? kataDari(teks) : []));
  return dicari.every((d) => kata.some((k) => k.startsWith(d)));
}
