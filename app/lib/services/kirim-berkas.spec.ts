/**
 * Export round trip: the files SIKS-NG and LAPOR! receive have exactly the columns
 * docs/export-formats.md documents, in its order. The page's tables are read here, so the
 * documentation and the code cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { namaKolom } from '$lib/domain/kolom-kiriman';
import { JENIS_KIRIMAN, type JenisKiriman } from '$lib/domain/pengiriman';
import { csvDari, xlsxDari, type TabelEkspor } from './ekspor';
import { JUDUL_KIRIMAN, namaBerkasKiriman } from './kirim-berkas';

const DOC = readFileSync(new URL('../../../docs/export-formats.md', import.meta.url), 'utf8');

/** The first column of the first table under the heading that names kind `jenis` in backticks. */
function kolomTerdokumentasi(jenis: JenisKiriman): string[] {
  const bagian = DOC.split(/^## /m).find((b) => b.split('\n')[0].includes(`(\`${jenis}\`)`));
  if (!bagian) throw new Error(`docs/export-formats.md has no section for ${jenis}`);
  const tabel = bagian.split('\n').filter((l) => l.startsWith('|'));
  const [kepala, , ...baris] = tabel;
  expect(kepala.split('|')[1].trim()).toBe('column');
  return baris.map((l) => l.split('|')[1].trim().replace(/^`|`$/g, ''));
}

/** The first row of the first sheet of an XLSX workbook, through its shared strings. */
async function kepalaXlsx(blob: Blob): Promise<string[]> {
  const zip = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const strings = [...strFromU8(zip['xl/sharedStrings.xml']).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
  const baris1 = /<row r="1"[^>]*>(.*?)<\/row>/.exec(strFromU8(zip['xl/worksheets/sheet1.xml']))?.[1] ?? '';
  return [...baris1.matchAll(/<c [^>]*t="s"[^>]*><v>(\d+)<\/v><\/c>/g)].map((m) => strings[Number(m[1])]);
}

describe.each(JENIS_KIRIMAN)('the %s export', (jenis) => {
  const tabel: TabelEkspor = { judul: JUDUL_KIRIMAN[jenis], kolom: namaKolom(jenis), baris: [namaKolom(jenis).map(() => 'x')] };

  it('has the columns docs/export-formats.md documents, in its order', () => {
    expect(namaKolom(jenis)).toEqual(kolomTerdokumentasi(jenis));
  });

  it('writes them as the CSV header', () => {
    const parsed = Papa.parse<string[]>(csvDari(tabel).replace(/^\ufeff/, ''), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(kolomTerdokumentasi(jenis));
    expect(parsed.data).toHaveLength(2);
  });

  it('writes them as the XLSX header row', async () => {
    expect(await kepalaXlsx(await xlsxDari(tabel))).toEqual(kolomTerdokumentasi(jenis));
  });
});

describe('export file names', () => {
  it('say the system, the kind and when the batch was recorded', () => {
    expect(namaBerkasKiriman({ createdAt: '2026-12-02T09:15:42.000Z', format: 'xlsx' }, JUDUL_KIRIMAN.prelist)).toBe('siks-ng-pre-list-2026-12-02-0915.xlsx');
    expect(namaBerkasKiriman({ createdAt: '2026-12-02T09:15:42.000Z', format: 'csv' }, JUDUL_KIRIMAN.keluhan)).toBe('lapor-keluhan-2026-12-02-0915.csv');
  });
});
