/**
 * The monthly district report and the quarterly monitoring report (guideline VII): the
 * dashboard's figures for one period, each as a chart and its table, and the overlap of
 * programmes at the period's end, in one PDF to send to the province, and the same tables in
 * one XLSX workbook. A province's report is the same
 * document over its aggregates, one row per kabupaten: it rolls up its districts.
 * pdfmake lays the document out (tables that break across pages, embedded fonts, pictures)
 * and is loaded only when a report is made.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { type Bulan, type FilterDasbor, type Figur, type SumberAngka } from '$lib/domain/dasbor';
import { labelKombinasi } from '$lib/domain/irisan';
import type { SumberIrisan } from '$lib/domain/irisan-sumber';
import { tampilkan, teksJumlah, untukEkspor, type Pelabel, type TabelTampil, type TandaSel } from './dasbor-tampil';
import { xlsxDari, type TabelEkspor } from './ekspor';

export const JENIS_LAPORAN = ['bulanan', 'triwulanan'] as const;
export type JenisLaporan = (typeof JENIS_LAPORAN)[number];

/** The months a report covers: the month itself, or the quarter it falls in. */
export function periodeLaporan(jenis: JenisLaporan, bulan: Bulan): { dari: Bulan; sampai: Bulan } {
  if (jenis === 'bulanan') return { dari: bulan, sampai: bulan };
  const [tahun, b] = bulan.split('-').map(Number);
  const awal = Math.floor((b - 1) / 3) * 3 + 1;
  const dua = (n: number) => String(n).padStart(2, '0');
  return { dari: `${tahun}-${dua(awal)}`, sampai: `${tahun}-${dua(awal + 2)}` };
}

export interface BagianLaporan {
  judul: string;
  kepalaBaris: string;
  tabel: TabelTampil;
  /** The chart as a PNG data URL; a figure without rows has none. */
  gambar?: string;
  /** A row's cells do not add up (the overlap matrix): no totals. */
  menjumlah?: false;
}

export interface Laporan {
  judul: string;
  /** Lines under the title: area, period, when and by whom it was made. */
  keterangan: string[];
  bagian: BagianLaporan[];
  /** Plain tables after the figures: the quarterly report's monitoring summary (monitoring-tabel.ts). */
  tabelTambahan?: TabelEkspor[];
  /** Words the tables need, in the user's language. */
  teks: TandaSel & { jumlah: string; kosong: string; halaman: (n: number, dari: number) => string };
  angka: (n: number) => string;
}

/**
 * Every figure of the period, one after the other (a report is read whole, and one request at
 * a time spares the server); `kemajuan` counts the figures done, for the progress shown.
 */
export async function susunBagian(
  sumber: SumberAngka,
  filter: FilterDasbor,
  tampil: Pelabel & { judul(figur: Figur): string; kepalaBaris: string; gambar?(tabel: TabelTampil): string },
  kemajuan: (selesai: number, dari: number) => void = () => {}
): Promise<BagianLaporan[]> {
  const bagian: BagianLaporan[] = [];
  for (const figur of sumber.figur) {
    const tabel = tampilkan(await sumber.muat(figur, filter), tampil);
    const gambar = tabel.baris.length > 0 && tampil.gambar ? tampil.gambar(tabel) : undefined;
    bagian.push({ judul: tampil.judul(figur), kepalaBaris: tampil.kepalaBaris, tabel, gambar });
    kemajuan(bagian.length, sumber.figur.length);
  }
  return bagian;
}

export interface TampilIrisan {
  labelProgram(kode: string): string;
  judul: { matriks: string; kombinasi: string };
  kepala: { program: string; kombinasi: string };
  /** `bertumpuk`: whether the bars stack (grafik.ts). */
  gambar?(tabel: TabelTampil, bertumpuk: boolean): string;
}

/**
 * The overlap of programmes (irisan) at the period's end, as the dashboard shows it: the matrix
 * of households receiving two programmes (cells that do not add up), then the sets received most
 * often. From the aggregates it is the protected copy, small cells hidden as on the dashboard.
 */
export async function bagianIrisan(sumber: SumberIrisan, filter: Pick<FilterDasbor, 'wilayah' | 'sampai'>, tampil: TampilIrisan): Promise<BagianLaporan[]> {
  const { matriks, kombinasi } = await sumber.muat({ wilayah: filter.wilayah, sampai: filter.sampai });
  const program = tampil.labelProgram;
  const bagian = (judul: string, kepalaBaris: string, tabel: TabelTampil, menjumlah: boolean): BagianLaporan => ({
    judul,
    kepalaBaris,
    tabel,
    ...(tabel.baris.length > 0 && tampil.gambar ? { gambar: tampil.gambar(tabel, menjumlah) } : {}),
    ...(menjumlah ? {} : { menjumlah: false as const })
  });
  return [
    bagian(tampil.judul.matriks, tampil.kepala.program, tampilkan(matriks, { baris: program, kolom: program }), false),
    bagian(tampil.judul.kombinasi, tampil.kepala.kombinasi, tampilkan(kombinasi, { baris: (k) => labelKombinasi(k, program), kolom: program }), true)
  ];
}

