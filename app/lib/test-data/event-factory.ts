import { newKodeLacak } from '../domain/kode-lacak';
import type { DocOf } from '../domain/schemas';
import type { JenisUsulan } from '../domain/usulan';
import { compactCode, wilayahOf } from '../domain/wilayah';
import { DESA_CONTOH, makeRumahtangga, nextSerial, timestampAt } from './household-factory';

/**
 * Valid event documents for tests: field records (kepesertaan, kebutuhan, keluhan, usulan) in a
 * desa, and the review, referral and response of a case in its kecamatan. Each call gives a new
 * id and a later `createdAt`; override any field.
 */

type FieldType = 'kepesertaan' | 'kebutuhan' | 'keluhan' | 'usulan';
type CaseEventType = 'review' | 'rujukan' | 'tindaklanjut';
export type Kasus = DocOf<'keluhan'> | DocOf<'kebutuhan'> | DocOf<'usulan'>;
export type UsulanOf<J extends JenisUsulan> = Extract<DocOf<'usulan'>, { jenis: J }>;

const RUMAHTANGGA_CONTOH = `rumahtangga:${compactCode(DESA_CONTOH)}:RT000001`;

function eventBase<T extends FieldType | CaseEventType>(type: T, code: string, createdBy: string) {
  const n = nextSerial();
  return {
    _id: `${type}:${compactCode(code)}:EV${String(n).padStart(6, '0')}`,
    type,
    schema: 1 as const,
    wilayah: wilayahOf(code),
    createdBy,
    createdAt: timestampAt(n)
  };
}

function fieldBase<T extends FieldType>(type: T, overrides: { wilayah?: { desa?: string } }) {
  return eventBase(type, overrides.wilayah?.desa ?? DESA_CONTOH, 'fasilitator.wundulako');
}

function caseBase<T extends CaseEventType>(type: T, kasusId: string, kecamatan: string | undefined, createdBy: string) {
  return { ...eventBase(type, kecamatan ?? '74.01.01', createdBy), kasusId };
}

export function makeKepesertaan(overrides: Partial<DocOf<'kepesertaan'>> = {}): DocOf<'kepesertaan'> {
  return {
    ...fieldBase('kepesertaan', overrides),
    rumahtanggaId: RUMAHTANGGA_CONTOH,
    programId: 'pkh',
    sumber: 'verifikasi',
    ...overrides
  };
}

export function makeKebutuhan(overrides: Partial<DocOf<'kebutuhan'>> = {}): DocOf<'kebutuhan'> {
  return {
    ...fieldBase('kebutuhan', overrides),
    rumahtanggaId: RUMAHTANGGA_CONTOH,
    programId: 'pis-kis',
    alasan: 'Belum punya jaminan kesehatan',
    ...overrides
  };
}

export function makeKeluhan(overrides: Partial<DocOf<'keluhan'>> = {}): DocOf<'keluhan'> {
  return {
    ...fieldBase('keluhan', overrides),
    kodeLacak: newKodeLacak('74.01'),
    rumahtanggaId: RUMAHTANGGA_CONTOH,
    kategori: 'non-kepesertaan',
    programId: 'rastra',
    kanal: 'kunjungan',
    uraian: 'Beras yang diterima berkutu dan kurang dari 10 kg',
    pelapor: { nama: 'Andi Baso', telepon: '081234567890' },
    persetujuanBerbagiData: true,
    ...overrides
  };
}

function isiUsulan(jenis: JenisUsulan) {
  if (jenis === 'prelist') {
    const { alamat, noKK, anggota } = makeRumahtangga();
    return { rumahtangga: { alamat, noKK, anggota } };
  }
  if (jenis === 'pmks') return { pmks: { jenisPmks: 'lanjut-usia-terlantar', nama: 'La Ode Muhammad' } };
  return {
    rumahtanggaId: RUMAHTANGGA_CONTOH,
    perubahan: [{ field: 'pekerjaan', sebelum: 'Petani', sesudah: 'Nelayan' }]
  };
}

/** A proposal of each kind: a profile change, a pre-list household, or PMKS data. */
export function makeUsulan<J extends JenisUsulan>(jenis: J, overrides: Partial<UsulanOf<J>> = {}): UsulanOf<J> {
  return { ...fieldBase('usulan', overrides), kodeLacak: newKodeLacak('74.01'), jenis, ...isiUsulan(jenis), ...overrides } as UsulanOf<J>;
}

export function makeReview(kasus: Kasus, overrides: Partial<DocOf<'review'>> = {}): DocOf<'review'> {
  const base = caseBase('review', kasus._id, kasus.wilayah.kecamatan, 'supervisor.wundulako');
  return { ...base, tahap: 'supervisor', keputusan: 'setuju', ...overrides };
}

export function makeRujukan(kasus: Kasus, overrides: Partial<DocOf<'rujukan'>> = {}): DocOf<'rujukan'> {
  return {
    ...caseBase('rujukan', kasus._id, kasus.wilayah.kecamatan, 'manajer.kolaka'),
    programId: kasus.type === 'usulan' ? 'pkh' : kasus.programId,
    tujuan: 'kemensos-jsk',
    namaTujuan: 'Direktorat Jaminan Sosial Keluarga',
    kanal: 'langsung',
    perihal: { jenis: 'keluhan', kategori: 'non-kepesertaan', uraian: 'Bantuan PKH tahap ini belum diterima' },
    persetujuanBerbagiData: false,
    ...overrides
  };
}

export function makeTindaklanjut(
  rujukan: DocOf<'rujukan'>,
  overrides: Partial<DocOf<'tindaklanjut'>> = {}
): DocOf<'tindaklanjut'> {
  return {
    ...caseBase('tindaklanjut', rujukan.kasusId, rujukan.wilayah.kecamatan, 'pengelola.pkh.kolaka'),
    rujukanId: rujukan._id,
    hasil: 'diterima',
    tanggapan: 'Rumah tangga dimasukkan dalam verifikasi PKH tahap berikutnya',
    ...overrides
  };
}
