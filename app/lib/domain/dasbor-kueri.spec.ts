import { describe, expect, it } from 'vitest';
import { berprogram, berumur, FIGUR, FIGUR_AGREGAT, persentil, rincianFigur } from './dasbor';
import { kueriDasbor, tabelDari, urutkanKolom, WilayahDasborError } from './dasbor-kueri';

describe('percentiles from counts', () => {
  it('takes the nearest rank: the smallest value with at least p of the cases at or below it', () => {
    const hari = new Map([[1, 5], [4, 3], [30, 2]]);
    expect(persentil(hari, 0.5)).toBe(1);
    expect(persentil(hari, 0.6)).toBe(4);
    expect(persentil(hari, 0.9)).toBe(30);
    expect(persentil(new Map([[7, 1]]), 0.9)).toBe(7);
    expect(persentil(new Map(), 0.5)).toBeNull();
  });

  it('keeps the percentile figure in the district: the aggregates cannot add medians', () => {
    expect(FIGUR.filter((f) => !FIGUR_AGREGAT.includes(f))).toEqual(['penyelesaian']);
  });
});

describe('the district’s view query for a figure and filter', () => {
  it.each([
    {
      what: 'a flow of a kabupaten: its months only',
      figur: 'keluhan' as const,
      wilayah: '74.01',
      options: { startkey: ['keluhan', '74.01', '2025-01'], endkey: ['keluhan', '74.01', '2025-03', {}], group_level: 9, reduce: true }
    },
    {
      what: 'a stock of a kecamatan: from the beginning of time',
      figur: 'kepesertaan' as const,
      wilayah: '74.01.07',
      options: { startkey: ['kepesertaan', '74.01.07', ''], endkey: ['kepesertaan', '74.01.07', '2025-03', {}], group_level: 8, reduce: true }
    },
    {
      what: 'a desa: its kecamatan’s rows',
      figur: 'usulan' as const,
      wilayah: '74.01.07.2003',
      options: { startkey: ['usulan', '74.01.07', '2025-01'], endkey: ['usulan', '74.01.07', '2025-03', {}], group_level: 5, reduce: true }
    }
  ])('$what', ({ figur, wilayah, options }) => {
    expect(kueriDasbor(figur, { wilayah, dari: '2025-01', sampai: '2025-03' })).toEqual({ view: 'dasbor/angka', options });
  });

  it.each(['', '74', '7401', '74.01.07.2003.1'])('refuses "%s": not a district area', (wilayah) => {
    expect(() => kueriDasbor('usulan', { wilayah, dari: '2025-01', sampai: '2025-03' })).toThrow(WilayahDasborError);
  });

  it('shows a gap met more than once as 0, not below: the rollup’s tables hold no negative count', () => {
    const rows = [
      { key: ['kesenjangan', '74.01', '2025-01', '74.01.01', 'pkh', 'P', 'tidak', '?'], value: 1 },
      { key: ['kesenjangan', '74.01', '2025-02', '74.01.01', 'pkh', 'P', 'tidak', '?'], value: -2 },
      { key: ['kesenjangan', '74.01', '2025-02', '74.01.07', 'pkh', 'P', 'tidak', '?'], value: 3 }
    ];
    const tabel = tabelDari('kesenjangan', { wilayah: '74.01', dari: '2025-01', sampai: '2025-02' }, rows);
    expect(tabel).toEqual({ baris: ['74.01.01', '74.01.07'], kolom: ['pkh'], nilai: [[0], [3]], jumlah: [3] });
  });

  it('counts only the age group chosen, by any breakdown, where the figure carries ages', () => {
    const rows = [
      { key: ['kebutuhan', '74.01', '2025-01', '74.01.01', 'pip', 'P', 'tidak', 'anak'], value: 4 },
      { key: ['kebutuhan', '74.01', '2025-01', '74.01.01', 'pip', 'L', 'tidak', 'anak'], value: 2 },
      { key: ['kebutuhan', '74.01', '2025-02', '74.01.07', 'pkh', 'L', 'ya', 'lansia'], value: 5 },
      { key: ['kebutuhan', '74.01', '2025-02', '74.01.07', 'pip', 'P', 'tidak', '?'], value: 9 }
    ];
    const filter = { wilayah: '74.01', dari: '2025-02', sampai: '2025-02', kelompokUmur: 'anak' as const };
    expect(tabelDari('kebutuhan', filter, rows)).toEqual({ baris: ['74.01.01'], kolom: ['pip'], nilai: [[6]], jumlah: [6] });
    expect(tabelDari('kebutuhan', { ...filter, rincian: 'jenis-kelamin' }, rows)).toEqual({ baris: ['74.01.01'], kolom: ['L', 'P'], nilai: [[2, 4]], jumlah: [2, 4] });
    expect(tabelDari('kebutuhan', { ...filter, kelompokUmur: 'lansia', rincian: 'kelompok-umur' }, rows)).toEqual({
      baris: ['74.01.07'],
      kolom: ['balita', 'anak', 'dewasa', 'lansia'],
      nilai: [[0, 0, 0, 5]],
      jumlah: [0, 0, 0, 5]
    });
    const usulan = [{ key: ['usulan', '74.01', '2025-02', '74.01.01', 'pmks'], value: 2 }];
    expect(tabelDari('usulan', filter, usulan).jumlah).toEqual([0, 0, 2]);
  });

  it('says which figures take a programme and which breakdowns', () => {
    expect(FIGUR.filter(berprogram)).toEqual(['kepesertaan', 'kebutuhan', 'kesenjangan', 'keluhan', 'rujukan', 'tindaklanjut', 'penyelesaian']);
    expect(FIGUR.filter((f) => rincianFigur(f).length === 3)).toEqual(['kepesertaan', 'kebutuhan', 'kesenjangan', 'keluhan', 'anggota']);
    expect(FIGUR.filter(berumur)).toEqual(['kepesertaan', 'kebutuhan', 'kesenjangan', 'keluhan', 'anggota']);
  });

  it('orders columns: the closed set first, the rest sorted, unknown last; a programme filter keeps one', () => {
    expect(urutkanKolom('tindaklanjut', {}, ['selesai'])).toEqual(['diterima', 'ditolak', 'ditinjau', 'perlu-informasi', 'selesai', 'ditangani-langsung']);
    expect(urutkanKolom('kepesertaan', { rincian: 'jenis-kelamin' }, ['?', 'P'])).toEqual(['L', 'P', '?']);
    expect(urutkanKolom('kepesertaan', {}, ['pkh', 'bpnt', 'pkh'])).toEqual(['bpnt', 'pkh']);
    expect(urutkanKolom('rujukan', { programId: 'pip-kemenag' }, ['pkh'])).toEqual(['pip-kemenag']);
    expect(urutkanKolom('usulan', { rincian: 'jenis-kelamin' }, [])).toEqual(['perubahan-data', 'prelist', 'pmks']);
  });

  it('ignores rows of another figure, area or shape', () => {
    const rows = [
      { key: ['usulan', '74.01', '2025-02', '74.01.01', 'pmks'], value: 2 },
      { key: ['keluhan', '74.01', '2025-02', '74.01.01', 'pmks'], value: 5 },
      { key: ['usulan', '74.02', '2025-02', '74.02.01', 'pmks'], value: 7 },
      { key: ['usulan', '74.01', '2025-02', '74.01.01'], value: 11 },
      { key: ['usulan', '74.01', '2025-04', '74.01.01', 'pmks'], value: 13 }
    ];
    expect(tabelDari('usulan', { wilayah: '74.01', dari: '2025-01', sampai: '2025-03' }, rows)).toEqual({
      baris: ['74.01.01'],
      kolom: ['perubahan-data', 'prelist', 'pmks'],
      nilai: [[0, 0, 2]],
      jumlah: [0, 0, 2]
    });
  });
});
