import { describe, expect, it } from 'vitest';
import { labelSingkat, tampilkan, untukEkspor } from './dasbor-tampil';

const label = { baris: (k: string) => ({ '74.01.01': 'Wundulako', '74.01.07': 'Pomalaa' })[k] ?? k, kolom: (k: string) => k.toUpperCase() };
const tanda = { disembunyikan: '<5', palingSedikit: (n: number) => `≥ ${n}` };

describe('a figure as read and exported', () => {
  it('labels rows and columns and adds row, column and grand totals', () => {
    const t = tampilkan({ baris: ['74.01.01', '74.01.07'], kolom: ['l', 'p'], nilai: [[3, 4], [10, 20]] }, label);
    expect(t.baris.map((b) => [b.label, b.total.nilai])).toEqual([['Wundulako', 7], ['Pomalaa', 30]]);
    expect(t.kolom.map((k) => k.label)).toEqual(['L', 'P']);
    expect(t.totalKolom.map((j) => j.nilai)).toEqual([13, 24]);
    expect(t.total).toEqual({ nilai: 37, sebagian: false });
  });

  it('takes row totals the source gives (cases of a percentile figure), not the sum of medians', () => {
    const t = tampilkan({ baris: ['74.01.01', '74.01.07'], kolom: ['median', 'p90'], nilai: [[3, 40], [8, 8]], jumlah: [8, 40], totalBaris: [4, 1] }, label);
    expect(t.baris.map((b) => b.total.nilai)).toEqual([4, 1]);
    expect(t.totalKolom.map((j) => j.nilai)).toEqual([8, 40]);
    expect(t.total).toEqual({ nilai: 5, sebagian: false });
  });

  it('marks totals that include a suppressed cell as lower bounds, in the export too', () => {
    const t = tampilkan({ baris: ['74.01.01', '74.01.07'], kolom: ['l', 'p'], nilai: [[null, 8], [10, 20]] }, label);
    expect(t.baris[0].total).toEqual({ nilai: 8, sebagian: true });
    expect(untukEkspor('Anggota', t, { wilayah: 'Kecamatan', total: 'Jumlah' }, tanda)).toEqual({
      judul: 'Anggota',
      kolom: ['Kecamatan', 'L', 'P', 'Jumlah'],
      baris: [
        ['Wundulako', '<5', 8, '≥ 8'],
        ['Pomalaa', 10, 20, 30],
        ['Jumlah', '≥ 10', 28, '≥ 38']
      ]
    });
  });

  it('takes the source’s exact column totals where it gives them', () => {
    const t = tampilkan({ baris: ['74.01.01', '74.01.07'], kolom: ['l', 'p'], nilai: [[null, 8], [10, null]], jumlah: [13, null] }, label);
    expect(t.totalKolom).toEqual([
      { nilai: 13, sebagian: false },
      { nilai: 8, sebagian: true }
    ]);
    expect(t.total).toEqual({ nilai: 21, sebagian: true });
  });

  it('shortens programme names to their own abbreviations for table headings', () => {
    expect(labelSingkat('Program Keluarga Harapan (PKH)')).toBe('PKH');
    expect(labelSingkat('Program Indonesia Pintar (PIP/KIP) Kemenag')).toBe('PIP/KIP Kemenag');
    expect(labelSingkat('Bantuan Sosial Beras Sejahtera (Bansos Rastra)')).toBe('Bansos Rastra');
    expect(labelSingkat('Bedah Rumah Kabupaten Kolaka (Rehabilitasi Rumah Tidak Layak Huni)')).toBe('Bedah Rumah Kabupaten Kolaka');
    expect(labelSingkat('Subsidi Listrik')).toBe('Subsidi Listrik');
  });

  it('hides a total of which nothing is known rather than claiming at least zero', () => {
    const t = tampilkan({ baris: ['74.01.01'], kolom: ['l', 'p'], nilai: [[null, null]] }, label);
    expect(untukEkspor('Anggota', t, { wilayah: 'Kecamatan', total: 'Jumlah' }, tanda).baris[0]).toEqual(['Wundulako', '<5', '<5', '<5']);
  });
});
