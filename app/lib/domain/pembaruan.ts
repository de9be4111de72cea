import { z } from 'zod';
import { baseDocFields, refTo, timestamp, typeFields } from './base';
import { FIELD_ANGGOTA, type Rumahtangga } from './household';
import { perubahanSchema } from './usulan';

/**
 * The history a registry import keeps (issue 8): when a newer extract changes a household, the
 * household document is updated and one immutable `pembaruan` records what changed, field by
 * field, in the same shape as a data-change proposal (`perubahan`), so the household's history
 * shows the old values after the master record has moved on.
 */
export const pembaruanSchema = z.object({
  ...baseDocFields,
  ...typeFields('pembaruan'),
  rumahtanggaId: refTo('rumahtangga'),
  /** The import that brought the change: the file's name and when the import started. */
  impor: z.object({ berkas: z.string().min(1), mulai: timestamp }),
  perubahan: z.array(perubahanSchema).min(1)
});
export type Pembaruan = z.infer<typeof pembaruanSchema>;

type Nilai = string | number | null;
export interface Selisih {
  field: string;
  nik?: string;
  sebelum: Nilai;
  sesudah: Nilai;
}

/** The registry fields of a household an extract carries; the rest (who, when) is SLRT's own. */
export type IsiRegistri = Pick<Rumahtangga, 'wilayah' | 'alamat' | 'noKK' | 'statusRegistri' | 'idDtks' | 'desil' | 'anggota'>;

/** A member is matched by NIK, so the NIK itself is never a changed field of one. */
const FIELD_DIBANDING = FIELD_ANGGOTA.filter((f) => f !== 'nik');

function nilaiRumahtangga(rt: IsiRegistri): Record<string, Nilai> {
  return {
    'wilayah.desa': rt.wilayah.desa ?? null,
    noKK: rt.noKK,
    'alamat.rt': rt.alamat.rt,
    'alamat.rw': rt.alamat.rw,
    'alamat.jalan': rt.alamat.jalan ?? null,
    statusRegistri: rt.statusRegistri,
    idDtks: rt.idDtks ?? null,
    desil: rt.desil
  };
}

/**
 * What changed from `lama` to `baru`, in the vocabulary of a data-change proposal: household
 * fields, then per member (by NIK) the member who left (`anggota-keluar`), joined
 * (`anggota-masuk`, followed by the new member's fields) or whose fields changed. Empty when
 * the two hold the same registry data, whatever order the members are listed in.
 */
export function selisihRumahtangga(lama: IsiRegistri, baru: IsiRegistri): Selisih[] {
  const hasil: Selisih[] = [];
  const a = nilaiRumahtangga(lama);
  const b = nilaiRumahtangga(baru);
  for (const field of Object.keys(b)) {
    if (a[field] !== b[field]) hasil.push({ field, sebelum: a[field], sesudah: b[field] });
  }
  const lamaPerNik = new Map(lama.anggota.map((x) => [x.nik, x]));
  const baruPerNik = new Map(baru.anggota.map((x) => [x.nik, x]));
  for (const [nik, orang] of lamaPerNik) {
    if (!baruPerNik.has(nik)) hasil.push({ field: 'anggota-keluar', nik, sebelum: orang.nama, sesudah: null });
  }
  for (const [nik, orang] of baruPerNik) {
    const sebelumnya = lamaPerNik.get(nik);
    if (!sebelumnya) hasil.push({ field: 'anggota-masuk', nik, sebelum: null, sesudah: orang.nama });
    for (const field of FIELD_DIBANDING) {
      if (sebelumnya && sebelumnya[field] === orang[field]) continue;
      if (!sebelumnya && field === 'nama') continue;
      hasil.push({ field, nik, sebelum: sebelumnya ? sebelumnya[field] : null, sesudah: orang[field] });
    }
  }
  return hasil;
}
