import { describe, expect, it } from 'vitest';
import { contohDoc } from '../test-data/doc-fixtures';
import { periodeTriwulan } from './kuesioner';
import { periksaJawaban } from './monitoring';

describe('periodeTriwulan', () => {
  it.each([
    ['2025-01-01', '2025-TW1'],
    ['2025-03-31', '2025-TW1'],
    ['2025-04-01', '2025-TW2'],
    ['2025-09-15', '2025-TW3'],
    ['2025-12-31', '2025-TW4']
  ])('%s → %s', (tanggal, periode) => {
    expect(periodeTriwulan(tanggal)).toBe(periode);
  });
});

describe('periksaJawaban', () => {
  const kuesioner = contohDoc('kuesioner');
  const jawaban = contohDoc('monitoring').jawaban;

  it.each<[string, Record<string, string | number | boolean>, string[]]>([
    ['complete answers', jawaban, []],
    ['optional answers left out', { 'jumlah-keluhan': 0, 'puskesos-aktif': false }, []],
    ['a required answer missing', { 'puskesos-aktif': true }, ['"Jumlah keluhan diterima" wajib dijawab']],
    ['a blank required text', { ...jawaban, 'jumlah-keluhan': ' ' }, ['"Jumlah keluhan diterima" wajib dijawab']],
    ['a number as text', { ...jawaban, 'jumlah-keluhan': '12' }, ['"Jumlah keluhan diterima": jawaban harus angka']],
    ['a number below the minimum', { ...jawaban, 'jumlah-keluhan': -1 }, ['"Jumlah keluhan diterima": jawaban minimal 0']],
    ['yes/no as text', { ...jawaban, 'puskesos-aktif': 'ya' }, ['"Puskesos buka setiap hari kerja?": jawaban harus ya atau tidak']],
    [
      'a choice not offered',
      { ...jawaban, kendala: 'cuaca' },
      ['"Kendala utama": jawaban harus salah satu dari sinyal, tenaga, anggaran']
    ],
    ['a number as free text', { ...jawaban, catatan: 5 }, ['"Catatan lain": jawaban harus teks']],
    ['an answer to no question', { ...jawaban, 'lain-lain': 'x' }, ['Jawaban "lain-lain" tidak ada pertanyaannya di kuesioner']]
  ])('%s', (_, j, masalah) => {
    expect(periksaJawaban(kuesioner, { periode: '2025-TW1', jawaban: j })).toEqual(masalah);
  });

  it('checks the period against the questionnaire', () => {
    expect(periksaJawaban(kuesioner, { periode: '2025-TW2', jawaban })).toEqual([
      'Periode 2025-TW2 tidak sama dengan periode kuesioner 2025-TW1'
    ]);
  });

  it('checks the maximum of a number question', () => {
    const k = { ...kuesioner, pertanyaan: [{ id: 'persen', teks: 'Persen', wajib: true, jenis: 'angka' as const, maks: 100 }] };
    expect(periksaJawaban(k, { periode: '2025-TW1', jawaban: { persen: 101 } })).toEqual(['"Persen": jawaban maksimal 100']);
  });
});
