/**
 * SpreadsheetML content: the shared strings table and a worksheet's rows, read by SAX parsers
 * fed one slice of the part at a time.
 */
import type { SaxesParser } from 'saxes';
import { lokal, parserXml, rusak } from './xlsx-arsip';

export interface BarisXlsx {
  /** The row number Excel shows. */
  nomor: number;
  sel: string[];
}

/** Excel's limits: anything past them is not a sheet Excel wrote or can open. */
const BARIS_MAKS = 1_048_576;
const KOLOM_MAKS = 16_384;

/**
 * Collects the text of `<t>` elements (plain or in rich-text runs) under `dalam` — `si` for a
 * shared string, `is` for an inline one — leaving out phonetic guides (`rPh`).
 */
function pengumpulTeks(dalam: string) {
  let aktif = false;
  let ambil = false;
  let fonetik = 0;
  let teks = '';
  return {
    buka(nama: string) {
      if (nama === dalam) {
        aktif = true;
        teks = '';
      } else if (nama === 'rPh') fonetik++;
      else if (nama === 't') ambil = aktif && fonetik === 0;
    },
    /** Returns the text when `dalam` closes. */
    tutup(nama: string): string | undefined {
      if (nama === 't') ambil = false;
      else if (nama === 'rPh') fonetik--;
      else if (nama === dalam) {
        aktif = false;
        return teks;
      }
    },
    teks(potongan: string) {
      if (ambil) teks += potongan;
    }
  };
}

export function parserTeksBersama(daftar: string[], akhiri: () => void): SaxesParser {
  const parser = parserXml();
  const si = pengumpulTeks('si');
  parser.on('opentag', ({ name }) => si.buka(lokal(name)));
  parser.on('closetag', ({ name }) => {
    const teks = si.tutup(lokal(name));
    if (teks !== undefined) daftar.push(urai(teks));
  });
  parser.on('text', si.teks);
  parser.on('cdata', si.teks);
  parser.on('end', akhiri);
  return parser;
}

export function parserLembar(teksBersama: string[], antrean: BarisXlsx[], akhiri: () => void): SaxesParser {
  const parser = parserXml();
  const inline = pengumpulTeks('is');
  let nomor = 0;
  let sel: string[] = [];
  let kolom = -1;
  let jenis = 'n';
  let nilai = '';
  let dalamV = false;
  parser.on('opentag', ({ name, attributes }) => {
    const nama = lokal(name);
    if (nama === 'row') {
      nomor = nomorBaris(attributes.r, nomor);
      sel = [];
      kolom = -1;
    } else if (nama === 'c') {
      kolom = nomorKolom(attributes.r, kolom);
      jenis = attributes.t ?? 'n';
      nilai = '';
    } else if (nama === 'v') dalamV = true;
    else inline.buka(nama);
  });
  parser.on('closetag', ({ name }) => {
    const nama = lokal(name);
    if (nama === 'v') dalamV = false;
    else if (nama === 'row') {
      if (sel.length > 0) antrean.push({ nomor, sel });
    } else if (nama === 'c') {
      const teks = nilaiSel(jenis, nilai, teksBersama);
      if (teks === '') return;
      while (sel.length < kolom) sel.push('');
      sel[kolom] = teks;
    } else nilai = inline.tutup(nama) ?? nilai;
  });
  const teks = (potongan: string) => {
    if (dalamV) nilai += potongan;
    inline.teks(potongan);
  };
  parser.on('text', teks);
  parser.on('cdata', teks);
  parser.on('end', akhiri);
  return parser;
}

function nilaiSel(jenis: string, nilai: string, teksBersama: string[]): string {
  if (nilai === '') return '';
  switch (jenis) {
    case 's': {
      const i = Number(nilai);
      if (!Number.isInteger(i) || i < 0 || i >= teksBersama.length) throw rusak(new Error(`shared string ${nilai} missing`));
      return teksBersama[i];
    }
    case 'b':
      return nilai === '1' ? 'TRUE' : nilai === '0' ? 'FALSE' : nilai;
    case 'str':
    case 'inlineStr':
      return urai(nilai);
    default:
      // Numbers, date serials, ISO dates (t="d") and error values (#N/A) stay as written.
      return nilai;
  }
}

/** A row without `r` follows the one before; rows go strictly down the sheet. */
function nomorBaris(r: string | undefined, sebelumnya: number): number {
  if (r === undefined) return sebelumnya + 1;
  const nomor = /^\d+$/.test(r) ? Number(r) : NaN;
  if (!(nomor > sebelumnya && nomor <= BARIS_MAKS)) throw rusak(new Error(`row number ${r} after ${sebelumnya}`));
  return nomor;
}

/** The column index (0 = A) from a cell reference like `AB12`; a cell without one follows the one before. */
function nomorKolom(r: string | undefined, sebelumnya: number): number {
  const huruf = r?.match(/^[A-Za-z]+/)?.[0];
  if (!huruf) return sebelumnya + 1;
  let nomor = 0;
  for (const h of huruf.toUpperCase()) nomor = nomor * 26 + (h.charCodeAt(0) - 64);
  if (nomor > KOLOM_MAKS) throw rusak(new Error(`column ${huruf}`));
  return nomor - 1;
}

/** Text in OOXML escapes characters XML cannot carry as `_xHHHH_` (Excel writes a carriage return as `_x000D_`). */
function urai(teks: string): string {
  return teks.includes('_x') ? teks.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : teks;
}
