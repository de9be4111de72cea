import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import kodeKecamatanList from './data/kode-kecamatan.json';
import type { Anggota } from './household';
import {
  hariIni,
  kodeKecamatanDikenal,
  makeNik,
  makeNoKk,
  nikAgrees,
  nikFacts,
  nikSchema,
  validateNik,
  validateNoKk
} from './nik';
import { dottedCode } from './wilayah';

const PADA = '2025-06-30';

describe('the kecamatan code list', () => {
  it('holds every kecamatan of idn-area-data once, sorted, as 6 digits', () => {
    expect(kodeKecamatanList).toHaveLength(7285);
    expect(kodeKecamatanList.every((k) => /^\d{6}$/.test(k))).toBe(true);
    expect([...new Set(kodeKecamatanList)].sort()).toEqual(kodeKecamatanList);
  });

  it.each([
    ['74.01.01', true],
    ['740101', true],
    ['31.71.01', true],
    ['74.01.99', false],
    ['99.01.01', false]
  ])('%s is known: %s', (kode, dikenal) => {
    expect(kodeKecamatanDikenal(kode)).toBe(dikenal);
  });
});

describe('validateNik', () => {
  it.each([
    ['a man born 17 May 1980 in Wundulako', '7401011705800001'],
    ['a woman born 3 Feb 1985 (day + 40)', '7401014302850002'],
    ['a woman born on the 31st (day 71)', '7401017101900003'],
    ['29 Feb of a leap year (2000)', '7401012902000004'],
    ['born today', '7401013006250005']
  ])('accepts %s', (_, nik) => {
    expect(validateNik(nik, PADA)).toEqual({ valid: true, problems: [] });
  });

  it.each([
    ['15 digits', '740101170580000', ['NIK harus 16 digit angka']],
    ['letters', '74010117058000A1', ['NIK harus 16 digit angka']],
    ['dots', '74.01.01.170580', ['NIK harus 16 digit angka']],
    ['an unknown kecamatan', '7401991705800001', ['Kode wilayah NIK (6 digit pertama) tidak dikenal']],
    ['day 35 (neither a man nor a woman)', '7401013505800001', ['Tanggal lahir dalam NIK tidak valid']],
    ['day 00', '7401010005800001', ['Tanggal lahir dalam NIK tidak valid']],
    ['month 13', '7401011713800001', ['Tanggal lahir dalam NIK tidak valid']],
    ['29 Feb of 1999', '7401012902990001', ['Tanggal lahir dalam NIK tidak valid']],
    ['31 April, for a woman', '7401017104800001', ['Tanggal lahir dalam NIK tidak valid']],
    ['a birth date after today', '7401010107250001', ['Tanggal lahir dalam NIK tidak valid']],
    ['serial 0000', '7401011705800000', ['Nomor urut NIK tidak boleh 0000']],
    [
      'every problem at once',
      '9999993213990000',
      [
        'Kode wilayah NIK (6 digit pertama) tidak dikenal',
        'Tanggal lahir dalam NIK tidak valid',
        'Nomor urut NIK tidak boleh 0000'
      ]
    ]
  ])('rejects %s', (_, nik, problems) => {
    expect(validateNik(nik, PADA)).toEqual({ valid: false, problems });
  });
});

describe('validateNoKk', () => {
  it('accepts a card issued 10 Jan 2010 in Wundulako', () => {
    expect(validateNoKk('7401011001100001', PADA)).toEqual({ valid: true, problems: [] });
  });

  it.each([
    ['17 digits', '74010110011000011', ['Nomor KK harus 16 digit angka']],
    ['an unknown kecamatan', '0000001001100001', ['Kode wilayah Nomor KK (6 digit pertama) tidak dikenal']],
    ['a woman-style day (a KK has no +40)', '7401015001100001', ['Tanggal terbit dalam Nomor KK tidak valid']],
    ['serial 0000', '7401011001100000', ['Nomor urut Nomor KK tidak boleh 0000']]
  ])('rejects %s', (_, noKk, problems) => {
    expect(validateNoKk(noKk, PADA)).toEqual({ valid: false, problems });
  });
});

describe('nikFacts', () => {
  it.each([
    ['7401011705800001', { kodeKecamatan: '74.01.01', tanggalLahir: '1980-05-17', jenisKelamin: 'L' }],
    ['7401014302850002', { kodeKecamatan: '74.01.01', tanggalLahir: '1985-02-03', jenisKelamin: 'P' }],
    ['7401010101250001', { kodeKecamatan: '74.01.01', tanggalLahir: '2025-01-01', jenisKelamin: 'L' }],
    ['7401010101260001', { kodeKecamatan: '74.01.01', tanggalLahir: '1926-01-01', jenisKelamin: 'L' }],
    ['7401011705800000', null]
  ])('%s → %o (two-digit years above this year are 19YY)', (nik, fakta) => {
    expect(nikFacts(nik, PADA)).toEqual(fakta);
  });
});

