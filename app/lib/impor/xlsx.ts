/**
 * Reads the rows of an XLSX's first worksheet as text, streaming, so a 300,000-row registry
 * extract imports with bounded memory in the browser and in Node.
 *
 * Three passes over the file (each pass reads only the compressed bytes, inflating just the
 * part it needs, and stops as soon as it has it):
 * 1. structure: `_rels/.rels` → the workbook → its first sheet and its shared strings part;
 * 2. shared strings (Excel writes them after the sheets; they are kept in memory);
 * 3. the sheet, whose rows are handed on a slice at a time and never held whole.
 */
import type { SaxesParser } from 'saxes';
import { BerkasXlsxRusakError, lintasi, lokal, namaBagian, parserXml, rusak, type HasilLintasan } from './xlsx-arsip';
import { parserLembar, parserTeksBersama, type BarisXlsx } from './xlsx-lembar';
import type { SumberBerkas } from './sumber';

export { BerkasXlsxRusakError, type BarisXlsx };

const PESAN_KOSONG = 'Berkas kosong. Pilih berkas XLSX yang berisi data registri, lalu impor lagi.';
const PESAN_BUKAN_XLSX =
  'Berkas bukan XLSX yang sah (misalnya berkas CSV atau dokumen lain yang diberi akhiran .xlsx). ' +
  'Buka berkas di Excel atau LibreOffice, simpan sebagai "Buku Kerja Excel (.xlsx)", lalu impor lagi.';
const PESAN_XLS =
  'Berkas ini buku kerja Excel lama (.xls) atau dikunci dengan kata sandi. ' +
  'Buka di Excel, simpan sebagai .xlsx tanpa kata sandi, lalu impor lagi.';
const PESAN_TANPA_LEMBAR = 'Buku kerja ini tidak berisi lembar kerja. Pastikan data ada di lembar pertama, lalu impor lagi.';

/**
 * Rows of the first worksheet (the first in the workbook's order), in order. Cells are text as
 * stored: shared and inline strings resolved, booleans 'TRUE'/'FALSE', numbers and date serials
 * untouched ('32874'). A cell sits at its column's index (A and C filled give ['a', '', 'c']);
 * a row ends at its last non-empty cell. Empty rows before the last row with data come as []
 * with their number; empty rows after it are not yielded.
 * @throws BerkasXlsxRusakError when the file is not a readable XLSX (the message says what to do).
 */
export async function* barisXlsx(sumber: SumberBerkas): AsyncGenerator<BarisXlsx> {
  const { lembar, teksBersama } = await bacaStruktur(sumber);
  const daftarTeks = teksBersama ? await bacaTeksBersama(sumber, teksBersama) : [];
  const antrean: BarisXlsx[] = [];
  let selesai = false;
  let berikut = 1;
  const pilih = (nama: string) => (nama === lembar && !selesai ? parserLembar(daftarTeks, antrean, () => (selesai = true)) : undefined);
  for await (const _ of lintasi(sumber, pilih, () => selesai)) {
    for (const baris of antrean) {
      while (berikut < baris.nomor) yield { nomor: berikut++, sel: [] };
      yield baris;
      berikut = baris.nomor + 1;
    }
    antrean.length = 0;
  }
  if (!selesai) throw rusak(new Error(`sheet ${lembar} missing or cut short`));
}

interface Relasi {
  /** The last segment of the relationship type: 'officeDocument', 'worksheet', 'sharedStrings'… */
  jenis: string;
  target: string;
}

