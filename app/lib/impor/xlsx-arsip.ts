/**
 * One streaming pass over an XLSX (a ZIP of XML parts): the parts a pass asks for are inflated
 * and fed to their own SAX parser chunk by chunk; every other part is skipped without being
 * inflated. Nothing holds a whole part, so memory stays bounded whatever the sheet's size.
 *
 * fflate's streaming `Unzip` reads ZIP local headers as the bytes arrive (no central
 * directory, so no seeking and no whole file in memory) and runs in the browser and in Node
 * alike; saxes is a strict, dependency-light streaming XML parser written for both too.
 */
import { Unzip, UnzipInflate, type AsyncFlateStreamHandler, type UnzipDecoderConstructor } from 'fflate';
import { SaxesParser } from 'saxes';
import type { SumberBerkas } from './sumber';

export class BerkasXlsxRusakError extends Error {
  override name = 'BerkasXlsxRusakError';
}

export const PESAN_RUSAK =
  'Berkas XLSX rusak atau terpotong. Salin atau unduh ulang berkasnya, atau buka di Excel dan simpan ulang sebagai .xlsx, lalu impor lagi.';

/** The underlying detail (a parser's or inflater's message, in English) goes to `cause`, for the log. */
export function rusak(sebab?: unknown, pesan = PESAN_RUSAK): BerkasXlsxRusakError {
  if (sebab instanceof BerkasXlsxRusakError) return sebab;
  return new BerkasXlsxRusakError(pesan, sebab === undefined ? undefined : { cause: sebab });
}

/** Names inside an XLSX are compared as OPC compares part names: case-insensitively, without a leading slash. */
export function namaBagian(nama: string): string {
  return nama.replace(/\\/g, '/').replace(/^\//, '').toLowerCase();
}

/** What a pass saw of the archive, for telling "not a ZIP at all" apart from "a ZIP without a workbook". */
export interface HasilLintasan {
  adaBagian: boolean;
  kepala: Uint8Array;
}

/** Work done between two turns given back to the browser (input, painting). */
const IRISAN = 64 * 1024;
const GILIRAN_MS = 50;

/**
 * Reads the archive once. `pilih` returns a parser for each part this pass wants (keyed by
 * `namaBagian`) or nothing; the pass yields after every slice of at most 64 KB so a caller can
 * hand on what the parsers gathered, and stops early once `cukup()` says so.
 */
export async function* lintasi(
  sumber: SumberBerkas,
  pilih: (nama: string) => SaxesParser | undefined,
  cukup: () => boolean
): AsyncGenerator<void, HasilLintasan> {
  let gagal: unknown;
  const catat = (e: unknown) => (gagal ??= e);
  let adaBagian = false;
  let kepala: Uint8Array = new Uint8Array(0);
  const dibaca = new Set<string>();
  const unzip = new Unzip((bagian) => {
    adaBagian = true;
    const parser = gagal === undefined ? pilih(namaBagian(bagian.name)) : undefined;
    if (bagian.compression !== 0 && bagian.compression !== 8) {
      // Left unstarted: its compressed bytes wait inside Unzip until the pass ends (Excel never writes one).
      if (parser) catat(new Error(`compression method ${bagian.compression}`));
      return;
    }
    // Every other part is started too, else Unzip keeps its compressed bytes; only ours are inflated.
    if (parser) dibaca.add(bagian.name);
    bagian.ondata = parser ? penerima(parser, catat) : () => {};
    bagian.start();
  });
  unzip.register(inflasiPilihan(dibaca));
  const dorong = (potongan: Uint8Array, akhir: boolean) => {
    try {
      unzip.push(potongan, akhir);
    } catch (e) {
      // Bad headers, or a part cut short at the end of the file.
      catat(e);
    }
    if (gagal !== undefined) throw rusak(gagal);
  };

  let giliran = performance.now();
  for await (const potongan of sumber()) {
    if (kepala.length < 4) kepala = gabung(kepala, potongan.subarray(0, 4 - kepala.length));
    for (let i = 0; i < potongan.length; i += IRISAN) {
      dorong(potongan.subarray(i, i + IRISAN), false);
      yield;
      if (cukup()) return { adaBagian, kepala };
      if (performance.now() - giliran > GILIRAN_MS) {
        await new Promise((lanjut) => setTimeout(lanjut, 0));
        giliran = performance.now();
      }
    }
  }
  dorong(new Uint8Array(0), true);
  yield;
  return { adaBagian, kepala };
}

/**
 * Decodes a part's bytes as UTF-8 and feeds them to its parser. Failures are handed to `gagal`,
 * never thrown: fflate's inflater catches a throw from this handler and calls it again.
 */
function penerima(parser: SaxesParser, gagal: (e: unknown) => void): AsyncFlateStreamHandler {
  const teks = new TextDecoder('utf-8', { fatal: true });
  let selesai = false;
  return (galat, data, akhir) => {
    if (selesai) return;
    try {
      if (galat) throw galat;
      parser.write(teks.decode(data, { stream: !akhir }));
      if (akhir) parser.close();
    } catch (e) {
      gagal(e);
      selesai = true;
    }
    if (akhir) selesai = true;
  };
}

/** fflate picks a decoder by compression method; this one inflates only the parts a pass reads. */
function inflasiPilihan(dibaca: Set<string>): UnzipDecoderConstructor {
  return class {
    static compression = 8;
    ondata: AsyncFlateStreamHandler = () => {};
    private readonly isi: UnzipInflate | undefined;
    constructor(nama: string) {
      if (!dibaca.has(nama)) return;
      this.isi = new UnzipInflate();
      this.isi.ondata = (galat, data, akhir) => this.ondata(galat, data, akhir);
    }
    push(potongan: Uint8Array, akhir: boolean): void {
      this.isi?.push(potongan, akhir);
    }
  };
}

function gabung(a: Uint8Array, b: Uint8Array): Uint8Array {
  const hasil = new Uint8Array(a.length + b.length);
  hasil.set(a);
  hasil.set(b, a.length);
  return hasil;
}

/** Position tracking costs time and the messages it improves never reach the user. */
export function parserXml(): SaxesParser {
  return new SaxesParser({ position: false });
}

/** Some writers prefix SpreadsheetML elements (`x:row`): handlers match on the local name. */
export function lokal(nama: string): string {
  return nama.slice(nama.indexOf(':') + 1);
}
