import type { Banding } from './banding';
import type { Kebutuhan } from './kebutuhan';
import type { Keluhan } from './keluhan';
import { ISIAN_TETAP, type Perbaikan } from './perbaikan';
import type { Review } from './review';
import type { JobRole } from './roles';
import { KANAL_RUJUKAN_LABEL } from './routing';
import type { Rujukan } from './rujukan';
import type { SlrtDoc } from './schemas';
import type { Tindaklanjut } from './tindaklanjut';
import type { Usulan } from './usulan';

/**
 * The state of a case, derived from its immutable events (DESIGN.md "Documents"): the opener
 * (keluhan, kebutuhan or usulan) and the reviews, referrals and responses pointing at it.
 * Events arrive by sync in any order; after the opener they are sorted by `createdAt` then
 * `_id`, and each moves the case on only where the flow allows it (`langkahBerikut`): an event
 * that does not fit (two supervisors approving the same case offline, a response to a case that
 * was never referred) stays in the timeline, marked as not in force, and changes nothing.
 */

export const STATUS_KASUS = [
  'diajukan',
  'dikembalikan',
  'ditolak',
  'disetujui-supervisor',
  'disetujui-manajer',
  'dirujuk',
  'diterima',
  'ditinjau',
  'perlu-informasi',
  'ditolak-program',
  'ditangani-langsung',
  'selesai'
] as const;
export type StatusKasus = (typeof STATUS_KASUS)[number];

export const STATUS_KASUS_LABEL: Record<StatusKasus, string> = {
  diajukan: 'Diajukan',
  dikembalikan: 'Dikembalikan ke fasilitator',
  ditolak: 'Ditolak',
  'disetujui-supervisor': 'Disetujui supervisor',
  'disetujui-manajer': 'Disetujui manajer',
  dirujuk: 'Dirujuk ke pengelola program',
  diterima: 'Diterima pengelola program',
  ditinjau: 'Ditelaah lebih lanjut oleh pengelola program',
  'perlu-informasi': 'Pengelola program meminta informasi tambahan',
  'ditolak-program': 'Ditolak pengelola program',
  'ditangani-langsung': 'Ditangani langsung oleh SLRT',
  selesai: 'Selesai'
};

export type PembukaKasus = Keluhan | Kebutuhan | Usulan;
export type PeristiwaKasus = Review | Rujukan | Tindaklanjut | Perbaikan | Banding;
export type DokumenKasus = PembukaKasus | PeristiwaKasus;

export interface TimelineEntry {
  docId: string;
  type: DokumenKasus['type'];
  /** `createdAt` of the document. */
  tanggal: string;
  /** `createdBy`: who did it (asas akuntabel). */
  aktor: string;
  /** The role it was done in, when the document names it. */
  peran?: JobRole;
  /** What happened, in Bahasa Indonesia (logs, tests, the server's words). */
  label: string;
  /** The same as a message key and its values, for a screen to say it in the user's language. */
  teks: TeksLangkah;
  /** The reviewer's note, the referral's note or the programme's response. */
  catatan?: string;
  /** The status of the case after this entry. */
  status: StatusKasus;
  /** False for an event the flow did not allow at its place: it changed nothing. */
  berlaku: boolean;
}

/**
 * `kunci`: the kind of step (`keluhan`, `usulan.prelist`, `review.setuju`, `rujukan`,
 * `tindaklanjut.selesai`, …); `isi`: the values its words name, as codes (kategori, tahap,
 * kanal) or as written (tujuan).
 */
export interface TeksLangkah {
  kunci: string;
  isi: Record<string, string>;
}

export interface CaseState {
  kasusId: string;
  /** null while no document of the case is known. */
  status: StatusKasus | null;
  /** null while the opener has not arrived (its events may sync first). */
  pembuka: PembukaKasus | null;
  /** The opener as its corrections (perbaikan in force) left it; null with `pembuka`. */
  pembukaTerkini: PembukaKasus | null;
  timeline: TimelineEntry[];
}

/** What moves a case on, as a document or a `kasus/peristiwa` view row gives it. */
export type Langkah =
  | Pick<Review, 'type' | 'tahap' | 'keputusan'>
  | Pick<Rujukan, 'type'>
  | Pick<Tindaklanjut, 'type' | 'hasil'>
  | Pick<Perbaikan, 'type'>
  | Pick<Banding, 'type'>;

