import { z } from 'zod';
import { caseEventFields, kasusIdSchema, teleponSchema, timestamp, typeFields } from './base';
import { kepalaRumahTangga, nikFormat, type Rumahtangga } from './household';
import { ringkasanKebutuhan, ringkasanKebutuhanSchema, type Kebutuhan } from './kebutuhan';
import { KATEGORI_KELUHAN, type Keluhan } from './keluhan';
import { programIdSchema } from './program';
import { KANAL_RUJUKAN, tujuanIdSchema } from './routing';

/**
 * What the programme manager reads. A referral travels alone into the programme's inbox
 * (DESIGN.md "Data placement"), so it carries the case's subject and, only when the household
 * agreed to share its data, who they are.
 */
export const perihalRujukanSchema = z.object({
  jenis: z.enum(['keluhan', 'kebutuhan']),
  kategori: z.enum(KATEGORI_KELUHAN).optional(),
  uraian: z.string().trim().min(1, 'Uraian kasus wajib diisi')
});

export const pemohonSchema = z.object({
  nama: z.string().trim().min(1, 'Nama pemohon wajib diisi'),
  nik: nikFormat.optional(),
  telepon: teleponSchema.optional(),
  alamat: z.string().trim().optional()
});

/**
 * A case referred to a programme manager. `tujuan`, `namaTujuan` and `kanal` come from
 * `routeKeluhan` (routing.ts) or the programme's catalogue entry; the name travels with the
 * referral so the manager's inbox and the case timeline read without the catalogue.
 */
export const rujukanSchema = z
  .object({
    ...caseEventFields,
    ...typeFields('rujukan'),
    kasusId: kasusIdSchema,
    programId: programIdSchema,
    tujuan: tujuanIdSchema,
    namaTujuan: z.string().trim().min(1, 'Nama tujuan rujukan wajib diisi'),
    kanal: z.enum(KANAL_RUJUKAN),
    catatan: z.string().trim().optional(),
    perihal: perihalRujukanSchema,
    /** The household agreed at intake that its data may go to the programme manager. */
    persetujuanBerbagiData: z.boolean(),
    pemohon: pemohonSchema.optional(),
    /**
     * The need referred, as counted: the programme's response copies it when it meets the need.
     * Absent on a need's case referred again after its need was met: it is met once (kesenjangan.ts).
     */
    kebutuhan: ringkasanKebutuhanSchema.optional(),
    /** When the case was opened (the opener's createdAt): the response that closes it counts the days since. */
    kasusDibuka: timestamp.optional()
  })
  .refine((r) => r.persetujuanBerbagiData || r.pemohon === undefined, {
    message: 'Tanpa persetujuan rumah tangga, rujukan hanya boleh membawa informasi tanpa identitas',
    path: ['pemohon']
  });
export type Rujukan = z.infer<typeof rujukanSchema>;
export type Pemohon = z.infer<typeof pemohonSchema>;

type RumahtanggaPemohon = Pick<Rumahtangga, 'anggota' | 'alamat'>;

function alamatTeks(rt: RumahtanggaPemohon | undefined): { alamat?: string } {
  if (!rt) return {};
  const { jalan, rt: nomorRt, rw } = rt.alamat;
  return { alamat: [jalan, `RT ${nomorRt}/RW ${rw}`].filter(Boolean).join(', ') };
}

/**
 * What a referral of `pembuka` carries to the programme manager. A complaint carries its
 * complainant only with their consent (asked at intake); without it, only what happened. A
 * need is a registry household asking to join the programme: the programme cannot act without
 * knowing who, and sharing the registry with programmes is what it exists for, so it carries
 * the member in need (or the head of household).
 */
export function isiRujukan(
  pembuka: Keluhan | Kebutuhan,
  rumahtangga?: RumahtanggaPemohon
): Pick<Rujukan, 'perihal' | 'persetujuanBerbagiData' | 'pemohon' | 'kebutuhan' | 'kasusDibuka'> {
  return { ...isiPerihal(pembuka, rumahtangga), kasusDibuka: pembuka.createdAt };
}

function isiPerihal(pembuka: Keluhan | Kebutuhan, rumahtangga?: RumahtanggaPemohon): Pick<Rujukan, 'perihal' | 'persetujuanBerbagiData' | 'pemohon' | 'kebutuhan'> {
  if (pembuka.type === 'keluhan') {
    const perihal = { jenis: 'keluhan' as const, kategori: pembuka.kategori, uraian: pembuka.uraian };
    if (!pembuka.persetujuanBerbagiData) return { perihal, persetujuanBerbagiData: false };
    const { nama, nik, telepon } = pembuka.pelapor;
    const pemohon = { nama, ...(nik ? { nik } : {}), ...(telepon ? { telepon } : {}), ...alamatTeks(rumahtangga) };
    return { perihal, persetujuanBerbagiData: true, pemohon };
  }
  const perihal = { jenis: 'kebutuhan' as const, uraian: pembuka.alasan ?? `Membutuhkan program ${pembuka.programId}` };
  const kebutuhan = ringkasanKebutuhan(pembuka);
  const anggota = rumahtangga && (rumahtangga.anggota.find((a) => a.nik === pembuka.nik) ?? kepalaRumahTangga(rumahtangga));
  if (!anggota) return { perihal, persetujuanBerbagiData: true, kebutuhan };
  return { perihal, persetujuanBerbagiData: true, pemohon: { nama: anggota.nama, nik: anggota.nik, ...alamatTeks(rumahtangga) }, kebutuhan };
}
