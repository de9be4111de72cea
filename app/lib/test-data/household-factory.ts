import type { Anggota, Rumahtangga } from '../domain/household';
import { makeNik, makeNoKk } from '../domain/nik';
import { compactCode, wilayahOf } from '../domain/wilayah';

/**
 * Valid households for tests: every call gives a new household with its own id, NIKs and No. KK,
 * deterministic for a given order of calls. Override any field; a whole `wilayah` (e.g.
 * `wilayahOf(DESA_LAIN)`) moves the household, and the NIKs it makes, to another desa.
 */

/** Desa Wundulako, Kecamatan Wundulako, Kabupaten Kolaka (Sulawesi Tenggara). */
export const DESA_CONTOH = '74.01.01.1002';
/** Desa Lamokato in Kecamatan Kolaka, the same kabupaten: "another kecamatan" in tests. */
export const DESA_LAIN = '74.01.04.1001';

let serial = 0;

/** 1…9999 and round again: NIK and No. KK serials, ids and timestamps of made documents. */
export function nextSerial(): number {
  serial = (serial % 9999) + 1;
  return serial;
}

/** A timestamp `minutes` after 1 March 2025 08:00 UTC, so made documents sort by creation. */
export function timestampAt(minutes: number): string {
  return new Date(Date.UTC(2025, 2, 1, 8) + minutes * 60_000).toISOString();
}

export function makeAnggota(overrides: Partial<Anggota> = {}, kodeKecamatan = '74.01.01'): Anggota {
  const jenisKelamin = overrides.jenisKelamin ?? 'L';
  const tanggalLahir = overrides.tanggalLahir ?? '1980-05-17';
  return {
    nik: makeNik({ kodeKecamatan, tanggalLahir, jenisKelamin, serial: nextSerial() }),
    nama: 'Andi Baso',
    jenisKelamin,
    tanggalLahir,
    hubungan: 'kepala',
    disabilitas: 'tidak',
    pendidikan: 'sd',
    statusSekolah: 'tidak-lagi',
    pekerjaan: 'Petani',
    ...overrides
  };
}

/** A registry household of three: head, spouse and a school-age child. */
export function makeRumahtangga(overrides: Partial<Rumahtangga> = {}): Rumahtangga {
  const desa = overrides.wilayah?.desa ?? DESA_CONTOH;
  const kecamatan = wilayahOf(desa).kecamatan ?? '74.01.01';
  const n = nextSerial();
  const anggota = overrides.anggota ?? [
    makeAnggota({ nama: 'Andi Baso' }, kecamatan),
    makeAnggota(
      {
        nama: 'Wa Ode Nurhayati',
        jenisKelamin: 'P',
        tanggalLahir: '1984-02-09',
        hubungan: 'pasangan',
        pendidikan: 'smp',
        pekerjaan: 'Mengurus rumah tangga'
      },
      kecamatan
    ),
    makeAnggota(
      {
        nama: 'Muhammad Rizky',
        tanggalLahir: '2012-08-21',
        hubungan: 'anak',
        pendidikan: 'smp',
        statusSekolah: 'masih-sekolah',
        pekerjaan: 'Pelajar'
      },
      kecamatan
    )
  ];
  return {
    _id: `rumahtangga:${compactCode(desa)}:RT${String(n).padStart(6, '0')}`,
    type: 'rumahtangga',
    schema: 1,
    wilayah: wilayahOf(desa),
    createdBy: 'manajer.kolaka',
    createdAt: timestampAt(n),
    alamat: { rt: '001', rw: '002' },
    noKK: makeNoKk({ kodeKecamatan: kecamatan, tanggalTerbit: '2010-01-15', serial: n }),
    statusRegistri: 'dtks',
    idDtks: `DTKS-7401-${String(n).padStart(6, '0')}`,
    desil: 2,
    anggota,
    ...overrides
  };
}
