/**
 * An extract's rows, whatever kind of file it came as: CSV (encoding found first) or XLSX.
 */
import { barisCsv, deteksiEncoding } from './csv';
import type { BarisBerkas, SumberBerkas } from './sumber';

export type JenisBerkas = 'csv' | 'xlsx';

export class JenisBerkasError extends Error {
  override name = 'JenisBerkasError';
  constructor(nama: string) {
    super(`Berkas "${nama}" tidak dapat diimpor: pilih berkas .csv, .txt atau .xlsx.`);
  }
}

export function jenisBerkas(nama: string): JenisBerkas {
  const ext = nama.toLowerCase().split('.').pop();
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return 'csv';
  if (ext === 'xlsx') return 'xlsx';
  throw new JenisBerkasError(nama);
}

/** A function that reads the rows from the start each time; the encoding of a CSV is settled once. */
export async function bukaBaris(sumber: SumberBerkas, jenis: JenisBerkas): Promise<() => AsyncIterable<BarisBerkas>> {
  if (jenis === 'xlsx') {
    const { barisXlsx } = await import('./xlsx');
    return () => barisXlsx(sumber);
  }
  const encoding = await deteksiEncoding(sumber);
  return () => barisCsv(sumber, encoding);
}
