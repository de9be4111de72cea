import { desilSampai, ENTRI_NASIONAL, programDariEntri, type EntriKatalog } from '../../app/lib/domain/katalog-nasional';
import type { PROGRAM_NASIONAL, Program } from '../../app/lib/domain/program';

/**
 * The programme catalogue of the demo district: the national programmes (the same entries
 * provisioning seeds in every district) and one regional programme of Kolaka. Participation
 * is drawn from these same criteria, so programme overlaps (irisan) in the dashboards come
 * from shared criteria, as they do in the field.
 */
export const BEDAH_RUMAH = 'bedah-rumah-kolaka';
export type DemoProgramId = keyof typeof PROGRAM_NASIONAL | typeof BEDAH_RUMAH;

const BEDAH_RUMAH_ENTRI: EntriKatalog = {
  programId: BEDAH_RUMAH,
  nama: 'Bedah Rumah Kabupaten Kolaka (Rehabilitasi Rumah Tidak Layak Huni)',
  pemilik: 'kabupaten',
  sasaran: 'rumahtangga',
  kriteria: { dan: [desilSampai(2), { fakta: 'status-registri', nilai: 'dtks' }] },
  tujuanRujukan: { id: 'dinsos-kolaka', nama: 'Dinas Sosial Kabupaten Kolaka, Bidang Penanganan Fakir Miskin' },
  kanal: 'langsung',
  targetHari: 30,
  mulai: '2019-01-01',
  uraian: 'Bantuan bahan bangunan dan upah tukang APBD Kolaka untuk memperbaiki rumah tidak layak huni keluarga paling miskin.'
};

/**
 * Catalogue documents of a kabupaten, written by its manager (national) and admin (regional).
 * Where provisioning seeded the national ones already, the loader finds them there and keeps them.
 */
export function katalogProgram(kodeKabupaten: string, createdAt: string, manajer: string, admin: string): Program[] {
  return [
    ...ENTRI_NASIONAL.map((e) => programDariEntri(e, kodeKabupaten, createdAt, manajer)),
    programDariEntri(BEDAH_RUMAH_ENTRI, kodeKabupaten, createdAt, admin)
  ];
}
