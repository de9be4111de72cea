/**
 * Writes app/lib/domain/data/kode-kecamatan.json: the compact 6-digit code of every kecamatan
 * in idn-area-data, sorted. The NIK and No. KK validators read it in the browser, which cannot
 * read the package's CSV. Run after upgrading idn-area-data:
 *
 *   npx tsx scripts/regions/build-region-codes.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const source = `${root}node_modules/idn-area-data/data/districts.csv`;
const target = `${root}app/lib/domain/data/kode-kecamatan.json`;

/** `74.01.01,74.01,Wundulako` → `740101`; the header and blank lines give nothing. */
function kecamatanCodesOf(csv: string): string[] {
  const codes = new Set<string>();
  for (const line of csv.split(/\r?\n/)) {
    const m = /^(\d{2})\.(\d{2})\.(\d{2}),/.exec(line);
    if (m) codes.add(m[1] + m[2] + m[3]);
  }
  return [...codes].sort();
}

const codes = kecamatanCodesOf(readFileSync(source, 'utf8'));
if (codes.length < 7000) throw new Error(`Only ${codes.length} kecamatan codes read from ${source}`);
writeFileSync(target, JSON.stringify(codes) + '\n');
console.log(`${codes.length} kecamatan codes → ${target}`);
