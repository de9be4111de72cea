import { describe, expect, it } from 'vitest';
import { contohDoc } from '$lib/test-data/doc-fixtures';
import { ringkasKuesioner } from '$lib/domain/monitoring-ringkasan';
import type { Monitoring } from '$lib/domain/monitoring';
import { tabelRingkasan, tampilYaTidak, type TeksTabelMonitoring } from './monitoring-tabel';

const teks: TeksTabelMonitoring = {
  pertanyaan: 'Pertanyaan', unit: 'Unit', menjawab: 'Menjawab', jumlah: 'Jumlah', rataRata: 'Rata-rata', min: 'Min', maks: 'Maks',
  ya: 'Ya', tidak: 'Tidak', pilihan: 'Jawaban', jawaban: 'Jawaban',
  judulAngka: (b) => `Angka: ${b}`, judulYaTidak: (b) => `Hitungan: ${b}`, judulTeks: (b) => `Uraian: ${b}`, judulBelum: 'Belum',
  namaUnit: (u) => `${u.jenis} ${u.kode}`, bulatkan: (n) => Math.round(n * 10) / 10
};

function jawab(kec: string, jawaban: Monitoring['jawaban']): Monitoring {
  const kode = `74.01.${kec}`;
  return { ...contohDoc('monitoring'), _id: `monitoring:7401${kec}:01JP0000000000000000000001`, wilayah: { provinsi: '74', kabupaten: '74.01', kecamatan: kode }, unit: { jenis: 'puskesos', kode }, jawaban };
}

describe('monitoring summary tables', () => {
  const r = ringkasKuesioner(
    contohDoc('kuesioner'),
    [jawab('01', { 'jumlah-keluhan': 2, 'puskesos-aktif': true, catatan: 'Sinyal lemah' }), jawab('07', { 'jumlah-keluhan': 5, 'puskesos-aktif': true, kendala: 'tenaga' })],
    '2025-TW1',
    [{ jenis: 'puskesos', kode: '74.01.01' }, { jenis: 'puskesos', kode: '74.01.02' }]
  );

  it('makes one table per kind of question and section, then the units still to answer', () => {
    expect(tabelRingkasan(r, teks)).toEqual([
      // 2 + 5 = 7 over 2 units: mean 3.5.
      { judul: 'Angka: Layanan', kolom: ['Pertanyaan', 'Menjawab', 'Jumlah', 'Rata-rata', 'Min', 'Maks'], baris: [['Jumlah keluhan diterima', 2, 7, 3.5, 2, 5]] },
      { judul: 'Hitungan: Layanan', kolom: ['Pertanyaan', 'Jawaban', 'Menjawab'], baris: [['Puskesos buka setiap hari kerja?', 'Ya', 2], ['Puskesos buka setiap hari kerja?', 'Tidak', 0]] },
      {
        judul: 'Hitungan: Tantangan',
        kolom: ['Pertanyaan', 'Jawaban', 'Menjawab'],
        baris: [['Kendala utama', 'sinyal', 0], ['Kendala utama', 'tenaga', 1], ['Kendala utama', 'anggaran', 0]]
      },
      { judul: 'Uraian: Tantangan', kolom: ['Pertanyaan', 'Unit', 'Jawaban'], baris: [['Catatan lain', 'puskesos 74.01.01', 'Sinyal lemah']] },
      { judul: 'Belum', kolom: ['Unit'], baris: [['puskesos 74.01.02']] }
    ]);
  });

  it('shows yes/no questions as a dashboard figure whose total is the units that answered', () => {
    const tabel = tampilYaTidak(r.bagian[0].pertanyaan, teks);
    expect(tabel?.baris.map((b) => [b.label, ...b.nilai, b.total.nilai])).toEqual([['Puskesos buka setiap hari kerja?', 2, 0, 2]]);
    expect(tampilYaTidak(r.bagian[1].pertanyaan, teks)).toBeNull();
  });
});
