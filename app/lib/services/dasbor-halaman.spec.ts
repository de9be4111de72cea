import { describe, expect, it } from 'vitest';
import { areaOfRoles } from '$lib/domain/roles';
import { alamatDari, bisaDibuka, filterDariAlamat, jejakWilayah, tingkatBaris, wilayahAkar } from './dasbor-halaman';

const q = (s: string) => new URLSearchParams(s);

describe('the dashboard address', () => {
  it('starts each role at its own area', () => {
    expect(wilayahAkar('manajer', areaOfRoles(['manajer', 'kab:7401']))).toBe('74.01');
    expect(wilayahAkar('provinsi', areaOfRoles(['provinsi', 'prov:74']))).toBe('74');
    expect(wilayahAkar('nasional', areaOfRoles(['nasional']))).toBe('');
    expect(wilayahAkar('fasilitator', areaOfRoles(['fasilitator', 'kec:740107']))).toBeNull();
  });

  it('defaults to this year so far, and round-trips a full filter', () => {
    expect(filterDariAlamat(q(''), '74.01', '2026-12-02')).toEqual({
      wilayah: '74.01',
      dari: '2026-01',
      sampai: '2026-12',
      programId: undefined,
      rincian: undefined
    });
    const f = { wilayah: '74.01.07', dari: '2025-07', sampai: '2026-03', programId: 'pip-kemendikbud', rincian: 'jenis-kelamin' as const };
    expect(filterDariAlamat(q(alamatDari(f).slice(1)), '74.01', '2026-12-02')).toEqual(f);
  });

  it('never leaves the user’s area, and aggregates stop at kecamatan', () => {
    expect(filterDariAlamat(q('wilayah=74.02.01'), '74.01', '2026-12-02').wilayah).toBe('74.01');
    expect(filterDariAlamat(q('wilayah=74.011'), '74.01', '2026-12-02').wilayah).toBe('74.01');
    expect(filterDariAlamat(q('wilayah=74.01.07.1001'), '74.01', '2026-12-02').wilayah).toBe('74.01.07.1001');
    expect(filterDariAlamat(q('wilayah=74.01.07.1001'), '74', '2026-12-02').wilayah).toBe('74');
    expect(filterDariAlamat(q('wilayah=74.01.07'), '', '2026-12-02').wilayah).toBe('74.01.07');
    expect(filterDariAlamat(q('dari=2026-13&rincian=agama'), '74.01', '2026-12-02')).toMatchObject({ dari: '2026-01', rincian: undefined });
  });

  it('walks down from the user’s area for the breadcrumb and the row level', () => {
    expect(jejakWilayah('74.01', '74.01.07.1001')).toEqual(['74.01', '74.01.07', '74.01.07.1001']);
    expect(jejakWilayah('', '74.01')).toEqual(['', '74', '74.01']);
    expect(tingkatBaris('')).toBe('provinsi');
    expect(tingkatBaris('74.01')).toBe('kecamatan');
    expect(tingkatBaris('74.01.07')).toBe('desa');
    expect(bisaDibuka('74.01', '74.01', '74.01.07')).toBe(true);
    expect(bisaDibuka('74.01', '74.01.07.1001', '74.01.07.1001')).toBe(false);
    expect(bisaDibuka('74', '74.01.07', '74.01.07.1001')).toBe(false);
  });
});
