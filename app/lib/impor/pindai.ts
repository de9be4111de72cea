/**
 * The first pass over an extract: how many rows each household has (so the second pass can
 * hand a household on as soon as its last row is read, whatever order the file is in, and
 * hold only the households still open), where each NIK first appears (a NIK in two
 * households is reported at its second one), and how many rows there are for the progress bar.
 */
import type { BarisBerkas } from './sumber';

export interface Judul {
  nomor: number;
  judul: string[];
}

export interface HasilPindai {
  judul: Judul;
  totalBaris: number;
  barisPerRumahtangga: Map<string, number>;
  /** NIK → the household and row it first appears in. */
  nikPertama: Map<string, { idDtks: string; nomor: number }>;
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
  const barisPerRumahtangga = new Map<string, number>();
  const nikPertama = new Map<string, { idDtks: string; nomor: number }>();
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
    const idDtks = (b.sel[posisi.idDtks] ?? '').trim();
    const nik = (b.sel[posisi.nik] ?? '').trim();
    barisPerRumahtangga.set(idDtks, (barisPerRumahtangga.get(idDtks) ?? 0) + 1);
    if (nik && !nikPertama.has(nik)) nikPertama.set(nik, { idDtks, nomor: b.nomor });
    if (totalBaris % 5000 === 0) kemajuan(totalBaris);
  }
  if (!judul) throw new BerkasKosongError();
  kemajuan(totalBaris);
  return { judul, totalBaris, barisPerRumahtangga, nikPertama };
}
