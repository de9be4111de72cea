import { makeNik, makeNoKk } from '../../app/lib/domain/nik';
import { hashString } from './rng';
import type { JenisKelamin } from './names';

/**
 * Unique NIK and No. KK for a generated district. Both are `<6-digit kecamatan><DDMMYY><4-digit
 * serial>`; a NIK's day is +40 for women. Uniqueness only needs a counter per (kecamatan,
 * date part), kept in a typed array of 85,200 slots per kecamatan (DD 01–71 × MM × YY): memory
 * stays fixed however many households are generated, unlike a set of every number issued.
 */
const SLOTS = 71 * 12 * 100;
const MAX_SERIAL = 9999;
/** Serials start a little above 0001, differently per date, so numbers do not all end alike. */
const MAX_START = 300;

export class NomorIndukHabisError extends Error {
  override name = 'NomorIndukHabisError';
}

class SerialCounter {
  readonly #perKecamatan = new Map<string, Uint16Array>();

  next(kec: string, datePart: string): number {
    let counts = this.#perKecamatan.get(kec);
    if (!counts) {
      counts = new Uint16Array(SLOTS);
      this.#perKecamatan.set(kec, counts);
    }
    const dd = Number(datePart.slice(0, 2));
    const mm = Number(datePart.slice(2, 4));
    const yy = Number(datePart.slice(4, 6));
    const slot = ((dd - 1) * 12 + (mm - 1)) * 100 + yy;
    const serial = (hashString(kec + datePart) % MAX_START) + 1 + counts[slot];
    if (serial > MAX_SERIAL) throw new NomorIndukHabisError(`Nomor urut habis untuk ${kec}${datePart}`);
    counts[slot]++;
    return serial;
  }
}

/**
 * The domain writes the number (nik.ts); this class only picks serials. The date digits of a
 * number with serial 1 name its counter.
 */
export class NomorIndukAllocator {
  readonly #nik = new SerialCounter();
  readonly #kk = new SerialCounter();

  nik(kodeKecamatan: string, tanggalLahir: string, jenisKelamin: JenisKelamin): string {
    const data = { kodeKecamatan, tanggalLahir, jenisKelamin };
    const probe = makeNik({ ...data, serial: 1 });
    return makeNik({ ...data, serial: this.#nik.next(probe.slice(0, 6), probe.slice(6, 12)) });
  }

  noKK(kodeKecamatan: string, tanggalTerbit: string): string {
    const data = { kodeKecamatan, tanggalTerbit };
    const probe = makeNoKk({ ...data, serial: 1 });
    return makeNoKk({ ...data, serial: this.#kk.next(probe.slice(0, 6), probe.slice(6, 12)) });
  }
}
