import { z } from 'zod';
import { id as localeId } from 'zod/locales';
import { isDocType, type DocType } from './doc-types';
import { bandingSchema } from './banding';
import { faqSchema } from './faq';
import { jejakSchema } from './jejak';
import { jenisPmksSchema } from './jenis-pmks';
import { rumahtanggaSchema } from './household';
import { kebutuhanSchema } from './kebutuhan';
import { keluhanSchema } from './keluhan';
import { kepesertaanSchema } from './kepesertaan';
import { kuesionerSchema } from './kuesioner';
import { layananInformasiSchema } from './layanan-informasi';
import { monitoringSchema } from './monitoring';
import { pembaruanSchema } from './pembaruan';
import { pmksSchema } from './pmks';
import { pengirimanSchema } from './pengiriman';
import { perbaikanSchema } from './perbaikan';
import { programSchema } from './program';
import { psksSchema } from './psks';
import { puskesosSchema } from './puskesos';
import { reviewSchema } from './review';
import { rujukanSchema } from './rujukan';
import { tindaklanjutSchema } from './tindaklanjut';
import { usulanSchema } from './usulan';
import { verifikasiSchema } from './verifikasi';

/** The one schema of each document type: forms, importers and tests all parse with these. */
export const DOC_SCHEMAS = {
  rumahtangga: rumahtanggaSchema,
  kepesertaan: kepesertaanSchema,
  kebutuhan: kebutuhanSchema,
  keluhan: keluhanSchema,
  usulan: usulanSchema,
  verifikasi: verifikasiSchema,
  pembaruan: pembaruanSchema,
  perbaikan: perbaikanSchema,
  layananinformasi: layananInformasiSchema,
  banding: bandingSchema,
  review: reviewSchema,
  rujukan: rujukanSchema,
  tindaklanjut: tindaklanjutSchema,
  program: programSchema,
  jenispmks: jenisPmksSchema,
  pmks: pmksSchema,
  psks: psksSchema,
  kuesioner: kuesionerSchema,
  monitoring: monitoringSchema,
  faq: faqSchema,
  puskesos: puskesosSchema,
  jejak: jejakSchema,
  pengiriman: pengirimanSchema
} as const satisfies Record<DocType, z.ZodType>;

export type DocOf<T extends DocType> = z.infer<(typeof DOC_SCHEMAS)[T]>;
export type SlrtDoc = { [T in DocType]: DocOf<T> }[DocType];

/** One problem of a document: `path` is dotted (`anggota.0.nik`), empty for the whole document. */
export interface DocIssue {
  path: string;
  message: string;
}

export type ParseResult<D> = { ok: true; doc: D } | { ok: false; issues: DocIssue[] };

const bawaan = localeId().localeError;

/**
 * Bahasa Indonesia for what the schemas leave to zod; the schemas' own messages take
 * precedence. Forms that parse with a schema directly pass it: `schema.safeParse(v, { error: pesanIndonesia })`.
 */
export const pesanIndonesia: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'Wajib diisi';
  if (issue.code === 'invalid_value') return `Harus salah satu dari: ${issue.values.join(', ')}`;
  if (issue.code === 'invalid_union') {
    // A discriminated union lists the discriminator values it knows; a plain union does not.
    const options: unknown = (issue as { options?: unknown }).options;
    if (Array.isArray(options)) return `Harus salah satu dari: ${options.map(String).join(', ')}`;
  }
  if (issue.code === 'unrecognized_keys') return `Isian tidak dikenal: ${issue.keys.join(', ')}`;
  return bawaan(issue);
};

function issuesOf(error: z.ZodError): DocIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/**
 * Checks a document against its type's schema. The parsed document holds only the fields the
 * schema knows: save the original, not `doc`, when other fields (attachments) must survive.
 */
export function parseDocOf<T extends DocType>(type: T, doc: unknown): ParseResult<DocOf<T>> {
  const schema: z.ZodType = DOC_SCHEMAS[type];
  const r = schema.safeParse(doc, { error: pesanIndonesia });
  // TypeScript cannot follow a generic key into the table: DOC_SCHEMAS[T] parses to DocOf<T>.
  return r.success ? { ok: true, doc: r.data as DocOf<T> } : { ok: false, issues: issuesOf(r.error) };
}

/** Checks any SLRT document, choosing the schema by its `type`. */
export function parseDoc(doc: unknown): ParseResult<SlrtDoc> {
  if (typeof doc !== 'object' || doc === null) {
    return { ok: false, issues: [{ path: '', message: 'Dokumen harus berupa objek' }] };
  }
  const type: unknown = (doc as { type?: unknown }).type;
  if (!isDocType(type)) {
    const message = type === undefined ? 'Jenis dokumen (type) wajib diisi' : `Jenis dokumen tidak dikenal: ${String(type)}`;
    return { ok: false, issues: [{ path: 'type', message }] };
  }
  return parseDocOf(type, doc);
}
