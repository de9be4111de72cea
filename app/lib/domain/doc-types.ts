import type { JobRole } from './roles';

/**
 * The one list of document types. Design documents inline it at build time, so the server's
 * `validate_doc_update`, the views and the app agree on what each type is and who writes it.
 *
 * - `event`: immutable once written (DESIGN.md "Events are immutable documents").
 * - `mutable`: may be updated, but only by its writer roles.
 * - `level`: the deepest wilayah level the document must name.
 */
export interface DocTypeRule {
  kind: 'event' | 'mutable';
  level: 'desa' | 'kecamatan' | 'kabupaten' | 'provinsi';
  writers: readonly JobRole[];
}

const FIELD_STAFF = ['fasilitator', 'front-office', 'back-office'] as const;

export const DOC_TYPES = {
  /** Household master record with its members (registry or pre-list). */
  rumahtangga: { kind: 'mutable', level: 'desa', writers: ['manajer', 'admin-kab'] },
  /** Programme participation of a household or member. */
  kepesertaan: { kind: 'event', level: 'desa', writers: FIELD_STAFF },
  /** Programme need: needed and not received. */
  kebutuhan: { kind: 'event', level: 'desa', writers: FIELD_STAFF },
  /** Complaint: kepesertaan (exclusion error) or non-kepesertaan. */
  keluhan: { kind: 'event', level: 'desa', writers: FIELD_STAFF },
  /** Proposal to SIKS-NG: perubahan data, pre-list, PMKS. */
  usulan: { kind: 'event', level: 'desa', writers: [...FIELD_STAFF, 'manajer'] },
  /** A finished profile verification of a household: confirmed, changed or not found. */
  verifikasi: { kind: 'event', level: 'desa', writers: FIELD_STAFF },
  /** What a registry import changed in a household it updated (pembaruan.ts): its history. */
  pembaruan: { kind: 'event', level: 'desa', writers: ['manajer', 'admin-kab'] },
  /** A returned submission, corrected and sent again by field staff. */
  perbaikan: { kind: 'event', level: 'kecamatan', writers: FIELD_STAFF },
  /**
   * A citizen who came only to ask about a programme (layanan-informasi.ts): the desk's register
   * of the visit. Its wilayah is a household's desa, else the desk's kecamatan or kabupaten.
   */
  layananinformasi: { kind: 'event', level: 'kabupaten', writers: FIELD_STAFF },
  /** An appeal reopening a rejected or closed case. */
  banding: { kind: 'event', level: 'kecamatan', writers: [...FIELD_STAFF, 'manajer'] },
  /** Decision of a supervisor or manager on a submission. */
  review: { kind: 'event', level: 'kecamatan', writers: ['supervisor', 'manajer'] },
  /** Referral of a case to a programme manager. */
  rujukan: { kind: 'event', level: 'kecamatan', writers: ['manajer', 'back-office'] },
  /** Response to a case: by a programme manager, or handled locally by back office. */
  tindaklanjut: { kind: 'event', level: 'kecamatan', writers: ['pengelola', 'back-office', 'manajer'] },
  /** Programme catalogue entry, shared with every kecamatan of the district. */
  program: { kind: 'mutable', level: 'kabupaten', writers: ['manajer', 'admin-kab'] },
  /** A PMKS type of the district's catalogue (jenis-pmks.ts), shared with every kecamatan. */
  jenispmks: { kind: 'mutable', level: 'kabupaten', writers: ['manajer', 'admin-kab'] },
  /** Person with social-welfare problems (Permensos 8/2012). */
  pmks: { kind: 'mutable', level: 'desa', writers: ['back-office', 'manajer'] },
  /** Potential social-welfare resource. */
  psks: { kind: 'mutable', level: 'kecamatan', writers: ['back-office', 'manajer'] },
  /** Monitoring questionnaire (quarterly). */
  kuesioner: { kind: 'mutable', level: 'kabupaten', writers: ['manajer', 'admin-kab'] },
  /**
   * One filled-in monitoring questionnaire: of a Puskesos or kecamatan (naming the kecamatan,
   * written on the supervisor's device) or of the kabupaten's secretariat (naming none).
   */
  monitoring: { kind: 'event', level: 'kabupaten', writers: ['supervisor', 'manajer', 'back-office'] },
  /** Frequently asked question, shared with every kecamatan of the district. */
  faq: { kind: 'mutable', level: 'kabupaten', writers: ['manajer', 'admin-kab'] },
  /** A Puskesos of the district, at a desa (puskesos.ts): kept by the administrator, shared with every kecamatan. */
  puskesos: { kind: 'mutable', level: 'kabupaten', writers: ['admin-kab'] },
  /** What a district administrator did to a user (jejak.ts): written by the server alone. */
  jejak: { kind: 'event', level: 'kabupaten', writers: [] },
  /**
   * One export to a national system (pengiriman.ts): SIKS-NG by the manager, LAPOR! also by
   * back office, which refers complaints with the manager's approval (guideline V.D.5.d).
   */
  pengiriman: { kind: 'event', level: 'kabupaten', writers: ['manajer', 'back-office'] }
} as const satisfies Record<string, DocTypeRule>;

export type DocType = keyof typeof DOC_TYPES;
export const DOC_TYPE_NAMES = Object.keys(DOC_TYPES) as DocType[];

/**
 * The largest document (its JSON without attachments, in characters) and attachment (bytes) the
 * server stores; `validate_doc_update` refuses a bigger one alone, with its reason. A household
 * is ≈1.5 KB and a photo ≤ 300 KB: the limits leave room and stop a 30 MB record.
 */
export const BATAS_UKURAN = { dokumen: 2_000_000, lampiran: 1_048_576 } as const;

/**
 * The largest request body a user may send to `/db/` (couch/server/kiriman.ts, and the
 * production proxy's `client_max_body_size`); a device's push keeps within it (db/request-limit.ts).
 */
export const BATAS_KIRIMAN = 16 * 1024 * 1024;

/** Types the district shares with every kecamatan (the router copies them down). */
export const SHARED_DOC_TYPES: readonly DocType[] = ['program', 'jenispmks', 'kuesioner', 'faq', 'puskesos'];

export function isDocType(t: unknown): t is DocType {
  return typeof t === 'string' && Object.hasOwn(DOC_TYPES, t);
}
