import { z } from 'zod';

/**
 * Ministry of Home Affairs area codes, dotted as idn-area-data writes them:
 * provinsi `74`, kabupaten `74.01`, kecamatan `74.01.01`, desa `74.01.01.2001`.
 */
export const kodeProvinsi = z.string().regex(/^\d{2}$/, 'Kode provinsi harus 2 digit, mis. 74');
export const kodeKabupaten = z.string().regex(/^\d{2}\.\d{2}$/, 'Kode kabupaten/kota harus seperti 74.01');
export const kodeKecamatan = z
  .string()
  .regex(/^\d{2}\.\d{2}\.\d{2}$/, 'Kode kecamatan harus seperti 74.01.01');
export const kodeDesa = z
  .string()
  .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'Kode desa/kelurahan harus seperti 74.01.01.2001');

/** Where a document belongs, as deep as it belongs; each level must lie inside the one above. */
export const wilayahSchema = z
  .object({
    provinsi: kodeProvinsi,
    kabupaten: kodeKabupaten.optional(),
    kecamatan: kodeKecamatan.optional(),
    desa: kodeDesa.optional()
  })
  .refine(
    (w) =>
      (!w.kabupaten || w.kabupaten.startsWith(w.provinsi + '.')) &&
      (!w.kecamatan || (!!w.kabupaten && w.kecamatan.startsWith(w.kabupaten + '.'))) &&
      (!w.desa || (!!w.kecamatan && w.desa.startsWith(w.kecamatan + '.'))),
    { message: 'Kode wilayah tidak saling sesuai (desa harus di dalam kecamatan, dst.)' }
  );
export type Wilayah = z.infer<typeof wilayahSchema>;

export const WILAYAH_LEVELS = ['provinsi', 'kabupaten', 'kecamatan', 'desa'] as const;
export type WilayahLevel = (typeof WILAYAH_LEVELS)[number];

export const WILAYAH_LEVEL_LABEL: Record<WilayahLevel, string> = {
  provinsi: 'provinsi',
  kabupaten: 'kabupaten/kota',
  kecamatan: 'kecamatan',
  desa: 'desa/kelurahan'
};

/** A wilayah that names at least `level`; deeper is allowed (a review may name the desa). */
export function wilayahSampai(level: WilayahLevel) {
  return wilayahSchema.refine((w) => w[level] !== undefined, {
    message: `Wilayah harus sampai tingkat ${WILAYAH_LEVEL_LABEL[level]}`,
    path: [level]
  });
}

/** A wilayah down to the desa, which every household and field event has. */
export const wilayahDesaSchema = wilayahSampai('desa');

/** `74.01.01` → `740101`: the form used in database names, roles and ids. */
export function compactCode(code: string): string {
  return code.replaceAll('.', '');
}

/** `740101` → `74.01.01`; `7401012001` → `74.01.01.2001`. */
export function dottedCode(compact: string): string {
  const parts = [compact.slice(0, 2), compact.slice(2, 4), compact.slice(4, 6), compact.slice(6)];
  return parts.filter((p) => p.length > 0).join('.');
}

/** The full wilayah of a dotted code at any level. */
export function wilayahOf(code: string): Wilayah {
  const parts = code.split('.');
  const w: Wilayah = { provinsi: parts[0] };
  if (parts.length > 1) w.kabupaten = parts.slice(0, 2).join('.');
  if (parts.length > 2) w.kecamatan = parts.slice(0, 3).join('.');
  if (parts.length > 3) w.desa = parts.slice(0, 4).join('.');
  return w;
}

/** The most precise code a wilayah names. */
export function deepestCode(w: Wilayah): string {
  return w.desa ?? w.kecamatan ?? w.kabupaten ?? w.provinsi;
}