const RELASI_AKAR = '_rels/.rels';

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels` */
function relasiDari(bagian: string): string {
  return bagian.replace(/[^/]*$/, (nama) => `_rels/${nama}.rels`);
}

/** A relationship's target is relative to the folder of the part that names it. */
function resolusi(folder: string, target: string): string {
  const jalur = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const segmen of target.split('/')) {
    if (segmen === '..') jalur.pop();
    else if (segmen !== '.' && segmen !== '') jalur.push(segmen);
  }
  return namaBagian(jalur.join('/'));
}

async function bacaStruktur(sumber: SumberBerkas): Promise<{ lembar: string; teksBersama?: string }> {
  const relasi = new Map<string, Map<string, Relasi>>();
  const lembarBukuKerja = new Map<string, string[]>();
  const selesai = new Set<string>();
  const bukuKerja = (): string | undefined => {
    const akar = [...(relasi.get(RELASI_AKAR)?.values() ?? [])].find((r) => r.jenis === 'officeDocument');
    return akar && resolusi('', akar.target);
  };
  // Until `_rels/.rels` is read (writers put it first) the workbook is known by its usual name.
  const mungkinBukuKerja = (nama: string) => {
    const pasti = bukuKerja();
    return pasti ? nama === pasti : /(^|\/)workbook\.xml$/.test(nama);
  };
  const pilih = (nama: string): SaxesParser | undefined => {
    const akhiri = () => selesai.add(nama);
    const sumberRelasi = /^(.*?)_rels\/([^/]+)\.rels$/.exec(nama);
    if (nama === RELASI_AKAR || (sumberRelasi && mungkinBukuKerja(sumberRelasi[1] + sumberRelasi[2]))) {
      return parserRelasi(relasi, nama, akhiri);
    }
    if (mungkinBukuKerja(nama)) return parserBukuKerja(lembarBukuKerja, nama, akhiri);
  };
  const cukup = () => {
    const jalur = bukuKerja();
    return !!jalur && selesai.has(jalur) && selesai.has(relasiDari(jalur));
  };
  const hasil = await habiskan(lintasi(sumber, pilih, cukup));

  const jalur = bukuKerja();
  if (!jalur || !selesai.has(jalur)) throw bukanXlsx(hasil);
  if (!selesai.has(relasiDari(jalur))) throw rusak(new Error('workbook relationships missing'));
  const relasiBukuKerja = relasi.get(relasiDari(jalur)) ?? new Map<string, Relasi>();
  const folder = jalur.replace(/[^/]*$/, '');
  const lembar = (lembarBukuKerja.get(jalur) ?? []).map((id) => relasiBukuKerja.get(id)).find((r) => r?.jenis === 'worksheet');
  if (!lembar) throw new BerkasXlsxRusakError(PESAN_TANPA_LEMBAR);
  const teks = [...relasiBukuKerja.values()].find((r) => r.jenis === 'sharedStrings');
  return { lembar: resolusi(folder, lembar.target), teksBersama: teks && resolusi(folder, teks.target) };
}

function bukanXlsx({ adaBagian, kepala }: HasilLintasan): BerkasXlsxRusakError {
  if (kepala.length === 0) return new BerkasXlsxRusakError(PESAN_KOSONG);
  // D0 CF 11 E0: an OLE compound file, which is how Excel stores .xls and password-protected .xlsx.
  const ole = [0xd0, 0xcf, 0x11, 0xe0].every((b, i) => kepala[i] === b);
  const pesan = !adaBagian && ole ? PESAN_XLS : PESAN_BUKAN_XLSX;
  return new BerkasXlsxRusakError(pesan);
}

async function habiskan<T>(jalan: AsyncGenerator<void, T>): Promise<T> {
  for (;;) {
    const langkah = await jalan.next();
    if (langkah.done) return langkah.value;
  }
}

function parserRelasi(relasi: Map<string, Map<string, Relasi>>, nama: string, akhiri: () => void): SaxesParser {
  const daftar = new Map<string, Relasi>();
  relasi.set(nama, daftar);
  const parser = parserXml();
  parser.on('opentag', ({ name, attributes: a }) => {
    if (lokal(name) !== 'Relationship' || a.TargetMode === 'External' || !a.Id || !a.Target) return;
    daftar.set(a.Id, { jenis: (a.Type ?? '').replace(/^.*\//, ''), target: a.Target });
  });
  parser.on('end', akhiri);
  return parser;
}

/** The relationship ids of the workbook's sheets, in the order the workbook lists them. */
function parserBukuKerja(lembar: Map<string, string[]>, nama: string, akhiri: () => void): SaxesParser {
  const daftar: string[] = [];
  lembar.set(nama, daftar);
  const parser = parserXml();
  parser.on('opentag', ({ name, attributes }) => {
    if (lokal(name) !== 'sheet') return;
    const id = Object.entries(attributes).find(([atribut]) => atribut.endsWith(':id'))?.[1];
    if (id) daftar.push(id);
  });
  parser.on('end', akhiri);
  return parser;
}

async function bacaTeksBersama(sumber: SumberBerkas, jalur: string): Promise<string[]> {
  const daftar: string[] = [];
  let selesai = false;
  const pilih = (nama: string) => (nama === jalur && !selesai ? parserTeksBersama(daftar, () => (selesai = true)) : undefined);
  await habiskan(lintasi(sumber, pilih, () => selesai));
  // A part that is named but absent leaves the list empty: a cell that points into it fails then.
  return daftar;
}