/** Where a programme manager holds the case: it may answer again until it closes it. */
const DI_PENGELOLA: readonly StatusKasus[] = ['dirujuk', 'diterima', 'ditinjau'];
/** Where the secretariat decides: refer, or handle the case itself. */
const DI_SEKRETARIAT: readonly StatusKasus[] = ['disetujui-supervisor', 'disetujui-manajer', 'perlu-informasi'];
/** Where a case has ended; an appeal (banding) opens it again. */
export const STATUS_AKHIR: readonly StatusKasus[] = ['ditolak', 'ditolak-program', 'selesai', 'ditangani-langsung'];

const KEPUTUSAN: Record<Review['keputusan'], Record<Review['tahap'], StatusKasus>> = {
  setuju: { supervisor: 'disetujui-supervisor', manajer: 'disetujui-manajer' },
  kembalikan: { supervisor: 'dikembalikan', manajer: 'dikembalikan' },
  tolak: { supervisor: 'ditolak', manajer: 'ditolak' }
};

const STATUS_HASIL: Record<Tindaklanjut['hasil'], StatusKasus> = {
  diterima: 'diterima',
  ditolak: 'ditolak-program',
  ditinjau: 'ditinjau',
  'perlu-informasi': 'perlu-informasi',
  selesai: 'selesai',
  'ditangani-langsung': 'ditangani-langsung'
};

/**
 * The flow of a case (SLRT.md "The flow"): the status `langkah` leads to from `status`, or
 * null where the flow does not allow it.
 */
export function langkahBerikut(status: StatusKasus, langkah: Langkah): StatusKasus | null {
  switch (langkah.type) {
    case 'review': {
      const dari: StatusKasus = langkah.tahap === 'supervisor' ? 'diajukan' : 'disetujui-supervisor';
      return status === dari ? KEPUTUSAN[langkah.keputusan][langkah.tahap] : null;
    }
    case 'perbaikan':
      return status === 'dikembalikan' ? 'diajukan' : null;
    case 'banding':
      return STATUS_AKHIR.includes(status) ? 'diajukan' : null;
    case 'rujukan':
      return DI_SEKRETARIAT.includes(status) || status === 'ditolak-program' ? 'dirujuk' : null;
    case 'tindaklanjut':
      if (langkah.hasil === 'ditangani-langsung') return DI_SEKRETARIAT.includes(status) ? 'ditangani-langsung' : null;
      return DI_PENGELOLA.includes(status) ? STATUS_HASIL[langkah.hasil] : null;
  }
}

/** The status after steps already in time order; a case starts `diajukan` with its opener. */
export function statusSetelah(langkah: Iterable<Langkah>): StatusKasus {
  let status: StatusKasus = 'diajukan';
  for (const l of langkah) status = langkahBerikut(status, l) ?? status;
  return status;
}

const OPENER_TYPES: ReadonlySet<string> = new Set(['keluhan', 'kebutuhan', 'usulan']);
const EVENT_TYPES: ReadonlySet<string> = new Set(['review', 'rujukan', 'tindaklanjut', 'perbaikan', 'banding']);

function isPembuka(doc: SlrtDoc): doc is PembukaKasus {
  return OPENER_TYPES.has(doc.type);
}
function isPeristiwa(doc: SlrtDoc): doc is PeristiwaKasus {
  return EVENT_TYPES.has(doc.type);
}

const LABEL_USULAN: Record<Usulan['jenis'], string> = {
  'perubahan-data': 'Usulan perubahan data diajukan',
  prelist: 'Usulan rumah tangga baru (pre-list) diajukan',
  pmks: 'Usulan data PMKS diajukan'
};

const LABEL_HASIL: Record<Tindaklanjut['hasil'], string> = {
  diterima: 'Diterima oleh pengelola program',
  ditolak: 'Ditolak oleh pengelola program',
  ditinjau: 'Ditelaah lebih lanjut oleh pengelola program',
  'perlu-informasi': 'Pengelola program meminta informasi tambahan',
  selesai: 'Selesai ditangani',
  'ditangani-langsung': 'Ditangani langsung oleh SLRT'
};

const LABEL_KEPUTUSAN: Record<Review['keputusan'], (oleh: string) => string> = {
  setuju: (oleh) => `Disetujui ${oleh}`,
  kembalikan: (oleh) => `Dikembalikan oleh ${oleh} untuk diperbaiki`,
  tolak: (oleh) => `Ditolak oleh ${oleh}`
};

