import { describe, expect, it } from 'vitest';
import { formatDateIn, formatDateTimeIn, formatMonthIn, formatNumberIn, InvalidDateError } from './format';

// Intl may use a narrow no-break space between parts; compare with ordinary spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatDateIn', () => {
  it('writes dates as id-ID does', () => {
    expect(formatDateIn('id', '2024-08-17')).toBe('17 Agu 2024');
    expect(formatDateIn('id', '2024-08-17', 'long')).toBe('17 Agustus 2024');
    expect(formatDateIn('id', '2024-08-17', 'short')).toBe('17/08/24');
    expect(formatDateIn('id', '2024-08-17', 'full')).toBe('Sabtu, 17 Agustus 2024');
  });

  it('writes dates as en-GB does', () => {
    expect(formatDateIn('en', '2024-08-17', 'long')).toBe('17 August 2024');
  });

  it('keeps a calendar day on its day whatever the time zone', () => {
    expect(formatDateIn('id', '2024-01-01', 'long', 'America/Los_Angeles')).toBe('1 Januari 2024');
  });

  it('accepts a Date and an ISO timestamp', () => {
    expect(formatDateIn('id', new Date(2024, 4, 1), 'long')).toBe('1 Mei 2024');
    expect(formatDateIn('id', '2024-04-30T20:00:00Z', 'long', 'Asia/Makassar')).toBe('1 Mei 2024');
  });

  it('refuses a value that is not a date', () => {
    expect(() => formatDateIn('id', 'kemarin')).toThrow(InvalidDateError);
  });
});

describe('formatDateTimeIn', () => {
  it('writes date and time as id-ID does, in the given zone', () => {
    expect(plain(formatDateTimeIn('id', '2024-08-17T02:05:00Z', 'Asia/Makassar'))).toBe('17 Agu 2024, 10.05');
  });

  it('writes date and time as en-GB does', () => {
    expect(plain(formatDateTimeIn('en', '2024-08-17T02:05:00Z', 'Asia/Jakarta'))).toBe('17 Aug 2024, 09:05');
  });
});

describe('formatNumberIn', () => {
  it('groups thousands with dots and decimals with a comma in id-ID', () => {
    expect(formatNumberIn('id', 1234567)).toBe('1.234.567');
    expect(formatNumberIn('id', 1234.5)).toBe('1.234,5');
    expect(plain(formatNumberIn('id', 150000, { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }))).toBe('Rp 150.000');
  });

  it('groups thousands with commas in en-GB', () => {
    expect(formatNumberIn('en', 1234567.25)).toBe('1,234,567.25');
  });
});

describe('formatMonthIn', () => {
  it('writes a report month in words, in either language', () => {
    expect(formatMonthIn('id', '2026-08')).toBe('Agustus 2026');
    expect(formatMonthIn('en', '2026-01')).toBe('January 2026');
  });
});
