/**
 * Tables a user takes away: every dashboard table, the candidate ranking and the reports
 * export to CSV and XLSX. papaparse writes CSV (quoting, separators and line breaks as
 * spreadsheet programs read them); write-excel-file writes XLSX in the browser without a
 * server round trip, and is small enough to load only when a user exports.
 */
import Papa from 'papaparse';

export type NilaiSel = string | number | null;

/** A table as it is exported: a title (the sheet name), column headings and rows. */
export interface TabelEkspor {
  judul: string;
  kolom: string[];
  baris: NilaiSel[][];
}

export type FormatEkspor = 'csv' | 'xlsx';

/** Excel opens a UTF-8 CSV as UTF-8 only with a byte-order mark (names with diacritics). */
const BOM = '\ufeff';

export function csvDari(tabel: TabelEkspor): string {
  return BOM + Papa.unparse({ fields: tabel.kolom, data: tabel.baris.map((b) => b.map((n) => n ?? '')) });
}

/** Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]. */
export function namaLembar(judul: string): string {
  return judul.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim() || 'Data';
}

/** One workbook, one sheet per table (a report's figures side by side). */
export async function xlsxDari(...tabel: TabelEkspor[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const dipakai = new Set<string>();
  const lembar = tabel.map((t, i) => {
    let sheet = namaLembar(t.judul);
    // Sheet names are unique in a workbook; long titles may cut to the same 31 characters.
    if (dipakai.has(sheet)) sheet = `${sheet.slice(0, 26)} (${i + 1})`;
    dipakai.add(sheet);
    return { data: [t.kolom.map((k) => ({ value: k, fontWeight: 'bold' as const })), ...t.baris], sheet, stickyRowsCount: 1 };
  });
  return writeXlsxFile(lembar).toBlob();
}

const MIME: Record<FormatEkspor, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

/** A file name from a title: letters, digits and dashes, then the extension. */
export function namaBerkas(judul: string, format: FormatEkspor | 'pdf' | 'json'): string {
  const dasar = judul
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${dasar || 'slrt'}.${format}`;
}

/** Saves a file on the user's device through the browser's download. */
export function unduhBerkas(isi: Blob, nama: string): void {
  const url = URL.createObjectURL(isi);
  const a = document.createElement('a');
  a.href = url;
  a.download = nama;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The table as a CSV or XLSX file. */
export async function berkasTabel(tabel: TabelEkspor, format: FormatEkspor): Promise<Blob> {
  const isi = format === 'csv' ? new Blob([csvDari(tabel)], { type: MIME.csv }) : await xlsxDari(tabel);
  return isi.type ? isi : new Blob([isi], { type: MIME[format] });
}

/** Saves the table on the user's device as CSV or XLSX, named after its title unless `nama` says otherwise. */
export async function unduhTabel(tabel: TabelEkspor, format: FormatEkspor, nama = tabel.judul): Promise<void> {
  unduhBerkas(await berkasTabel(tabel, format), namaBerkas(nama, format));
}
