import { umur } from '../../app/lib/domain/kriteria';
import type { Rng } from './rng';

export const DAY = 24 * 60 * 60 * 1000;
/** Cases and field work of the demo spread over this many days before `now`. */
export const WINDOW_DAYS = 180;

/** `YYYY-MM-DD` of a time (UTC). */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

/** A birth date of someone who is `age` full years old at `now`. */
export function birthDateForAge(rng: Rng, now: number, age: number): string {
  const d = new Date(now);
  const latest = Date.UTC(d.getUTCFullYear() - age, d.getUTCMonth(), d.getUTCDate());
  const earliest = Date.UTC(d.getUTCFullYear() - age - 1, d.getUTCMonth(), d.getUTCDate()) + DAY;
  return isoDate(earliest + rng.int(0, Math.round((latest - earliest) / DAY)) * DAY);
}

/** Full years at `now` of someone born on `tanggalLahir`, as the eligibility rules count them. */
export function ageAt(tanggalLahir: string, now: number): number {
  return umur(tanggalLahir, isoDate(now));
}

/** A working-hours moment (08:00–16:00 WITA = 00:00–08:00 UTC) of the day `ms` falls in. */
export function officeTime(rng: Rng, ms: number): number {
  const day = Math.floor(ms / DAY) * DAY;
  return day + rng.int(0, 8 * 60 * 60 - 1) * 1000 + rng.int(0, 999);
}
