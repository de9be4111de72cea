import { describe, expect, it } from 'vitest';
import { areaOfRoles } from '$lib/domain/roles';
import { alamatDari, bisaDibuka, filterDariAlamat, jejakWilayah, membacaAgregat, tingkatBaris, wilayahAkar } from './dasbor-halaman';

const kolaka = { wilayah: '74.01', agregat: false };
const sultra = { wilayah: '74', agregat: true };
const indonesia = { wilayah: '', agregat: true };

const q = (s: string) => new URLSearchParams(s);

describe('the dashboard address', () => {
  it('starts each role at its own area', () => {
    expect(wilayahAkar('manajer', areaOfRoles(['manajer', 'kab:7401']))).toBe('74.01');
    expect(wilayahAkar('provinsi', areaOfRoles(['provinsi', 'prov:74']))).toBe('74');
    expect(wilayahAkar('nasional', areaOfRoles(['nasional']))).toBe('');
    expect(wilayahAkar('pengelola', areaOfRoles(['pengelola', 'pengelola:7401:pkh']))).toBe('74.01');
    expect(wilayahAkar('fasilitator', areaOfRoles(['fasilitator', 'kec:740107']))).toBeNull();
  });

  it('gives province, nation and programme agencies the aggregates, the district secretariat its views', () => {
    expect(['provinsi', 'nasional', 'pengelola'].every((r) => membacaAgregat(r as never))).toBe(true);
    expect(['manajer', 'back-office', 'admin-kab'].some((r) => membacaAgregat(r as never))).toBe(false);
  });

  it('defaults to this year so far, and round-trips a full filter', () => {
    expect(filterDariAlamat(q(''), kolaka, '2026-12-02')).toEqual({
      wilayah: '74.01',
      dari: '2026-01',
      sampai: '2026-12',
      programId: undefined,
      rincian: undefined,
      kelompokUmur: undefined
    });
    const f = { wilayah: '74.01.07', dari: '2025-07', sampai: '2026-03', programId: 'pip-kemendikbud', rincian: 'jenis-kelamin' as const, kelompokUmur: 'anak' as const };
    expect(alamatDari(f)).toContain('umur=anak');
    expect(filterDariAlamat(q(alamatDari(f).slice(1)), kolaka, '2026-12-02')).toEqual(f);
    expect(filterDariAlamat(q('umur=remaja'), kolaka, '2026-12-02').kelompokUmur).toBeUndefined();
  });

  it('never leaves the user’s area, and aggregates stop at kecamatan', () => {
    expect(filterDariAlamat(q('wilayah=74.02.01'), kolaka, '2026-12-02').wilayah).toBe('74.01');
    expect(filterDariAlamat(q('wilayah=74.011'), kolaka, '2026-12-02').wilayah).toBe('74.01');
    expect(filterDariAlamat(q('wilayah=74.01.07.1001'), kolaka, '2026-12-02').wilayah).toBe('74.01.07.1001');
    expect(filterDariAlamat(q('wilayah=74.01.07.1001'), sultra, '2026-12-02').wilayah).toBe('74');
    expect(filterDariAlamat(q('wilayah=74.01.07'), indonesia, '2026-12-02').wilayah).toBe('74.01.07');
    expect(filterDariAlamat(q('dari=2026-13&rincian=agama'), kolaka, '2026-12-02')).toMatchObject({ dari: '2026-01', rincian: undefined });
  });

  it('walks down from the user’s area for the breadcrumb and the row level', () => {
    expect(jejakWilayah('74.01', '74.01.07.1001')).toEqual(['74.01', '74.01.07', '74.01.07.1001']);
    expect(jejakWilayah('', '74.01')).toEqual(['', '74', '74.01']);
    expect(tingkatBaris('')).toBe('provinsi');
    expect(tingkatBaris('74.01')).toBe('kecamatan');
    expect(tingkatBaris('74.01.07')).toBe('desa');
    expect(bisaDibuka(kolaka, '74.01', '74.01.07')).toBe(true);
    expect(bisaDibuka(kolaka, '74.01.07.1001', '74.01.07.1001')).toBe(false);
    expect(bisaDibuka(sultra, '74.01.07', '74.01.07.1001')).toBe(false);
    expect(bisaDibuka({ wilayah: '74.01', agregat: true }, '74.01', '74.01.07')).toBe(true);
  });
});
