import type { Anggota, Rumahtangga } from './household';
import type { JenisKiriman } from './pengiriman';
import { JENIS_PMKS, jenisPmksNasional, PMKS_LABEL, type Pmks } from './pmks';
import type { Rujukan } from './rujukan';
import type { Usulan } from './usulan';

/**
 * The columns of each export to SIKS-NG and LAPOR!, each beside the field it comes from, so a
 * heading and its values cannot part. docs/export-formats.md documents every column (a test
 * reads its tables and compares them with these names). Codes stay as SLRT stores them (the
 * lists of household.ts, Kemendagri area codes); times are ISO 8601 in UTC, as stored.
 */

export type NilaiKolom = string | number | null;
export interface Kolom<S> {
  nama: string;
  nilai: (sumber: S) => NilaiKolom;
}

type UsulanPrelist = Extract<Usulan, { jenis: 'prelist' }>;
type UsulanPerubahan = Extract<Usulan, { jenis: 'perubahan-data' }>;
type RumahtanggaRingkas = Pick<Rumahtangga, 'noKK' | 'idDtks' | 'alamat' | 'anggota'>;

/** One member of a proposed household: SIKS-NG takes people, with their household's keys. */
export interface SumberPrelist {
  /** The proposal as corrections left it (`pembukaTerkini`). */
  usulan: UsulanPrelist;
  anggota: Anggota;
  /** When the manager approved it (its review's `createdAt`). */
  disetujuiPada: string | null;
}

/** One changed field of a registry household. */
export interface SumberPerubahan {
  usulan: UsulanPerubahan;
  perubahan: UsulanPerubahan['perubahan'][number];
  /** The registry household the proposal changes; null when it is not (or no longer) there. */
  rumahtangga: RumahtanggaRingkas | null;
  disetujuiPada: string | null;
}

export interface SumberPmks {
  pmks: Pmks;
  rumahtangga: RumahtanggaRingkas | null;
  /** Whether SIKS-NG had the record from an earlier export: then this row is a change. */
  pernahDikirim: boolean;
}

export interface SumberLapor {
  rujukan: Rujukan;
  /** Names of the referral's areas by code, for the report's location; codes where none. */
  namaWilayah: Readonly<Record<string, string>>;
  namaProgram: string;
}

export interface SumberKiriman {
  prelist: SumberPrelist;
  'perubahan-data': SumberPerubahan;
  pmks: SumberPmks;
  keluhan: SumberLapor;
}

const teks = (v: string | number | boolean | null | undefined): NilaiKolom =>
  v === undefined || v === null ? null : typeof v === 'boolean' ? (v ? 'ya' : 'tidak') : v;

function alamatTeks(rt: Pick<Rumahtangga, 'alamat'> | null): NilaiKolom {
  if (!rt) return null;
  const { jalan, rt: nomorRt, rw } = rt.alamat;
  return [jalan, `RT ${nomorRt}/RW ${rw}`].filter(Boolean).join(', ');
}

/** The member a changed field is about: in the registry, or joining in the same proposal. */
function namaAnggota(s: SumberPerubahan): NilaiKolom {
  const nik = s.perubahan.nik;
  if (!nik) return null;
  const terdaftar = s.rumahtangga?.anggota.find((a) => a.nik === nik);
  if (terdaftar) return terdaftar.nama;
  const masuk = s.usulan.perubahan.find((p) => p.nik === nik && p.field.startsWith('anggota-') && p.sebelum === null);
  return teks(masuk?.sesudah);
}

/** Permensos 8/2012 numbers its 26 types 1–26; JENIS_PMKS keeps the regulation's order. */
export function nomorPmks(kode: string): number | null {
  return jenisPmksNasional(kode) ? JENIS_PMKS.indexOf(kode) + 1 : null;
}

