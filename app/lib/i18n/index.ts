/**
 * Every user-facing string goes through `t('<namespace>.<key>', params)`. Reading `t` (or a
 * formatter) inside a component re-renders it when the language changes, because each call
 * reads the reactive `i18n.locale`.
 */
import { formatDateIn, formatDateTimeIn, formatMonthIn, formatNumberIn, type DateStyle } from './format';
import { i18n } from './locale.svelte';
import { catalog } from './messages';
import { createTranslator, type Params } from './translate';

export { i18n };
export { LOCALES, type Locale, type Params } from './translate';
export type { DateStyle } from './format';

export const t: (key: string, params?: Params) => string = createTranslator(catalog, () => i18n.locale);

export function formatDate(value: string | Date, style?: DateStyle): string {
  return formatDateIn(i18n.locale, value, style);
}

export function formatDateTime(value: string | Date): string {
  return formatDateTimeIn(i18n.locale, value);
}

export function formatMonth(bulan: string): string {
  return formatMonthIn(i18n.locale, bulan);
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return formatNumberIn(i18n.locale, value, options);
}

/** Whether `key` names a message: for labels of values that may also be free text (ids, names). */
export function adaPesan(key: string): boolean {
  const dot = key.indexOf('.');
  const namespace = (catalog as Record<string, { id: Record<string, string> }>)[key.slice(0, dot)];
  return dot > 0 && namespace !== undefined && Object.hasOwn(namespace.id, key.slice(dot + 1));
}
