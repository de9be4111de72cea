import { describe, expect, it } from 'vitest';
import { nikAgrees, validateNoKk } from '../../app/lib/domain/nik';
import { NomorIndukAllocator, NomorIndukHabisError } from './nomor-induk';

describe('NomorIndukAllocator', () => {
  it.each([
    ['L', '1980-05-17', '740101170580'],
    ['P', '1980-05-17', '740101570580'],
    ['P', '2021-12-01', '740101411221']
  ] as const)('writes a %s born %s as %s + serial', (jenisKelamin, tanggalLahir, prefix) => {
    const nik = new NomorIndukAllocator().nik('74.01.01', tanggalLahir, jenisKelamin);
    expect(nik.slice(0, 12)).toBe(prefix);
    expect(nik.slice(12)).not.toBe('0000');
    expect(nikAgrees({ nik, jenisKelamin, tanggalLahir }).valid).toBe(true);
  });

  it('never repeats a NIK for people born the same day, even a century apart', () => {
    const nomor = new NomorIndukAllocator();
    const niks = [
      ...Array.from({ length: 50 }, () => nomor.nik('74.01.07', '1990-01-01', 'L')),
      nomor.nik('74.01.07', '1925-03-04', 'P'),
      nomor.nik('74.01.07', '2025-03-04', 'P')
    ];
    expect(new Set(niks).size).toBe(niks.length);
  });

  it('keeps separate counters per kecamatan and for family cards', () => {
    const nomor = new NomorIndukAllocator();
    const kk = nomor.noKK('74.01.01', '2015-08-20');
    expect(kk.slice(0, 12)).toBe('740101200815');
    expect(validateNoKk(kk, '2025-01-01').valid).toBe(true);
    expect(nomor.noKK('74.01.01', '2015-08-20')).not.toBe(kk);
    expect(nomor.noKK('74.01.04', '2015-08-20').slice(0, 6)).toBe('740104');
  });

  it('fails loudly instead of wrapping when a date runs out of serials', () => {
    const nomor = new NomorIndukAllocator();
    expect(() => {
      for (let i = 0; i < 10_000; i++) nomor.nik('74.01.01', '1970-07-07', 'L');
    }).toThrow(NomorIndukHabisError);
  });
});
