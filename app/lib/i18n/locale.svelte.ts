/** The chosen language: reactive, remembered on the device, Bahasa Indonesia unless changed. */
import { DEFAULT_LOCALE, isLocale, type Locale } from './translate';

export const LOCALE_STORAGE_KEY = 'slrt.locale';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage blocked by the browser's privacy settings: the choice lasts for this visit only.
    return null;
  }
}

class I18nState {
  #locale = $state<Locale>(DEFAULT_LOCALE);

  constructor() {
    const stored = storage()?.getItem(LOCALE_STORAGE_KEY);
    if (isLocale(stored)) this.#locale = stored;
  }

  get locale(): Locale {
    return this.#locale;
  }

  setLocale(locale: Locale): void {
    this.#locale = locale;
    storage()?.setItem(LOCALE_STORAGE_KEY, locale);
  }
}

export const i18n = new I18nState();
