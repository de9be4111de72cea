import Papa from 'papaparse';
import type { Rumahtangga } from '../domain/household';
import { compactCode } from '../domain/wilayah';
import { FIELD_IMPOR, NAMA_KOLOM, type FieldImpor } from '../impor/kolom';
import { makeAnggota, makeRumahtangga } from './household-factory';

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

/** Windows-1252 agrees with Latin-1 for the letters used here (é, Ñ, ü). */
export const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

/**
 * A Windows-1252 extract with one of each known defect: a wrong NIK, a household without a
 * head, a NIK of another household, an impossible date, a truncated last line, an empty line
 * and a name with diacritics. `salah`: the rows at fault; `ditahan`: their households' others.
 */
export function ekstrakBerCacat() {
  const baik = makeRumahtangga({ idDtks: '7401011002A1' });
  const diakritik = makeRumahtangga({ idDtks: '7401011002A2' });
  diakritik.anggota[0].nama = 'Séna Ñoman Müller';
  const nikSalah = makeRumahtangga({ idDtks: '7401011002A3' });
  const tanpaKepala = makeRumahtangga({ idDtks: '7401011002A4' });
  const nikGanda = makeRumahtangga({ idDtks: '7401011002A5' });
  const tanggalSalah = makeRumahtangga({ idDtks: '7401011002A6' });
  const terpotong = makeRumahtangga({ idDtks: '7401011002A7', anggota: [makeAnggota()] });
  const rows = (rt: Rumahtangga) => barisEkstrak(rt).map(selStandar);
  const baris = (x: string[]) => Papa.unparse([x], { delimiter: ';' });
  const r = {
    baik: rows(baik),
    diakritik: rows(diakritik),
    nikSalah: rows(nikSalah),
    tanpaKepala: rows(tanpaKepala),
    nikGanda: rows(nikGanda),
    tanggalSalah: rows(tanggalSalah),
    terpotong: rows(terpotong)
  };
  const [nik, tanggal, hubungan] = (['nik', 'tanggalLahir', 'hubungan'] as const).map((f) => FIELD_IMPOR.indexOf(f));
  r.nikSalah[1][nik] = '74010143028500'; // 14 digits
  r.tanpaKepala[0][hubungan] = 'anak';
  r.nikGanda[2][nik] = r.baik[0][nik];
  r.tanggalSalah[0][tanggal] = '31-02-1990';
  r.terpotong[0] = r.terpotong[0].slice(0, FIELD_IMPOR.indexOf('jenisKelamin'));
  // Header is row 1; the empty line after the first household is row 5.
  const lines = [
    ...r.baik.map(baris),
    '',
    ...[r.diakritik, r.nikSalah, r.tanpaKepala, r.nikGanda, r.tanggalSalah].flat().map(baris),
    baris(r.terpotong[0])
  ];
  const teks = [baris(JUDUL_STANDAR), ...lines].join('\r\n');
  return { bytes: cp1252(teks), salah: [10, 12, 17, 18, 21], ditahan: [9, 11, 13, 14, 15, 16, 19, 20], baik, diakritik };
}

