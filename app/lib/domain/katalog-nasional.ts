import type { Kriteria } from './kriteria';
import { PROGRAM_NASIONAL, programDocId, type Program, type ProgramNasional } from './program';
import { LEMBAGA_NASIONAL, type LembagaNasional } from './routing';
import { wilayahOf } from './wilayah';

/**
 * The national programmes every district's catalogue starts with, as provisioning seeds them
 * (and the demo loads them): owner, target level, eligibility criteria, the destination and
 * channel of their referrals (routing.ts, from the guideline's table), target days. A district
 * may adjust its copy afterwards; provisioning never writes over an existing entry.
 */

/** What a catalogue entry says apart from the fields every document carries. */
export type EntriKatalog = Pick<Program, 'programId' | 'nama' | 'pemilik' | 'sasaran' | 'kriteria' | 'tujuanRujukan' | 'kanal' | 'targetHari' | 'uraian'> & {
  mulai: string;
};

export const desilSampai = (nilai: number): Kriteria => ({ fakta: 'desil', op: '<=', nilai });
/** A member of school age (6–21) still at school: PKH's and PIP's education component. */
export const PELAJAR: Kriteria = { fakta: 'ada-anggota', syarat: { umurMin: 6, umurMaks: 21, statusSekolah: 'masih-sekolah' } };

const lembaga = (id: LembagaNasional) => ({ id, nama: LEMBAGA_NASIONAL[id] });
const nasional = (programId: ProgramNasional) => ({ programId, nama: PROGRAM_NASIONAL[programId], pemilik: 'kementerian' as const });

export const ENTRI_NASIONAL: readonly EntriKatalog[] = [
  {
    ...nasional('pkh'), sasaran: 'rumahtangga',
    kriteria: {
      dan: [desilSampai(4), { atau: [{ fakta: 'ada-anggota', syarat: { umurMaks: 6 } }, PELAJAR, { fakta: 'ada-lansia' }, { fakta: 'ada-disabilitas' }] }]
    },
    tujuanRujukan: lembaga('kemensos-jsk'), kanal: 'langsung', targetHari: 14, mulai: '2007-07-01',
    uraian: 'Bantuan tunai bersyarat bagi keluarga miskin dengan komponen kesehatan, pendidikan dan kesejahteraan sosial.'
  },
  {
    ...nasional('bpnt'), sasaran: 'rumahtangga', kriteria: desilSampai(4),
    tujuanRujukan: lembaga('tikor-rastra'), kanal: 'lapor', targetHari: 30, mulai: '2017-02-01',
    uraian: 'Bantuan pangan melalui kartu elektronik yang dibelanjakan di e-Warong.'
  },
  {
    ...nasional('rastra'), sasaran: 'rumahtangga', kriteria: desilSampai(3),
    tujuanRujukan: lembaga('tikor-rastra'), kanal: 'lapor', targetHari: 30, mulai: '2017-01-01',
    uraian: 'Beras 10 kg per bulan bagi keluarga di wilayah yang belum terjangkau BPNT.'
  },
  {
    ...nasional('pip-kemendikbud'), sasaran: 'anggota', kriteria: { dan: [desilSampai(4), PELAJAR] },
    tujuanRujukan: lembaga('kemendikbud'), kanal: 'lapor', targetHari: 30, mulai: '2014-11-03',
    uraian: 'Bantuan tunai pendidikan bagi siswa sekolah umum usia 6–21 tahun dari keluarga miskin.'
  },
  {
    ...nasional('pip-kemenag'), sasaran: 'anggota', kriteria: { dan: [desilSampai(4), PELAJAR] },
    tujuanRujukan: lembaga('kemenag'), kanal: 'langsung', targetHari: 30, mulai: '2014-11-03',
    uraian: 'Bantuan tunai pendidikan bagi siswa madrasah usia 6–21 tahun dari keluarga miskin.'
  },
  {
    ...nasional('pis-kis'), sasaran: 'anggota', kriteria: desilSampai(4),
    tujuanRujukan: lembaga('bpjs-kesehatan'), kanal: 'lapor', targetHari: 14, mulai: '2014-11-03',
    uraian: 'Iuran jaminan kesehatan (KIS) dibayar pemerintah bagi fakir miskin dan orang tidak mampu.'
  },
  {
    ...nasional('listrik'), sasaran: 'rumahtangga', kriteria: desilSampai(3),
    // The guideline names no destination: the district's PLN unit, which it may rename.
    tujuanRujukan: { id: 'pln', nama: 'PT PLN (Persero) unit layanan setempat' }, kanal: 'langsung', targetHari: 14, mulai: '2017-01-01',
    uraian: 'Tarif listrik bersubsidi (450 VA dan 900 VA) bagi rumah tangga miskin dan rentan.'
  }
];

/** The catalogue document of an entry in a kabupaten. */
export function programDariEntri(e: EntriKatalog, kodeKabupaten: string, createdAt: string, createdBy: string): Program {
  const { mulai, ...isi } = e;
  return {
    _id: programDocId(kodeKabupaten, e.programId),
    type: 'program',
    schema: 1,
    wilayah: wilayahOf(kodeKabupaten) as Program['wilayah'],
    createdBy,
    createdAt,
    ...isi,
    aktif: { mulai }
  };
}

export function katalogNasional(kodeKabupaten: string, createdAt: string, createdBy: string): Program[] {
  return ENTRI_NASIONAL.map((e) => programDariEntri(e, kodeKabupaten, createdAt, createdBy));
}
