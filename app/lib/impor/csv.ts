/**
 * CSV rows, streamed: bytes are decoded chunk by chunk (UTF-8, or Windows-1252 when the file is
 * not valid UTF-8 — what Excel on Windows writes for "CSV"), and papaparse's core parser reads
 * each chunk, leaving the unfinished last row for the next one, so memory stays bounded
 * whatever the file's size. The delimiter (`,` `;` tab `|`) is the one the headings use.
 */
import Papa from 'papaparse';
import type { BarisBerkas, SumberBerkas } from './sumber';

export type Encoding = 'utf-8' | 'windows-1252';

/** Whether every byte of the file decodes as UTF-8; else it is read as Windows-1252. */
export async function deteksiEncoding(sumber: SumberBerkas): Promise<Encoding> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const potong of sumber()) decoder.decode(potong, { stream: true });
    decoder.decode();
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

async function* teks(sumber: SumberBerkas, encoding: Encoding): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { ignoreBOM: false });
  for await (const potong of sumber()) {
    const s = decoder.decode(potong, { stream: true });
    if (s) yield s;
  }
  const sisa = decoder.decode();
  if (sisa) yield sisa;
}

interface Format {
  delimiter: string;
  newline: Papa.ParseConfig['newline'];
}

const PEMISAH = [',', ';', '\t', '|'];

/**
 * The delimiter and line break, from the heading row: the candidate it holds most of. Data
 * rows are no guide — a cell may hold any of them — while headings never do.
 */
function tebakFormat(awal: string): Format {
  const judul = awal.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  const hitung = (p: string) => judul.split(p).length;
  const delimiter = PEMISAH.reduce((terbaik, p) => (hitung(p) > hitung(terbaik) ? p : terbaik), PEMISAH[0]);
  const putus = /\r\n|\n|\r/.exec(awal)?.[0] ?? '\n';
  return { delimiter, newline: putus as Format['newline'] };
}

const CUKUP_UNTUK_MENEBAK = 64 * 1024;

/** The file's records in order, empty lines included (as `[]`), numbered as a spreadsheet would. */
export async function* barisCsv(sumber: SumberBerkas, encoding: Encoding): AsyncGenerator<BarisBerkas> {
  let sisa = '';
  let parser: InstanceType<typeof Papa.Parser> | null = null;
  let nomor = 0;
  const keluarkan = (data: string[][]) =>
    data.map((sel) => ({ nomor: ++nomor, sel: sel.length === 1 && sel[0] === '' ? [] : sel }));

  for await (const potong of teks(sumber, encoding)) {
    sisa += potong;
    if (!parser) {
      if (sisa.length < CUKUP_UNTUK_MENEBAK) continue;
      parser = new Papa.Parser({ ...tebakFormat(sisa), quoteChar: '"' });
    }
    const hasil = parser.parse(sisa, 0, true);
    sisa = sisa.slice(hasil.meta.cursor);
    yield* keluarkan(hasil.data as string[][]);
  }
  if (!parser) parser = new Papa.Parser({ ...tebakFormat(sisa), quoteChar: '"' });
  // The last row has no line break after it, or ends the file cut off: parse what is there.
  const akhir = sisa.replace(/\r?\n$/, '');
  if (akhir) yield* keluarkan(parser.parse(akhir, 0, false).data as string[][]);
}
