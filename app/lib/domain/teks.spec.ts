import { describe, expect, it } from 'vitest';
import { cocokPencarian, normalisasiTeks } from './teks';

describe('normalisasiTeks', () => {
  it.each([
    ["Ma'ruf  Amin", 'maruf amin'],
    ['WA ODE Sitti', 'wa ode sitti'],
    ['Désirée Nurhayati', 'desiree nurhayati'],
    [' La Ode-Muhammad ', 'la ode muhammad']
  ])('%s → %s', (teks, normal) => {
    expect(normalisasiTeks(teks)).toBe(normal);
  });
});

describe('cocokPencarian', () => {
  const isian = ['Program Keluarga Harapan', 'Bantuan tunai bersyarat untuk keluarga miskin', undefined];

  it('finds by word prefixes in any order, across fields, whatever the case and accents', () => {
    expect(cocokPencarian('harap KELUAR', isian)).toBe(true);
    expect(cocokPencarian('tunái', isian)).toBe(true);
    expect(cocokPencarian('', isian)).toBe(true);
  });

  it('needs every word, each at the start of a word', () => {
    expect(cocokPencarian('harapan sembako', isian)).toBe(false);
    expect(cocokPencarian('arapan', isian)).toBe(false);
  });
});
