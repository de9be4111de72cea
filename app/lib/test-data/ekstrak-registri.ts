import type { Rumahtangga } from '../domain/household';
import { compactCode } from '../domain/wilayah';
import { FIELD_IMPOR, NAMA_KOLOM, type FieldImpor } from '../impor/kolom';

/**
 * Households written back out as a registry extract in the standard columns
 * (docs/import-format.md): one row per member. Tests, the demo and the benchmark make their
 * import files with it, so the file and the households it should give are known together.
 */
export const JUDUL_STANDAR: string[] = FIELD_IMPOR.map((f) => NAMA_KOLOM[f][0]);

export function barisEkstrak(rt: Rumahtangga): Record<FieldImpor, string>[] {
  return rt.anggota.map((a) => ({
    idDtks: rt.idDtks ?? '',
    kodeDesa: compactCode(rt.wilayah.desa ?? ''),
    noKK: rt.noKK,
    alamat: rt.alamat.jalan ?? '',
    rt: rt.alamat.rt,
    rw: rt.alamat.rw,
    desil: rt.desil === null ? '' : String(rt.desil),
    nik: a.nik,
    nama: a.nama,
    jenisKelamin: a.jenisKelamin,
    tanggalLahir: a.tanggalLahir,
    hubungan: a.hubungan,
    disabilitas: a.disabilitas,
    pendidikan: a.pendidikan,
    statusSekolah: a.statusSekolah,
    pekerjaan: a.pekerjaan
  }));
}

/** Cells in the standard column order. */
export const selStandar = (baris: Record<FieldImpor, string>) => FIELD_IMPOR.map((f) => baris[f]);