function lokasi(s: SumberLapor): NilaiKolom {
  const w = s.rujukan.wilayah;
  const kode = [w.desa, w.kecamatan, w.kabupaten].filter((k): k is string => !!k);
  return kode.map((k) => s.namaWilayah[k] ?? k).join(', ');
}

const pemohon = (s: SumberLapor) => (s.rujukan.persetujuanBerbagiData ? s.rujukan.pemohon : undefined);

export const KOLOM_KIRIMAN: { [J in JenisKiriman]: readonly Kolom<SumberKiriman[J]>[] } = {
  prelist: [
    { nama: 'id_usulan', nilai: (s) => s.usulan._id },
    { nama: 'kode_lacak', nilai: (s) => s.usulan.kodeLacak },
    { nama: 'kode_desa', nilai: (s) => teks(s.usulan.wilayah.desa) },
    { nama: 'no_kk', nilai: (s) => s.usulan.rumahtangga.noKK },
    { nama: 'alamat', nilai: (s) => teks(s.usulan.rumahtangga.alamat.jalan) },
    { nama: 'rt', nilai: (s) => s.usulan.rumahtangga.alamat.rt },
    { nama: 'rw', nilai: (s) => s.usulan.rumahtangga.alamat.rw },
    { nama: 'nik', nilai: (s) => s.anggota.nik },
    { nama: 'nama', nilai: (s) => s.anggota.nama },
    { nama: 'jenis_kelamin', nilai: (s) => s.anggota.jenisKelamin },
    { nama: 'tanggal_lahir', nilai: (s) => s.anggota.tanggalLahir },
    { nama: 'hubungan', nilai: (s) => s.anggota.hubungan },
    { nama: 'disabilitas', nilai: (s) => s.anggota.disabilitas },
    { nama: 'pendidikan', nilai: (s) => s.anggota.pendidikan },
    { nama: 'status_sekolah', nilai: (s) => s.anggota.statusSekolah },
    { nama: 'pekerjaan', nilai: (s) => s.anggota.pekerjaan },
    { nama: 'diusulkan_pada', nilai: (s) => s.usulan.createdAt },
    { nama: 'disetujui_pada', nilai: (s) => s.disetujuiPada }
  ],
  'perubahan-data': [
    { nama: 'id_usulan', nilai: (s) => s.usulan._id },
    { nama: 'kode_lacak', nilai: (s) => s.usulan.kodeLacak },
    { nama: 'kode_desa', nilai: (s) => teks(s.usulan.wilayah.desa) },
    { nama: 'id_dtks', nilai: (s) => teks(s.rumahtangga?.idDtks) },
    { nama: 'no_kk', nilai: (s) => teks(s.rumahtangga?.noKK) },
    { nama: 'nik', nilai: (s) => teks(s.perubahan.nik) },
    { nama: 'nama_anggota', nilai: namaAnggota },
    { nama: 'isian', nilai: (s) => s.perubahan.field },
    { nama: 'sebelum', nilai: (s) => teks(s.perubahan.sebelum) },
    { nama: 'sesudah', nilai: (s) => teks(s.perubahan.sesudah) },
    { nama: 'diusulkan_pada', nilai: (s) => s.usulan.createdAt },
    { nama: 'disetujui_pada', nilai: (s) => s.disetujuiPada }
  ],
  pmks: [
    { nama: 'id_pmks', nilai: (s) => s.pmks._id },
    { nama: 'status_data', nilai: (s) => (s.pernahDikirim ? 'perubahan' : 'baru') },
    { nama: 'kode_pmks', nilai: (s) => nomorPmks(s.pmks.jenisPmks) },
    { nama: 'jenis_pmks', nilai: (s) => (jenisPmksNasional(s.pmks.jenisPmks) ? PMKS_LABEL[s.pmks.jenisPmks] : null) },
    { nama: 'nik', nilai: (s) => teks(s.pmks.nik) },
    { nama: 'nama', nilai: (s) => s.pmks.nama },
    { nama: 'jenis_kelamin', nilai: (s) => teks(s.pmks.jenisKelamin) },
    { nama: 'tanggal_lahir', nilai: (s) => teks(s.pmks.tanggalLahir) },
    { nama: 'kode_desa', nilai: (s) => teks(s.pmks.wilayah.desa) },
    { nama: 'id_dtks', nilai: (s) => teks(s.rumahtangga?.idDtks) },
    { nama: 'no_kk', nilai: (s) => teks(s.rumahtangga?.noKK) },
    { nama: 'alamat', nilai: (s) => alamatTeks(s.rumahtangga) },
    { nama: 'keterangan', nilai: (s) => teks(s.pmks.keterangan) },
    { nama: 'dicatat_pada', nilai: (s) => s.pmks.createdAt },
    { nama: 'diperbarui_pada', nilai: (s) => s.pmks.updatedAt ?? s.pmks.createdAt }
  ],
  keluhan: [
    { nama: 'id_rujukan', nilai: (s) => s.rujukan._id },
    { nama: 'id_kasus', nilai: (s) => s.rujukan.kasusId },
    { nama: 'judul', nilai: (s) => `Keluhan pelaksanaan ${s.namaProgram}` },
    { nama: 'isi_laporan', nilai: (s) => s.rujukan.perihal.uraian },
    { nama: 'catatan_sekretariat', nilai: (s) => teks(s.rujukan.catatan) },
    { nama: 'program', nilai: (s) => s.rujukan.programId },
    { nama: 'instansi_tujuan', nilai: (s) => s.rujukan.namaTujuan },
    { nama: 'kode_desa', nilai: (s) => teks(s.rujukan.wilayah.desa ?? s.rujukan.wilayah.kecamatan) },
    { nama: 'lokasi', nilai: lokasi },
    { nama: 'tanggal_keluhan', nilai: (s) => teks(s.rujukan.kasusDibuka) },
    { nama: 'tanggal_rujukan', nilai: (s) => s.rujukan.createdAt },
    { nama: 'anonim', nilai: (s) => (pemohon(s) ? 'tidak' : 'ya') },
    { nama: 'nama_pelapor', nilai: (s) => teks(pemohon(s)?.nama) },
    { nama: 'nik_pelapor', nilai: (s) => teks(pemohon(s)?.nik) },
    { nama: 'telepon_pelapor', nilai: (s) => teks(pemohon(s)?.telepon) },
    { nama: 'alamat_pelapor', nilai: (s) => teks(pemohon(s)?.alamat) }
  ]
};

