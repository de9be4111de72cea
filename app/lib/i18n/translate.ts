/**
 * The translation core, free of Svelte so Node scripts and unit tests can use it: message
 * lookup by `<namespace>.<key>`, `{name}` placeholders, and a visible fallback for missing keys.
 */
export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'id';

export type Messages = Record<string, string>;
/** One namespace file: the same keys in every locale. */
export type Namespace = Record<Locale, Messages>;
export type Catalog = Record<string, Namespace>;
export type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names a message uses, sorted: the id and en texts must agree on them. */
export function placeholdersOf(message: string): string[] {
  return [...new Set([...message.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}

/** Fills `{name}` placeholders; one without a value stays visible so the gap is noticed. */
export function interpolate(message: string, params: Params = {}): string {
  return message.replace(PLACEHOLDER, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * A translator over `catalog` for whatever `locale()` answers at each call (the app passes a
 * reactive getter). A key missing in the locale falls back to Bahasa Indonesia; a key missing
 * everywhere comes back as itself, so the screen shows which one, and is reported once.
 */
export function createTranslator(
  catalog: Catalog,
  locale: () => Locale,
  report: (message: string) => void = (message) => console.warn(message)
): Translate {
  const reported = new Set<string>();
  const reportOnce = (message: string) => {
    if (reported.has(message)) return;
    reported.add(message);
    report(message);
  };

  return (key, params) => {
    const dot = key.indexOf('.');
    const namespace = dot > 0 ? catalog[key.slice(0, dot)] : undefined;
    const name = key.slice(dot + 1);
    const current = locale();
    const message = namespace?.[current]?.[name] ?? namespace?.[DEFAULT_LOCALE]?.[name];
    if (message === undefined) {
      reportOnce(`[i18n] Pesan tidak ditemukan: "${key}"`);
      return key;
    }
    if (namespace?.[current]?.[name] === undefined) {
      reportOnce(`[i18n] Pesan "${key}" belum diterjemahkan ke "${current}"`);
    }
    return interpolate(message, params);
  };
}
