import { describe, expect, it } from 'vitest';
import {
  compactCode,
  deepestCode,
  dottedCode,
  wilayahDesaSchema,
  wilayahOf,
  wilayahSampai,
  wilayahSchema,
  type Wilayah,
  type WilayahLevel
} from './wilayah';

const DESA: Wilayah = { provinsi: '74', kabupaten: '74.01', kecamatan: '74.01.01', desa: '74.01.01.2001' };

describe('compactCode and dottedCode', () => {
  it.each([
    ['74', '74'],
    ['74.01', '7401'],
    ['74.01.01', '740101'],
    ['74.01.01.2001', '7401012001']
  ])('%s ↔ %s', (dotted, compact) => {
    expect(compactCode(dotted)).toBe(compact);
    expect(dottedCode(compact)).toBe(dotted);
  });
});

describe('wilayahOf and deepestCode', () => {
  it.each<[string, Wilayah]>([
    ['74', { provinsi: '74' }],
    ['74.01', { provinsi: '74', kabupaten: '74.01' }],
    ['74.01.01', { provinsi: '74', kabupaten: '74.01', kecamatan: '74.01.01' }],
    ['74.01.01.2001', DESA]
  ])('%s', (code, w) => {
    expect(wilayahOf(code)).toEqual(w);
    expect(deepestCode(w)).toBe(code);
  });
});

describe('wilayahSchema', () => {
  it.each<[string, unknown, string | null]>([
    ['a full desa', DESA, null],
    ['a province only', { provinsi: '74' }, null],
    ['a kabupaten of another province', { provinsi: '73', kabupaten: '74.01' }, 'Kode wilayah tidak saling sesuai (desa harus di dalam kecamatan, dst.)'],
    ['a desa of another kecamatan', { ...DESA, desa: '74.01.02.2001' }, 'Kode wilayah tidak saling sesuai (desa harus di dalam kecamatan, dst.)'],
    ['a kecamatan without its kabupaten', { provinsi: '74', kecamatan: '74.01.01' }, 'Kode wilayah tidak saling sesuai (desa harus di dalam kecamatan, dst.)'],
    ['a compact code', { provinsi: '74', kabupaten: '7401' }, 'Kode kabupaten/kota harus seperti 74.01'],
    ['a 3-digit province', { provinsi: '740' }, 'Kode provinsi harus 2 digit, mis. 74'],
    ['a short desa code', { ...DESA, desa: '74.01.01.201' }, 'Kode desa/kelurahan harus seperti 74.01.01.2001']
  ])('%s', (_, w, pesan) => {
    const r = wilayahSchema.safeParse(w);
    expect(r.success ? null : r.error.issues[0].message).toBe(pesan);
  });
});

describe('wilayahSampai', () => {
  it.each<[WilayahLevel, string, boolean]>([
    ['desa', '74.01.01.2001', true],
    ['desa', '74.01.01', false],
    ['kecamatan', '74.01.01', true],
    ['kecamatan', '74.01.01.2001', true],
    ['kecamatan', '74.01', false],
    ['kabupaten', '74.01', true],
    ['kabupaten', '74', false],
    ['provinsi', '74', true]
  ])('%s level, wilayah %s → %s', (level, code, ok) => {
    expect(wilayahSampai(level).safeParse(wilayahOf(code)).success).toBe(ok);
  });

  it('says which level is missing, at that field', () => {
    const r = wilayahDesaSchema.safeParse(wilayahOf('74.01.01'));
    expect(r.success ? [] : r.error.issues).toMatchObject([
      { path: ['desa'], message: 'Wilayah harus sampai tingkat desa/kelurahan' }
    ]);
  });
});
