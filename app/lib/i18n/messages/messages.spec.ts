import { describe, expect, it } from 'vitest';
import { LOCALES, placeholdersOf, type Catalog } from '../translate';
import { STATUS_KASUS, STATUS_KASUS_LABEL } from '../../domain/case-state';
import { catalog } from './index';

describe.each(Object.entries(catalog as Catalog))('namespace %s', (_name, namespace) => {
  const keys = (locale: (typeof LOCALES)[number]) => Object.keys(namespace[locale]).sort();

  it('has the same keys in every locale', () => {
    for (const locale of LOCALES) expect(keys(locale), locale).toEqual(keys('id'));
  });

  it('uses the same placeholders in every locale', () => {
    for (const key of keys('id')) {
      for (const locale of LOCALES) {
        expect(placeholdersOf(namespace[locale][key] ?? ''), `${key} (${locale})`).toEqual(placeholdersOf(namespace.id[key]));
      }
    }
  });

  it('has no empty message', () => {
    for (const locale of LOCALES) {
      for (const [key, text] of Object.entries(namespace[locale])) expect(text.trim(), `${key} (${locale})`).not.toBe('');
    }
  });
});

describe('the catalog', () => {
  it('holds the shell namespace', () => {
    expect(Object.keys(catalog)).toContain('app');
  });
});

describe('case statuses', () => {
  it('read in Indonesian exactly as the domain names them, so the server and the app agree', () => {
    const id = catalog.cari.id as Record<string, string>;
    for (const status of STATUS_KASUS) expect(id[`kasus.${status}`], status).toBe(STATUS_KASUS_LABEL[status]);
  });
});