function entryOf(doc: DokumenKasus): Pick<TimelineEntry, 'label' | 'catatan' | 'teks'> {
  switch (doc.type) {
    case 'keluhan':
      return { label: `Keluhan ${doc.kategori} dicatat`, teks: { kunci: 'keluhan', isi: { kategori: doc.kategori } } };
    case 'kebutuhan':
      return { label: 'Kebutuhan program dicatat', catatan: doc.alasan, teks: { kunci: 'kebutuhan', isi: {} } };
    case 'usulan':
      return { label: LABEL_USULAN[doc.jenis], teks: { kunci: `usulan.${doc.jenis}`, isi: {} } };
    case 'review':
      return {
        label: LABEL_KEPUTUSAN[doc.keputusan](doc.tahap),
        catatan: doc.catatan,
        teks: { kunci: `review.${doc.keputusan}`, isi: { tahap: doc.tahap } }
      };
    case 'rujukan':
      return {
        label: `Dirujuk ke ${doc.namaTujuan} ${KANAL_RUJUKAN_LABEL[doc.kanal]}`,
        catatan: doc.catatan,
        teks: { kunci: 'rujukan', isi: { tujuan: doc.namaTujuan, kanal: doc.kanal } }
      };
    case 'tindaklanjut':
      return { label: LABEL_HASIL[doc.hasil], catatan: doc.tanggapan, teks: { kunci: `tindaklanjut.${doc.hasil}`, isi: {} } };
    case 'perbaikan':
      return { label: 'Diperbaiki dan diajukan kembali', catatan: doc.catatan, teks: { kunci: 'perbaikan', isi: {} } };
    case 'banding':
      return { label: 'Banding diajukan: kasus dibuka kembali', catatan: doc.alasan, teks: { kunci: 'banding', isi: {} } };
  }
}

/** The opener with the corrections of the perbaikan in force laid over it, in order. */
function terkini(pembuka: PembukaKasus, perbaikan: readonly Perbaikan[]): PembukaKasus {
  const isi: Record<string, unknown> = { ...pembuka };
  for (const p of perbaikan) {
    for (const [field, value] of Object.entries(p.isi ?? {})) {
      if (!(ISIAN_TETAP as readonly string[]).includes(field)) isi[field] = value;
    }
  }
  return isi as PembukaKasus;
}

function urutan(a: PeristiwaKasus, b: PeristiwaKasus): number {
  const waktu = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  if (waktu !== 0) return waktu;
  return a._id < b._id ? -1 : a._id > b._id ? 1 : 0;
}

/**
 * The status and timeline of case `kasusId` from any documents: those of other cases and other
 * types are ignored, and a document seen twice (same `_id`) counts once. `mulai` is where the
 * events start from: a programme's inbox holds a referral and its answers, never the opener, so
 * it reads them from the status a referral follows.
 */
export function reduceCase(kasusId: string, docs: readonly SlrtDoc[], mulai: StatusKasus = 'diajukan'): CaseState {
  let pembuka: PembukaKasus | null = null;
  const peristiwa = new Map<string, PeristiwaKasus>();
  for (const doc of docs) {
    if (isPembuka(doc) && doc._id === kasusId) pembuka = doc;
    else if (isPeristiwa(doc) && doc.kasusId === kasusId) peristiwa.set(doc._id, doc);
  }
  // The opener comes first whatever its clock said: a tablet's clock may run late offline.
  const urut: DokumenKasus[] = [...(pembuka ? [pembuka] : []), ...[...peristiwa.values()].sort(urutan)];
  let status: StatusKasus = mulai;
  const perbaikan: Perbaikan[] = [];
  const timeline = urut.map((doc): TimelineEntry => {
    const berikut = isPeristiwa(doc) ? langkahBerikut(status, doc) : status;
    if (berikut !== null) status = berikut;
    if (berikut !== null && doc.type === 'perbaikan') perbaikan.push(doc);
    const { catatan, label, teks } = entryOf(doc);
    return {
      docId: doc._id,
      type: doc.type,
      tanggal: doc.createdAt,
      aktor: doc.createdBy,
      ...(doc.peran ? { peran: doc.peran } : {}),
      label: berikut === null ? `${label} (tidak berlaku pada tahap ini)` : label,
      teks,
      ...(catatan ? { catatan } : {}),
      status,
      berlaku: berikut !== null
    };
  });
  return {
    kasusId,
    status: timeline.length > 0 ? status : null,
    pembuka,
    pembukaTerkini: pembuka ? terkini(pembuka, perbaikan) : null,
    timeline
  };
}
