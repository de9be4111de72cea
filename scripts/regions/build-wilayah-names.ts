/**
 * Writes the names of Indonesia's areas for the app (ignored by git, written on `npm ci` by
 * postinstall from the installed idn-area-data, so names follow its version):
 *
 * - `static/wilayah/indonesia.json` — every province and kabupaten/kota: `{ kode: nama }`;
 * - `static/wilayah/<kabupaten, compact>.json` — its kecamatan and desa: `{ kode: nama }`.
 *
 * One file per kabupaten keeps what a tablet fetches small (a district's ≈200 names, not all
 * 83,000 desa); the service worker keeps each file once fetched, so names show offline.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const root = fileURLToPath(new URL('../../', import.meta.url));
const source = (name: string) => readFileSync(`${root}node_modules/idn-area-data/data/${name}.csv`, 'utf8');
const target = `${root}static/wilayah/`;

/** Rows of an idn-area-data CSV: `code`, then the parent code, then `name` (quoted where needed). */
function rowsOf(csv: string): { code: string; name: string }[] {
  const parsed = Papa.parse<{ code: string; name: string }>(csv, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`CSV idn-area-data rusak: ${parsed.errors[0].message}`);
  return parsed.data;
}

const indonesia: Record<string, string> = {};
for (const { code, name } of [...rowsOf(source('provinces')), ...rowsOf(source('regencies'))]) indonesia[code] = name;

const perKabupaten = new Map<string, Record<string, string>>();
for (const { code, name } of [...rowsOf(source('districts')), ...rowsOf(source('villages'))]) {
  const kabupaten = code.slice(0, 5).replace('.', '');
  const names = perKabupaten.get(kabupaten) ?? {};
  names[code] = name;
  perKabupaten.set(kabupaten, names);
}
if (perKabupaten.size < 500) throw new Error(`Hanya ${perKabupaten.size} kabupaten terbaca dari idn-area-data`);

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
writeFileSync(`${target}indonesia.json`, JSON.stringify(indonesia));
for (const [kabupaten, names] of perKabupaten) writeFileSync(`${target}${kabupaten}.json`, JSON.stringify(names));
console.log(`Nama wilayah: ${Object.keys(indonesia).length} provinsi dan kabupaten, ${perKabupaten.size} berkas kabupaten → ${target}`);