function tabelPdf(b: BagianLaporan, l: Laporan): Content {
  const sel = (n: number | null) => ({ text: n === null ? l.teks.disembunyikan : l.angka(n), alignment: 'right' as const });
  const jumlah = (j: TabelTampil['total']) => {
    const teks = teksJumlah(j, l.teks);
    return { text: typeof teks === 'number' ? l.angka(teks) : String(teks), alignment: 'right' as const, bold: true };
  };
  const kepala = [b.kepalaBaris, ...b.tabel.kolom.map((k) => k.singkat)];
  const baris = b.tabel.baris.map((r) => [{ text: r.label }, ...r.nilai.map(sel)]);
  const body =
    b.menjumlah === false
      ? [kepala.map((text) => ({ text, bold: true })), ...baris]
      : [
          [...kepala, l.teks.jumlah].map((text) => ({ text, bold: true })),
          ...baris.map((r, i) => [...r, jumlah(b.tabel.baris[i].total)]),
          [{ text: l.teks.jumlah, bold: true }, ...b.tabel.totalKolom.map(jumlah), jumlah(b.tabel.total)]
        ];
  return {
    table: {
      headerRows: 1,
      widths: ['*', ...b.tabel.kolom.map(() => 'auto' as const), ...(b.menjumlah === false ? [] : ['auto' as const])],
      body
    },
    layout: 'lightHorizontalLines',
    fontSize: 8
  };
}

function tabelTambahanPdf(tabel: TabelEkspor, l: Laporan): Content[] {
  const sel = (n: TabelEkspor['baris'][number][number]) =>
    typeof n === 'number' ? { text: l.angka(n), alignment: 'right' as const } : { text: n ?? '—' };
  return [
    { text: tabel.judul, style: 'bagian' },
    tabel.baris.length === 0
      ? { text: l.teks.kosong }
      : {
          table: { headerRows: 1, widths: tabel.kolom.map((_, i) => (i === 0 ? ('*' as const) : ('auto' as const))), body: [tabel.kolom.map((text) => ({ text, bold: true })), ...tabel.baris.map((b) => b.map(sel))] },
          layout: 'lightHorizontalLines',
          fontSize: 8
        }
  ];
}

/** The PDF's document definition (pure: the tests read it; pdfLaporan prints it). */
export function definisiPdf(l: Laporan): TDocumentDefinitions {
  const isi: Content[] = [
    { text: l.judul, style: 'judul' },
    ...l.keterangan.map((text) => ({ text, style: 'keterangan' })),
    ...l.bagian.flatMap((b): Content[] => [
      { text: b.judul, style: 'bagian' },
      ...(b.tabel.baris.length === 0 ? [{ text: l.teks.kosong }] : []),
      ...(b.gambar ? [{ image: b.gambar, width: 515 }] : []),
      ...(b.tabel.baris.length > 0 ? [tabelPdf(b, l)] : [])
    ]),
    ...(l.tabelTambahan ?? []).flatMap((tabel) => tabelTambahanPdf(tabel, l))
  ];
  return {
    info: { title: l.judul, creator: 'SLRT' },
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 50],
    content: isi,
    footer: (halaman, jumlah) => ({ text: l.teks.halaman(halaman, jumlah), alignment: 'center', fontSize: 8, margin: [0, 20, 0, 0] }),
    styles: {
      judul: { fontSize: 16, bold: true, margin: [0, 0, 0, 6] },
      keterangan: { fontSize: 9, color: '#444444' },
      bagian: { fontSize: 12, bold: true, margin: [0, 16, 0, 6] }
    },
    defaultStyle: { fontSize: 10 }
  };
}

/** pdfmake could not be loaded: offline on a device whose service worker has not stored it yet. */
export class PembuatPdfTidakTersediaError extends Error {
  override name = 'PembuatPdfTidakTersediaError';
  constructor() {
    super('Pembuat PDF belum tersimpan di perangkat ini. Sambungkan ke internet sekali lalu coba lagi, atau unduh laporan XLSX.');
  }
}

export async function pdfLaporan(l: Laporan): Promise<Blob> {
  // Precached by the service worker (vite.config.ts), so it loads offline once the app was opened online.
  const [{ default: pdfMake }, { default: vfs }] = await Promise.all([
    import('pdfmake/build/pdfmake'),
    import('pdfmake/build/vfs_fonts')
  ]).catch(() => {
    throw new PembuatPdfTidakTersediaError();
  });
  pdfMake.addVirtualFileSystem(vfs);
  return pdfMake.createPdf(definisiPdf(l)).getBlob();
}

/** The workbook's sheets: every figure's table, then every plain table. */
export function lembarLaporan(l: Laporan): TabelEkspor[] {
  return [
    ...l.bagian.map((b) => untukEkspor(b.judul, b.tabel, { wilayah: b.kepalaBaris, total: l.teks.jumlah }, l.teks, b.menjumlah !== false)),
    ...(l.tabelTambahan ?? [])
  ];
}

export function xlsxLaporan(l: Laporan): Promise<Blob> {
  return xlsxDari(...lembarLaporan(l));
}