describe('makeNik and makeNoKk', () => {
  it('writes region, DDMMYY with day + 40 for women, and a 4-digit serial', () => {
    expect(makeNik({ kodeKecamatan: '74.01.01', tanggalLahir: '1985-02-03', jenisKelamin: 'P', serial: 2 })).toBe(
      '7401014302850002'
    );
    expect(makeNoKk({ kodeKecamatan: '740101', tanggalTerbit: '2010-01-10', serial: 1 })).toBe('7401011001100001');
  });

  it.each([
    ['an unknown kecamatan', { kodeKecamatan: '74.01.99', serial: 1 }, 'Kode kecamatan 74.01.99 tidak dikenal'],
    ['serial 0', { kodeKecamatan: '74.01.01', serial: 0 }, 'Nomor urut 0 harus bilangan bulat 1 sampai 9999'],
    ['serial 10000', { kodeKecamatan: '74.01.01', serial: 10000 }, 'Nomor urut 10000 harus bilangan bulat 1 sampai 9999']
  ])('refuses %s', (_, data, message) => {
    expect(() => makeNik({ tanggalLahir: '1980-05-17', jenisKelamin: 'L', ...data })).toThrow(message);
  });
});

describe('nikAgrees', () => {
  const kepala: Pick<Anggota, 'nik' | 'jenisKelamin' | 'tanggalLahir'> = {
    nik: '7401011705800001',
    jenisKelamin: 'L',
    tanggalLahir: '1980-05-17'
  };

  it.each<[string, typeof kepala, string[]]>([
    ['matching data', kepala, []],
    ['another sex', { ...kepala, jenisKelamin: 'P' }, ['Jenis kelamin tidak sesuai dengan NIK']],
    ['another day', { ...kepala, tanggalLahir: '1980-05-18' }, ['Tanggal lahir tidak sesuai dengan NIK']],
    ['another century (the NIK cannot tell)', { ...kepala, tanggalLahir: '1880-05-17' }, []],
    ['a malformed NIK', { ...kepala, nik: '123' }, ['NIK harus 16 digit angka']]
  ])('%s', (_, anggota, problems) => {
    expect(nikAgrees(anggota)).toEqual({ valid: problems.length === 0, problems });
  });
});

describe('nikSchema', () => {
  it('reports every problem of validateNik as a zod issue', () => {
    const r = nikSchema.safeParse('7401991705800000');
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual([
      'Kode wilayah NIK (6 digit pertama) tidak dikenal',
      'Nomor urut NIK tidak boleh 0000'
    ]);
  });
});

describe('hariIni', () => {
  it('is the local calendar day', () => {
    expect(hariIni(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});

describe('properties', () => {
  const kode = fc.constantFrom(...kodeKecamatanList).map(dottedCode);
  // Within the century window of PADA: 1926-01-01 … 2025-06-30.
  const tanggal = fc
    .date({ min: new Date('1926-01-01T00:00:00Z'), max: new Date(`${PADA}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const jenisKelamin = fc.constantFrom('L' as const, 'P' as const);
  const serial = fc.integer({ min: 1, max: 9999 });
  const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });

  it('every makeNik output validates and its facts round-trip', () => {
    fc.assert(
      fc.property(kode, tanggal, jenisKelamin, serial, (kodeKecamatan, tanggalLahir, jk, s) => {
        const nik = makeNik({ kodeKecamatan, tanggalLahir, jenisKelamin: jk, serial: s });
        expect(validateNik(nik, PADA)).toEqual({ valid: true, problems: [] });
        expect(nikFacts(nik, PADA)).toEqual({ kodeKecamatan, tanggalLahir, jenisKelamin: jk });
        expect(nikAgrees({ nik, tanggalLahir, jenisKelamin: jk }).valid).toBe(true);
        expect(nik.endsWith(String(s).padStart(4, '0'))).toBe(true);
      })
    );
  });

  it('a NIK disagrees with the other sex', () => {
    fc.assert(
      fc.property(kode, tanggal, jenisKelamin, serial, (kodeKecamatan, tanggalLahir, jk, s) => {
        const nik = makeNik({ kodeKecamatan, tanggalLahir, jenisKelamin: jk, serial: s });
        const lain = jk === 'L' ? 'P' : 'L';
        expect(nikAgrees({ nik, tanggalLahir, jenisKelamin: lain }).problems).toEqual([
          'Jenis kelamin tidak sesuai dengan NIK'
        ]);
      })
    );
  });

  it('every makeNoKk output validates', () => {
    fc.assert(
      fc.property(kode, tanggal, serial, (kodeKecamatan, tanggalTerbit, s) => {
        expect(validateNoKk(makeNoKk({ kodeKecamatan, tanggalTerbit, serial: s }), PADA).valid).toBe(true);
      })
    );
  });

  it('any 15- or 17-digit string fails as a NIK and as a No. KK, with one problem', () => {
    fc.assert(
      fc.property(fc.oneof(digits(15), digits(17)), (nomor) => {
        expect(validateNik(nomor, PADA)).toEqual({ valid: false, problems: ['NIK harus 16 digit angka'] });
        expect(validateNoKk(nomor, PADA)).toEqual({ valid: false, problems: ['Nomor KK harus 16 digit angka'] });
      })
    );
  });

  it('serial 0000 always fails, whatever the rest', () => {
    fc.assert(
      fc.property(digits(12), (awal) => {
        expect(validateNik(`${awal}0000`, PADA).problems).toContain('Nomor urut NIK tidak boleh 0000');
      })
    );
  });

  it('a NIK is valid exactly when nikFacts reads it', () => {
    fc.assert(
      fc.property(digits(16), (nik) => {
        expect(nikFacts(nik, PADA) !== null).toBe(validateNik(nik, PADA).valid);
      })
    );
  });
});
