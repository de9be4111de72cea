import { z } from 'zod';
import { antrean, type Pengajuan } from './antrean';
import type { StatusKasus } from './case-state';
import { baseDocFields, timestamp, typeFields } from './base';
import { jenisPmksNasional, type Pmks } from './pmks';
import type { Rujukan } from './rujukan';

/**
 * Exports to the national systems (issue 8), each recorded as one immutable `pengiriman`
 * event so nothing is sent twice or forgotten. SLRT gives SIKS-NG three kinds of data (Pedoman
 * Umum SLRT IV.B.3: pre-list, perubahan data, PMKS) and LAPOR! the non-kepesertaan complaints
 * of the programmes that take them through it (IV.B.2). An item is due once it may be sent and
 * no export of its kind holds it yet; a PMKS record, which changes, is due again when its
 * version (`_rev`) differs from the one last sent.
 */

/** Each kind of export and the system it goes to. */
export const SISTEM_KIRIMAN = {
  prelist: 'siks-ng',
  'perubahan-data': 'siks-ng',
  pmks: 'siks-ng',
  keluhan: 'lapor'
} as const;
export type JenisKiriman = keyof typeof SISTEM_KIRIMAN;
export const JENIS_KIRIMAN = Object.keys(SISTEM_KIRIMAN) as [JenisKiriman, ...JenisKiriman[]];
export const SISTEM_TUJUAN = ['siks-ng', 'lapor'] as const;
export type SistemTujuan = (typeof SISTEM_TUJUAN)[number];
export const FORMAT_KIRIMAN = ['csv', 'xlsx'] as const;

/** The documents each kind sends: proposals, the data center's records, referrals. */
const PREFIX_ITEM: Record<JenisKiriman, string> = {
  prelist: 'usulan:',
  'perubahan-data': 'usulan:',
  pmks: 'pmks:',
  keluhan: 'rujukan:'
};

export const itemKirimanSchema = z.object({
  id: z.string().min(1),
  /** Of a mutable record (PMKS): the version sent. Events never change and carry none. */
  rev: z.string().min(1).optional(),
  /** When that version was written (`updatedAt`, else `createdAt`): what a person reads. */
  diperbarui: timestamp.optional()
});
export type ItemKiriman = z.infer<typeof itemKirimanSchema>;

export const pengirimanSchema = z
  .object({
    ...baseDocFields,
    ...typeFields('pengiriman'),
    sistem: z.enum(SISTEM_TUJUAN),
    jenis: z.enum(JENIS_KIRIMAN),
    format: z.enum(FORMAT_KIRIMAN),
    item: z.array(itemKirimanSchema).min(1, 'Pengiriman harus berisi minimal satu data')
  })
  .refine((p) => SISTEM_KIRIMAN[p.jenis] === p.sistem, {
    message: 'Jenis kiriman ini tidak dikirim ke sistem tersebut',
    path: ['sistem']
  })
  .refine((p) => p.item.every((i) => i.id.startsWith(PREFIX_ITEM[p.jenis])), {
    message: 'Data yang dikirim tidak sesuai dengan jenis kirimannya',
    path: ['item']
  })
  .refine((p) => new Set(p.item.map((i) => i.id)).size === p.item.length, {
    message: 'Satu data tercatat dua kali dalam pengiriman yang sama',
    path: ['item']
  });
export type Pengiriman = z.infer<typeof pengirimanSchema>;

/** An item that could be sent: its id, and for a mutable record its current version. */
export type CalonKiriman = ItemKiriman;

/**
 * The versions each item of kind `jenis` was sent in: `null` for an event (any export of it
 * counts), else the `_rev`s.
 */
function terkirim(riwayat: readonly Pengiriman[], jenis: JenisKiriman): Map<string, Set<string | null>> {
  const peta = new Map<string, Set<string | null>>();
  for (const p of riwayat) {
    if (p.jenis !== jenis) continue;
    for (const i of p.item) {
      const versi = peta.get(i.id) ?? new Set<string | null>();
      versi.add(i.rev ?? null);
      peta.set(i.id, versi);
    }
  }
  return peta;
}

/** The candidates of kind `jenis` that no export holds yet (or, for a changed record, not in this version). */
export function jatuhKirim<C extends CalonKiriman>(calon: readonly C[], riwayat: readonly Pengiriman[], jenis: JenisKiriman): C[] {
  const sudah = terkirim(riwayat, jenis);
  return calon.filter((c) => {
    const versi = sudah.get(c.id);
    return !versi || (c.rev !== undefined && !versi.has(c.rev));
  });
}

/**
 * Whether `id` went out in an export of kind `jenis` made before `sebelum` (a timestamp): a
 * PMKS row says "perubahan" rather than "baru" when SIKS-NG has had the record before.
 */
export function pernahDikirim(riwayat: readonly Pengiriman[], jenis: JenisKiriman, id: string, sebelum: string): boolean {
  return riwayat.some((p) => p.jenis === jenis && p.createdAt < sebelum && p.item.some((i) => i.id === id));
}

/**
 * Proposals of kind `jenis` the manager approved. A proposal to SIKS-NG ends with the manager's
 * decision (the flow refers complaints and needs, not proposals), so `disetujui-manajer` is
 * where an approved one stays; one returned or rejected is not sent.
 */
export function usulanDisetujui(
  pengajuan: readonly Pengajuan[],
  status: ReadonlyMap<string, StatusKasus>,
  jenis: 'prelist' | 'perubahan-data'
): Pengajuan[] {
  return antrean(pengajuan, status, 'disetujui-manajer', { jenis: [jenis] });
}

/**
 * PMKS records split by whether SIKS-NG has a category for their type. Permensos 8/2012's 26
 * types map one to one onto SIKS-NG's PMKS categories; a type the district added has none, and
 * its records are left out of the export (reporting them as "lainnya" would put people in
 * SIKS-NG under a category that says nothing of them). The screen counts what is left out.
 */
export function pmksUntukSiksNg<P extends Pick<Pmks, 'jenisPmks'>>(pmks: readonly P[]): { dikirim: P[]; jenisDaerah: P[] } {
  return {
    dikirim: pmks.filter((p) => jenisPmksNasional(p.jenisPmks)),
    jenisDaerah: pmks.filter((p) => !jenisPmksNasional(p.jenisPmks))
  };
}

/** The version of a PMKS record as an export records it. */
export function calonPmks(p: Pick<Pmks, '_id' | 'createdAt' | 'updatedAt'> & { _rev?: string }): CalonKiriman {
  return { id: p._id, ...(p._rev ? { rev: p._rev } : {}), diperbarui: p.updatedAt ?? p.createdAt };
}

/**
 * Referrals that go to LAPOR!: through its channel, and about how a programme is run
 * (non-kepesertaan). A kepesertaan complaint goes to the registry through SIKS-NG instead.
 */
export function rujukanLapor<R extends Pick<Rujukan, 'kanal' | 'perihal'>>(rujukan: readonly R[]): R[] {
  return rujukan.filter((r) => r.kanal === 'lapor' && r.perihal.jenis === 'keluhan' && r.perihal.kategori !== 'kepesertaan');
}

/** Which kinds a job role may send: SIKS-NG is the manager's, LAPOR! also back office's. */
export function jenisBolehDikirim(jobRole: string | null): JenisKiriman[] {
  if (jobRole === 'manajer') return [...JENIS_KIRIMAN];
  if (jobRole === 'back-office') return JENIS_KIRIMAN.filter((j) => SISTEM_KIRIMAN[j] === 'lapor');
  return [];
}
