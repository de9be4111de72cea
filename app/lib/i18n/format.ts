/** Dates and numbers as people in the chosen language write them (Intl, no library). */
import type { Locale } from './translate';

const TAGS: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

export type DateStyle = 'short' | 'medium' | 'long' | 'full';

/**
 * `YYYY-MM-DD` is a calendar day, not an instant: it is shown as that day in every time zone
 * (read as UTC midnight and written in UTC), never shifted to the day before.
 */
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export class InvalidDateError extends Error {
  override name = 'InvalidDateError';
  constructor(value: string | Date) {
    super(`Tanggal tidak valid: ${String(value)}`);
  }
}

function toDate(value: string | Date): Date {
  const date = typeof value === 'string' && DAY_ONLY.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) throw new InvalidDateError(value);
  return date;
}

export function formatDateIn(locale: Locale, value: string | Date, style: DateStyle = 'medium', timeZone?: string): string {
  const zone = typeof value === 'string' && DAY_ONLY.test(value) ? 'UTC' : timeZone;
  return new Intl.DateTimeFormat(TAGS[locale], { dateStyle: style, timeZone: zone }).format(toDate(value));
}

export function formatDateTimeIn(locale: Locale, value: string | Date, timeZone?: string): string {
  return new Intl.DateTimeFormat(TAGS[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(toDate(value));
}

export function formatNumberIn(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(TAGS[locale], options).format(value);
}

/** A calendar month `YYYY-MM` as people write it: "November 2026". */
export function formatMonthIn(locale: Locale, bulan: string): string {
  return new Intl.DateTimeFormat(TAGS[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(toDate(`${bulan}-01`));
}
