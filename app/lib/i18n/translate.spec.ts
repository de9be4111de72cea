import { describe, expect, it, vi } from 'vitest';
import { createTranslator, interpolate, isLocale, placeholdersOf, type Catalog, type Locale } from './translate';

const catalog: Catalog = {
  demo: {
    id: { greeting: 'Halo, {name}!', count: '{n} dokumen menunggu', onlyId: 'Hanya Bahasa Indonesia' },
    en: { greeting: 'Hello, {name}!', count: '{n} documents waiting' }
  }
};

function setup(initial: Locale = 'id') {
  let locale = initial;
  const report = vi.fn<(message: string) => void>();
  const t = createTranslator(catalog, () => locale, report);
  return { t, report, use: (next: Locale) => (locale = next) };
}

describe('createTranslator', () => {
  it('fills placeholders in the current locale and follows a locale change', () => {
    const { t, use } = setup();
    expect(t('demo.greeting', { name: 'Wa Ode' })).toBe('Halo, Wa Ode!');
    expect(t('demo.count', { n: 3 })).toBe('3 dokumen menunggu');
    use('en');
    expect(t('demo.greeting', { name: 'Wa Ode' })).toBe('Hello, Wa Ode!');
  });

  it('returns a missing key as itself and reports it once', () => {
    const { t, report } = setup();
    expect(t('demo.nope')).toBe('demo.nope');
    expect(t('demo.nope')).toBe('demo.nope');
    expect(t('lain.kunci')).toBe('lain.kunci');
    expect(t('tanpaNamespace')).toBe('tanpaNamespace');
    expect(report).toHaveBeenCalledTimes(3);
    expect(report).toHaveBeenCalledWith('[i18n] Pesan tidak ditemukan: "demo.nope"');
  });

  it('falls back to Bahasa Indonesia for an untranslated key and reports that once', () => {
    const { t, report } = setup('en');
    expect(t('demo.onlyId')).toBe('Hanya Bahasa Indonesia');
    t('demo.onlyId');
    expect(report).toHaveBeenCalledTimes(1);
    expect(report).toHaveBeenCalledWith('[i18n] Pesan "demo.onlyId" belum diterjemahkan ke "en"');
  });
});

describe('interpolate and placeholdersOf', () => {
  it('leaves a placeholder without a value visible', () => {
    expect(interpolate('Versi {version} ({tanggal})', { version: '0.1.0' })).toBe('Versi 0.1.0 ({tanggal})');
  });

  it('replaces every occurrence and accepts zero', () => {
    expect(interpolate('{n} dari {n}', { n: 0 })).toBe('0 dari 0');
  });

  it('lists each placeholder once, sorted', () => {
    expect(placeholdersOf('{b} dan {a}, lalu {b}')).toEqual(['a', 'b']);
    expect(placeholdersOf('tanpa isian')).toEqual([]);
  });
});

describe('isLocale', () => {
  it('accepts only the supported locales', () => {
    expect(isLocale('id')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(null)).toBe(false);
  });
});
