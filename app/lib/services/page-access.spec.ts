import { describe, expect, it } from 'vitest';
import { coveredByLock, isPublicPath, lockPath, redirectFor, returnPathOf } from './page-access';

const at = (path: string) => new URL(path, 'http://slrt.test');

describe('page access', () => {
  it('sends nobody to the login page, and leaves them there', () => {
    for (const status of ['keluar', 'memeriksa'] as const) {
      expect(redirectFor(status, null, 'pengguna', at('/beranda'))).toBe('/masuk');
      expect(redirectFor(status, null, 'kunci', at('/kunci'))).toBe('/masuk');
      expect(redirectFor(status, null, 'awal', at('/'))).toBe('/masuk');
      expect(redirectFor(status, null, 'masuk', at('/masuk'))).toBeNull();
    }
  });

  it('sends a locked user to the unlock page, remembering the page they were on', () => {
    expect(redirectFor('terkunci', 'fasilitator', 'pengguna', at('/keluhan/baru?desa=1'))).toBe(
      '/kunci?kembali=%2Fkeluhan%2Fbaru%3Fdesa%3D1'
    );
    expect(redirectFor('terkunci', 'fasilitator', 'masuk', at('/masuk'))).toBe('/kunci');
    expect(redirectFor('terkunci', 'fasilitator', 'awal', at('/'))).toBe('/kunci');
    expect(redirectFor('terkunci', 'fasilitator', 'kunci', at('/kunci'))).toBeNull();
  });

  it('lets an active user work, and sends them from login, unlock or start to their home or back', () => {
    expect(redirectFor('aktif', 'supervisor', 'pengguna', at('/beranda'))).toBeNull();
    expect(redirectFor('aktif', 'supervisor', 'masuk', at('/masuk'))).toBe('/antrean');
    expect(redirectFor('aktif', 'supervisor', 'awal', at('/'))).toBe('/antrean');
    expect(redirectFor('aktif', 'supervisor', 'kunci', at('/kunci?kembali=%2Fsinkronisasi'))).toBe('/sinkronisasi');
  });

  it('leaves a public page to anyone, logged in, out or locked', () => {
    for (const status of ['keluar', 'memeriksa', 'terkunci', 'aktif'] as const) {
      expect(redirectFor(status, status === 'keluar' ? null : 'fasilitator', 'publik', at('/lacak?kode=7401-ABCD-EFGH'))).toBeNull();
    }
    expect(isPublicPath('/lacak')).toBe(true);
    expect(isPublicPath('/beranda')).toBe(false);
  });

  it('returns only to paths of this app', () => {
    expect(returnPathOf(at('/kunci?kembali=%2Fkeluhan%2Fbaru'))).toBe('/keluhan/baru');
    for (const outside of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'beranda', '']) {
      expect(returnPathOf(at(`/kunci?kembali=${encodeURIComponent(outside)}`)), outside).toBeNull();
    }
  });

  it('does not send the unlock page or the start page back to themselves', () => {
    expect(lockPath(at('/'))).toBe('/kunci');
    expect(lockPath(at('/kunci?kembali=%2Fberanda'))).toBe('/kunci');
    expect(lockPath(at('/beranda'))).toBe('/kunci?kembali=%2Fberanda');
  });
});

describe('the lock screen', () => {
  it('covers a locked page, never the ways in nor the public status page, and nothing when open', () => {
    expect(coveredByLock('terkunci', '/keluhan/baru')).toBe(true);
    expect(['/kunci', '/masuk', '/lacak'].map((p) => coveredByLock('terkunci', p))).toEqual([false, false, false]);
    expect(coveredByLock('aktif', '/keluhan/baru')).toBe(false);
  });
});
