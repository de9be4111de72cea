import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { tampilkan } from './dasbor-tampil';
import { FIGUR } from '$lib/domain/dasbor';
import { irisanDocs } from '$lib/domain/irisan';
import { sumberIrisanAgregat } from '$lib/domain/irisan-sumber';
import { bagianIrisan, definisiPdf, lembarLaporan, periodeLaporan, susunBagian, type Laporan } from './laporan';

const label = { baris: (k: string) => ({ '74.01.01': 'Wundulako', '74.01.07': 'Pomalaa' })[k] ?? k, kolom: (k: string) => k };

function laporan(): Laporan {
  return {
    judul: 'Laporan bulanan SLRT Kabupaten Kolaka',
    keterangan: ['Periode: November 2026'],
    bagian: [
      {
        judul: 'Kebutuhan program',
        kepalaBaris: 'Kecamatan',
        tabel: tampilkan({ baris: ['74.01.01', '74.01.07'], kolom: ['PKH', 'PIP'], nilai: [[12, null], [3, 40]] }, label)
      },
      { judul: 'Keluhan per kategori', kepalaBaris: 'Kecamatan', tabel: tampilkan({ baris: [], kolom: [], nilai: [] }, label) }
    ],
    teks: { jumlah: 'Jumlah', kosong: 'Belum ada catatan.', disembunyikan: '<5', palingSedikit: (n) => `≥ ${n}`, halaman: (n, dari) => `Halaman ${n} dari ${dari}` },
    angka: (n) => n.toLocaleString('id-ID')
  };
}

