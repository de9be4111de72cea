import { z } from 'zod';
import { mutableDocFields, typeFields } from './base';
import { JENIS_PMKS, jenisPmksNasional, kodeJenisPmksSchema, PMKS_LABEL } from './pmks';
import { compactCode, wilayahOf } from './wilayah';

/**
 * The district's catalogue of PMKS types: one `jenispmks` document per type and district,
 * seeded by provisioning from the 26 types of Permensos 8/2012, which the district may rename
 * (its own wording in reports), deactivate (no new records of it; existing ones still count)
 * or extend with local types. One document per type, as the programme catalogue does, and not
 * one list per district: two people changing two types never conflict, provisioning adds a
 * missing type without touching the others, and a type the district deactivated stays so.
 * Shared down to every kecamatan (SHARED_DOC_TYPES) so counts anywhere carry the same names.
 */

export function jenisPmksDocId(kodeKabupaten: string, kode: string): string {
  return `jenispmks:${compactCode(kodeKabupaten)}:${kode}`;
}

export const jenisPmksSchema = z
  .object({
    ...mutableDocFields,
    ...typeFields('jenispmks'),
    kode: kodeJenisPmksSchema,
    nama: z.string().trim().min(1, 'Nama jenis PMKS wajib diisi'),
    /** Whether new records may take this type. Existing records keep it and are still counted. */
    aktif: z.boolean(),
    uraian: z.string().trim().optional()
  })
  // Without a kabupaten the wilayah already fails; one problem is enough.
  .refine((j) => j.wilayah.kabupaten === undefined || j._id === jenisPmksDocId(j.wilayah.kabupaten, j.kode), {
    message: 'ID jenis PMKS harus jenispmks:<kode kabupaten tanpa titik>:<kode jenis>',
    path: ['_id']
  });
export type JenisPmksDoc = z.infer<typeof jenisPmksSchema>;

/** The Permensos types as provisioning seeds them in a kabupaten; never written over a district's own. */
export function katalogJenisPmks(kodeKabupaten: string, createdAt: string, createdBy: string): JenisPmksDoc[] {
  return JENIS_PMKS.map((kode) => ({
    _id: jenisPmksDocId(kodeKabupaten, kode),
    type: 'jenispmks',
    schema: 1,
    wilayah: wilayahOf(kodeKabupaten) as JenisPmksDoc['wilayah'],
    createdBy,
    createdAt,
    kode,
    nama: PMKS_LABEL[kode],
    aktif: true
  }));
}

/** Permensos types in the regulation's order, then the district's own by name. */
export function urutkanJenisPmks<J extends Pick<JenisPmksDoc, 'kode' | 'nama'>>(jenis: readonly J[]): J[] {
  const urutan = (kode: string) => (jenisPmksNasional(kode) ? JENIS_PMKS.indexOf(kode) : JENIS_PMKS.length);
  return [...jenis].sort((a, b) => urutan(a.kode) - urutan(b.kode) || a.nama.localeCompare(b.nama, 'id'));
}
