import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kabupatenOfKodeLacak, kodeLacakSchema, newKodeLacak, readKodeLacak } from './kode-lacak';

describe('kode lacak', () => {
  it('starts with the kabupaten and is valid for any random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 5, maxLength: 5 }), (bytes) => {
        const kode = newKodeLacak('74.01', () => bytes);
        expect(kodeLacakSchema.parse(kode)).toBe(kode);
        expect(kabupatenOfKodeLacak(kode)).toBe('74.01');
      })
    );
  });

  it('uses all 40 random bits: different bytes give different codes', () => {
    const zero = newKodeLacak('74.01', () => new Uint8Array(5));
    const last = newKodeLacak('74.01', () => Uint8Array.from([0, 0, 0, 0, 1]));
    const first = newKodeLacak('74.01', () => Uint8Array.from([128, 0, 0, 0, 0]));
    expect(new Set([zero, last, first]).size).toBe(3);
    expect(zero).toBe('7401-0000-0000');
  });

  it('gives a fresh code each time from WebCrypto', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => newKodeLacak('74.01')));
    expect(codes.size).toBe(1000);
  });

  it('reads what a person types, forgiving case, spaces and look-alike letters', () => {
    expect(readKodeLacak(' 7401 k3qm 8ztd ')).toBe('7401-K3QM-8ZTD');
    expect(readKodeLacak('7401-o1lI-0000')).toBe('7401-0111-0000');
    expect(readKodeLacak('7401K3QM8ZTD')).toBe('7401-K3QM-8ZTD');
  });

  it('refuses what cannot be a code', () => {
    for (const input of ['', '7401', '7401-K3QM-8ZT', 'ABCD-K3QM-8ZTD', '7401-K3QM-8ZTU', "7401-K3QM-8ZT'"]) {
      expect(readKodeLacak(input), input).toBeNull();
    }
    expect(() => newKodeLacak('7401')).toThrow(/kabupaten/);
  });
});
