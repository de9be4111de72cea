/**
 * The first pass over an extract: how many rows each household has (so the second pass can
 * hand a household on as soon as its last row is read, whatever order the file is in, and
 * hold only the households still open), which NIKs appear on more than one row (the second
 * pass reports a NIK in two households at its second one), and how many rows there are for
 * the progress bar. Both counts are kept by fingerprint (sidik.ts): 8 bytes a row while
 * scanning, the cells themselves never.
 */
import { Penghitung, type Hitungan } from './sidik';
import type { BarisBerkas } from './sumber';

export interface Judul {
  nomor: number;
  judul: string[];
}

export interface HasilPindai {
  judul: Judul;
  totalBaris: number;
  /** Rows per ID DTKS (an upper bound: see `Hitungan`). */
  barisPerRumahtangga: Hitungan;
  /** The NIKs on two rows or more (and, rarely, a NIK sharing a fingerprint with one). */
  nikBerulang: Hitungan;
}

export class BerkasKosongError extends Error {
  override name = 'BerkasKosongError';
  constructor() {
    super('Berkas tidak berisi judul kolom maupun data. Pilih berkas ekspor registri yang berisi data.');
  }
}

const kosong = (b: BarisBerkas) => b.sel.every((s) => s.trim() === '');

/** The first non-empty row: the headings. */
export async function bacaJudul(baris: AsyncIterable<BarisBerkas>): Promise<Judul> {
  for await (const b of baris) if (!kosong(b)) return { nomor: b.nomor, judul: b.sel.map((s) => s.trim()) };
  throw new BerkasKosongError();
}

/** The data rows after the headings, empty ones skipped. */
export async function* barisData(baris: AsyncIterable<BarisBerkas>): AsyncGenerator<BarisBerkas> {
  let judulLewat = false;
  for await (const b of baris) {
    if (kosong(b)) continue;
    if (judulLewat) yield b;
    else judulLewat = true;
  }
}

export async function pindai(
  baris: () => AsyncIterable<BarisBerkas>,
  /** Where the household key and the NIK are, once the headings are known (throws to stop). */
  kolomKunci: (judul: string[]) => { idDtks: number; nik: number },
  kemajuan: (barisDibaca: number) => void
): Promise<HasilPindai> {
  let judul: Judul | null = null;
  let posisi = { idDtks: 0, nik: 0 };
  const rumahtangga = new Penghitung();
  const nik = new Penghitung();
  let totalBaris = 0;
  // One pass: the headings are the first non-empty row, the data the rest.
  for await (const b of baris()) {
    if (kosong(b)) continue;
    if (!judul) {
      judul = { nomor: b.nomor, judul: b.sel.map((s) => s.trim()) };
      posisi = kolomKunci(judul.judul);
      continue;
    }
    totalBaris++;
    rumahtangga.tambah((b.sel[posisi.idDtks] ?? '').trim());
    const nikBaris = (b.sel[posisi.nik] ?? '').trim();
    if (nikBaris) nik.tambah(nikBaris);
    if (totalBaris % 5000 === 0) kemajuan(totalBaris);
  }
  if (!judul) throw new BerkasKosongError();
  kemajuan(totalBaris);
  return { judul, totalBaris, barisPerRumahtangga: rumahtangga.hitungan(), nikBerulang: nik.hitungan(2) };
}
