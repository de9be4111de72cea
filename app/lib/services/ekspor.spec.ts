import { describe, expect, it } from 'vitest';
import { csvDari, namaBerkas, namaLembar, xlsxDari, type TabelEkspor } from './ekspor';

const tabel: TabelEkspor = {
  judul: 'Kebutuhan PIP: Pomalaa',
  kolom: ['Desa', 'Laki-laki', 'Perempuan'],
  baris: [
    ['Dawi-Dawi, "Pantai"', 12, 7],
    ['Pesouha', 3, null]
  ]
};

describe('export of a table', () => {
  it('writes CSV that spreadsheet programs read back: BOM, quoted separators, empty suppressed cells', () => {
    const csv = csvDari(tabel);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Desa,Laki-laki,Perempuan',
      '"Dawi-Dawi, ""Pantai""",12,7',
      'Pesouha,3,'
    ]);
  });

  it('writes an XLSX workbook (a zip archive) with the table in it', async () => {
    const blob = await xlsxDari(tabel);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
    expect(blob.size).toBeGreaterThan(1000);
  });

  it('names sheets and files as Excel and file systems accept them', () => {
    expect(namaLembar('Keluhan per kategori: Kolaka / 2026 [Jan–Mar] dan seterusnya')).toBe(
      'Keluhan per kategori  Kolaka'
    );
    expect(namaBerkas('Kebutuhan PIP: Pomalaa', 'xlsx')).toBe('kebutuhan-pip-pomalaa.xlsx');
    expect(namaBerkas('???', 'csv')).toBe('slrt.csv');
  });
});