/** Column headings of kind `jenis`, as the file's first row. */
export function namaKolom(jenis: JenisKiriman): string[] {
  return KOLOM_KIRIMAN[jenis].map((k) => k.nama);
}

/** The rows of kind `jenis` from their sources. */
export function barisKiriman<J extends JenisKiriman>(jenis: J, sumber: readonly SumberKiriman[J][]): NilaiKolom[][] {
  const kolom = KOLOM_KIRIMAN[jenis] as readonly Kolom<SumberKiriman[J]>[];
  return sumber.map((s) => kolom.map((k) => k.nilai(s)));
}

/** One row per member of a proposed household, the head first. */
export function sumberPrelist(usulan: UsulanPrelist, disetujuiPada: string | null): SumberPrelist[] {
  const urut = [...usulan.rumahtangga.anggota].sort((a, b) => Number(b.hubungan === 'kepala') - Number(a.hubungan === 'kepala'));
  return urut.map((anggota) => ({ usulan, anggota, disetujuiPada }));
}

/** One row per changed field, in the proposal's order. */
export function sumberPerubahan(usulan: UsulanPerubahan, rumahtangga: RumahtanggaRingkas | null, disetujuiPada: string | null): SumberPerubahan[] {
  return usulan.perubahan.map((perubahan) => ({ usulan, perubahan, rumahtangga, disetujuiPada }));
}
