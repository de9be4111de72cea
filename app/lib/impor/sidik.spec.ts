import { describe, expect, it } from 'vitest';
import { Penghitung, salin, sidikAngka } from './sidik';

describe('Penghitung', () => {
  it('counts each text however many there are and in whatever order they come', () => {
    const p = new Penghitung();
    const teks = Array.from({ length: 10_000 }, (_, i) => `740101100100${i % 3_000}`);
    for (const t of teks.reverse()) p.tambah(t);
    const h = p.hitungan();
    expect(h.jumlah('7401011001000')).toBe(4);
    expect(h.jumlah('7401011001002999')).toBe(3);
    expect(h.jumlah('tidak ada')).toBe(0);
  });

  it('keeps only texts counted often enough', () => {
    const p = new Penghitung();
    for (const t of ['A', 'B', 'A', 'C', 'A', 'C']) p.tambah(t);
    const h = p.hitungan(2);
    expect([h.jumlah('A'), h.jumlah('B'), h.jumlah('C')]).toEqual([3, 0, 2]);
  });
});

describe('sidikAngka and salin', () => {
  it('gives a whole number below 2^53, the same for the same text', () => {
    const s = sidikAngka('7401012807820192');
    expect(Number.isSafeInteger(s)).toBe(true);
    expect(sidikAngka('7401012807820192')).toBe(s);
    expect(sidikAngka('7401012807820193')).not.toBe(s);
  });

  it('copies a text unchanged', () => {
    const baris = 'x;7401012807820192;y';
    expect(salin(baris.slice(2, 18))).toBe('7401012807820192');
    expect(salin('')).toBe('');
  });
});