describe('reports', () => {
  it('covers a month, or the quarter the month falls in', () => {
    expect(periodeLaporan('bulanan', '2026-11')).toEqual({ dari: '2026-11', sampai: '2026-11' });
    expect(periodeLaporan('triwulanan', '2026-11')).toEqual({ dari: '2026-10', sampai: '2026-12' });
    expect(periodeLaporan('triwulanan', '2026-01')).toEqual({ dari: '2026-01', sampai: '2026-03' });
  });

  it('puts every figure in the PDF with its table, suppressed cells and lower-bound totals marked', () => {
    const def = definisiPdf(laporan());
    const isi = JSON.stringify(def.content);
    expect(isi).toContain('Laporan bulanan SLRT Kabupaten Kolaka');
    expect(isi).toContain('Kebutuhan program');
    const tabel = (def.content as { table?: { body: { text: string }[][] } }[]).find((c) => c.table)?.table;
    expect(tabel?.body.map((r) => r.map((c) => c.text))).toEqual([
      ['Kecamatan', 'PKH', 'PIP', 'Jumlah'],
      ['Wundulako', '12', '<5', '≥ 12'],
      ['Pomalaa', '3', '40', '43'],
      ['Jumlah', '15', '≥ 40', '≥ 55']
    ]);
    expect(isi).toContain('Belum ada catatan.');
  });

  it('puts plain tables (the monitoring summary) after the figures, numbers formatted and gaps marked', () => {
    const def = definisiPdf({
      ...laporan(),
      tabelTambahan: [
        { judul: 'Monitoring: Angka', kolom: ['Pertanyaan', 'Jumlah', 'Rata-rata'], baris: [['Keluhan diterima', 1250, null]] },
        { judul: 'Monitoring: Belum menjawab', kolom: ['Unit'], baris: [] }
      ]
    });
    const isi = def.content as { text?: string; table?: { body: { text: string }[][] } }[];
    const judul = isi.map((c) => c.text).filter(Boolean);
    expect(judul.indexOf('Monitoring: Angka')).toBeGreaterThan(judul.indexOf('Keluhan per kategori'));
    expect(isi.filter((c) => c.table).at(-1)?.table?.body.map((r) => r.map((c) => c.text))).toEqual([
      ['Pertanyaan', 'Jumlah', 'Rata-rata'],
      ['Keluhan diterima', (1250).toLocaleString('id-ID'), '—']
    ]);
    expect(judul.at(-1)).toBe('Belum ada catatan.');
  });

  it('is a document pdfmake prints', async () => {
    const require = createRequire(import.meta.url);
    const pdfmake = require('pdfmake') as typeof import('pdfmake');
    const font = (f: string) => require.resolve(`pdfmake/build/fonts/Roboto/${f}`);
    pdfmake.addFonts({
      Roboto: { normal: font('Roboto-Regular.ttf'), bold: font('Roboto-Medium.ttf'), italics: font('Roboto-Italic.ttf'), bolditalics: font('Roboto-MediumItalic.ttf') }
    });
    const pdf = await pdfmake.createPdf(definisiPdf(laporan())).getBuffer();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('a report made from a source', () => {
  it('takes every figure the source answers for the report period, in order, and says how far it is', async () => {
    const diminta: string[] = [];
    const sumber = {
      figur: FIGUR,
      muat: async (figur: string, filter: { dari: string; sampai: string }) => {
        diminta.push(`${figur} ${filter.dari}..${filter.sampai}`);
        return { baris: ['74.01.07'], kolom: ['x'], nilai: [[figur.length]] };
      }
    };
    const kemajuan: number[] = [];
    const bagian = await susunBagian(
      sumber,
      { wilayah: '74.01', ...periodeLaporan('triwulanan', '2026-11') },
      { ...label, judul: (f) => `Figur ${f}`, kepalaBaris: 'Kecamatan' },
      (n) => kemajuan.push(n)
    );
    expect(diminta).toEqual(FIGUR.map((f) => `${f} 2026-10..2026-12`));
    expect(bagian.map((b) => [b.judul, b.tabel.total.nilai])).toEqual(FIGUR.map((f) => [`Figur ${f}`, f.length]));
    expect(kemajuan).toEqual(FIGUR.map((_, i) => i + 1));
  });
});

describe('the overlap of programmes in a report', () => {
  /**
   * Kolaka at the end of June, as the rollup protects it for the province: 10 households receive
   * PKH alone, 7 BPNT and PKH, 6 PIP and PKH, 3 BPNT alone. The matrix (programmes in code order):
   * BPNT 10 (7 + 3), BPNT·PKH 7, PIP 6, PIP·PKH 6, PKH 23 (10 + 7 + 6). BPNT alone (3) is under
   * five: hidden, and so is BPNT+PKH (BPNT's diagonal 10 would give it back), then the cell
   * BPNT·PKH (it is that set alone), then PIP+PKH (PKH's diagonal 23 less 10 would give the
   * hidden one back), and with it the PIP cells: what the province's dashboard shows.
   */
  const doc = irisanDocs(
    '74.01',
    new Map([['2026-06', new Map([['74.01', new Map([['pkh', 10], ['bpnt+pkh', 7], ['pip+pkh', 6], ['bpnt', 3]])]])]]),
    true
  )[0];
  const provinsi = sumberIrisanAgregat(async (view, opsi) => {
    expect([view, opsi.startkey, opsi.endkey]).toEqual(['dasbor/tabel', ['74', 'irisan', ''], ['74', 'irisan', '2026-06', {}]]);
    return [{ id: doc._id, key: [], value: null, doc }];
  });
  const nama: Record<string, string> = { pkh: 'PKH', bpnt: 'BPNT', pip: 'PIP', rumahtangga: 'Rumah tangga' };
  const tampil = {
    labelProgram: (k: string) => nama[k] ?? k,
    judul: { matriks: 'Irisan program', kombinasi: 'Kombinasi program' },
    kepala: { program: 'Program', kombinasi: 'Kombinasi' }
  };

  async function laporanProvinsi(): Promise<Laporan> {
    const bagian = await bagianIrisan(provinsi, { wilayah: '74', ...periodeLaporan('triwulanan', '2026-05') }, tampil);
    return { ...laporan(), bagian };
  }

  it('puts the matrix (no totals) and the most common sets of the period’s end in the PDF, small cells hidden', async () => {
    const isi = definisiPdf(await laporanProvinsi()).content as { text?: string; table?: { body: { text: string }[][] } }[];
    expect(isi.map((c) => c.text).filter(Boolean)).toEqual(['Laporan bulanan SLRT Kabupaten Kolaka', 'Periode: November 2026', 'Irisan program', 'Kombinasi program']);
    const [matriks, kombinasi] = isi.filter((c) => c.table).map((c) => c.table?.body.map((r) => r.map((x) => x.text)));
    expect(matriks).toEqual([
      ['Program', 'BPNT', 'PIP', 'PKH'],
      ['BPNT', '10', '0', '<5'],
      ['PIP', '0', '<5', '<5'],
      ['PKH', '<5', '<5', '23']
    ]);
    expect(kombinasi).toEqual([
      ['Kombinasi', 'Rumah tangga', 'Jumlah'],
      ['PKH', '10', '10'],
      ['BPNT', '<5', '<5'],
      ['BPNT + PKH', '<5', '<5'],
      ['PIP + PKH', '<5', '<5'],
      ['Jumlah', '≥ 10', '≥ 10']
    ]);
  });

  it('puts the same tables in the workbook, the matrix without totals', async () => {
    const [matriks, kombinasi] = lembarLaporan(await laporanProvinsi());
    expect(matriks).toEqual({
      judul: 'Irisan program',
      kolom: ['Program', 'BPNT', 'PIP', 'PKH'],
      baris: [
        ['BPNT', 10, 0, '<5'],
        ['PIP', 0, '<5', '<5'],
        ['PKH', '<5', '<5', 23]
      ]
    });
    expect(kombinasi.kolom).toEqual(['Kombinasi', 'Rumah tangga', 'Jumlah']);
    expect(kombinasi.baris[0]).toEqual(['PKH', 10, 10]);
  });

  it('says there is nothing where no household receives a programme', async () => {
    const kosong = sumberIrisanAgregat(async () => []);
    const bagian = await bagianIrisan(kosong, { wilayah: '74.01', sampai: '2026-06' }, { ...tampil, gambar: () => 'data:' });
    const isi = JSON.stringify(definisiPdf({ ...laporan(), bagian }).content);
    expect(bagian.map((b) => [b.tabel.baris.length, b.gambar])).toEqual([[0, undefined], [0, undefined]]);
    expect(isi.match(/Belum ada catatan\./g)).toHaveLength(2);
  });
});
