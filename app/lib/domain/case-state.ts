import type { Kebutuhan } from './kebutuhan';
import type { Keluhan } from './keluhan';
import type { Review } from './review';
import { KANAL_RUJUKAN_LABEL } from './routing';
import type { Rujukan } from './rujukan';
import type { SlrtDoc } from './schemas';
import type { Tindaklanjut } from './tindaklanjut';
import type { Usulan } from './usulan';

/**
 * The state of a case, derived from its immutable events (DESIGN.md "Documents"): the opener
 * (keluhan, kebutuhan or usulan) and the reviews, referrals and responses pointing at it.
 * Events arrive by sync in any order; after the opener they are sorted by `createdAt` then
 * `_id`, and the latest decides.
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
  'ditolak-program': 'Ditolak pengelola program',
  'ditangani-langsung': 'Ditangani langsung oleh SLRT',
  selesai: 'Selesai'
};

export type PembukaKasus = Keluhan | Kebutuhan | Usulan;
export type PeristiwaKasus = Review | Rujukan | Tindaklanjut;
export type DokumenKasus = PembukaKasus | PeristiwaKasus;

export interface TimelineEntry {
  docId: string;
  type: DokumenKasus['type'];
  /** `createdAt` of the document. */
  tanggal: string;
  /** `createdBy`: who did it (asas akuntabel). */
  aktor: string;
  label: string;
  /** The reviewer's note, the referral's note or the programme's response. */
  catatan?: string;
  /** The status of the case after this entry. */
  status: StatusKasus;
}

export interface CaseState {
  kasusId: string;
  /** null while no document of the case is known. */
  status: StatusKasus | null;
  /** null while the opener has not arrived (its events may sync first). */
  pembuka: PembukaKasus | null;
  timeline: TimelineEntry[];
}

const OPENER_TYPES: ReadonlySet<string> = new Set(['keluhan', 'kebutuhan', 'usulan']);
const EVENT_TYPES: ReadonlySet<string> = new Set(['review', 'rujukan', 'tindaklanjut']);

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

const HASIL: Record<Tindaklanjut['hasil'], { status: StatusKasus; label: string }> = {
  diterima: { status: 'diterima', label: 'Diterima oleh pengelola program' },
  ditolak: { status: 'ditolak-program', label: 'Ditolak oleh pengelola program' },
  ditinjau: { status: 'ditinjau', label: 'Ditelaah lebih lanjut oleh pengelola program' },
  selesai: { status: 'selesai', label: 'Selesai ditangani' },
  'ditangani-langsung': { status: 'ditangani-langsung', label: 'Ditangani langsung oleh SLRT' }
};

function reviewEntry(r: Review): Pick<TimelineEntry, 'status' | 'label' | 'catatan'> {
  const oleh = r.tahap;
  switch (r.keputusan) {
    case 'setuju':
      return {
        status: r.tahap === 'supervisor' ? 'disetujui-supervisor' : 'disetujui-manajer',
        label: `Disetujui ${oleh}`,
        catatan: r.catatan
      };
    case 'kembalikan':
      return { status: 'dikembalikan', label: `Dikembalikan oleh ${oleh} untuk diperbaiki`, catatan: r.catatan };
    case 'tolak':
      return { status: 'ditolak', label: `Ditolak oleh ${oleh}`, catatan: r.catatan };
  }
}

function entryOf(doc: DokumenKasus): Pick<TimelineEntry, 'status' | 'label' | 'catatan'> {
  switch (doc.type) {
    case 'keluhan':
      return { status: 'diajukan', label: `Keluhan ${doc.kategori} dicatat` };
    case 'kebutuhan':
      return { status: 'diajukan', label: 'Kebutuhan program dicatat', catatan: doc.alasan };
    case 'usulan':
      return { status: 'diajukan', label: LABEL_USULAN[doc.jenis] };
    case 'review':
      return reviewEntry(doc);
    case 'rujukan':
      return {
        status: 'dirujuk',
        label: `Dirujuk ke ${doc.namaTujuan} ${KANAL_RUJUKAN_LABEL[doc.kanal]}`,
        catatan: doc.catatan
      };
    case 'tindaklanjut':
      return { ...HASIL[doc.hasil], catatan: doc.tanggapan };
  }
}

function urutan(a: PeristiwaKasus, b: PeristiwaKasus): number {
  const waktu = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  if (waktu !== 0) return waktu;
  return a._id < b._id ? -1 : a._id > b._id ? 1 : 0;
}

/**
 * The status and timeline of case `kasusId` from any documents: those of other cases and other
 * types are ignored, and a document seen twice (same `_id`) counts once.
 */
export function reduceCase(kasusId: string, docs: readonly SlrtDoc[]): CaseState {
  let pembuka: PembukaKasus | null = null;
  const peristiwa = new Map<string, PeristiwaKasus>();
  for (const doc of docs) {
    if (isPembuka(doc) && doc._id === kasusId) pembuka = doc;
    else if (isPeristiwa(doc) && doc.kasusId === kasusId) peristiwa.set(doc._id, doc);
  }
  // The opener comes first whatever its clock said: a tablet's clock may run late offline.
  const urut: DokumenKasus[] = [...(pembuka ? [pembuka] : []), ...[...peristiwa.values()].sort(urutan)];
  const timeline = urut.map((doc): TimelineEntry => {
    const { catatan, ...entry } = entryOf(doc);
    return {
      docId: doc._id,
      type: doc.type,
      tanggal: doc.createdAt,
      aktor: doc.createdBy,
      ...entry,
      ...(catatan ? { catatan } : {})
    };
  });
  return { kasusId, status: timeline.at(-1)?.status ?? null, pembuka, timeline };
}
