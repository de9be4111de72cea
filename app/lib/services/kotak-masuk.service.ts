/**
 * The programme manager's inbox (pengelola program): the referrals of its programme and the
 * responses to them, read from its inbox database on the server (`slrt-rujukan-<kab>-<program>`,
 * which holds nothing else), and its decisions saved there as `tindaklanjut` events.
 *
 * The inbox never holds the case's opener: each referral is read with its own responses from
 * the status a referral follows, with the same flow and words as the rest of the case.
 */
import type { StoreUser, UserStore } from '$lib/db/user-store';
import { hariTerbuka } from '$lib/domain/antrean';
import { reduceCase, type StatusKasus, type TimelineEntry } from '$lib/domain/case-state';
import { pemenuhanTanggapan } from '$lib/domain/kesenjangan';
import type { Rujukan } from '$lib/domain/rujukan';
import { hariPenyelesaian, type Tindaklanjut } from '$lib/domain/tindaklanjut';
import { deepestCode } from '$lib/domain/wilayah';
import { eventHead, simpanEvent, type Problems, type SimpanHasil } from './event-doc';

/** The sections of the inbox, in the order the page shows them. */
export const BAGIAN_KOTAK = ['baru', 'ditangani', 'menunggu-sekretariat', 'selesai'] as const;
export type BagianKotak = (typeof BAGIAN_KOTAK)[number];

const BAGIAN_STATUS: Partial<Record<StatusKasus, BagianKotak>> = {
  dirujuk: 'baru',
  diterima: 'ditangani',
  ditinjau: 'ditangani',
  'perlu-informasi': 'menunggu-sekretariat',
  'ditolak-program': 'selesai',
  selesai: 'selesai'
};

/** Where a case stands when the secretariat refers it: the referral is the inbox's first step. */
const SEBELUM_DIRUJUK: StatusKasus = 'disetujui-manajer';

/** The decisions the inbox offers (guideline IV.B.1 f; the four). */
export const KEPUTUSAN_PENGELOLA = ['diterima', 'ditolak', 'perlu-informasi', 'selesai'] as const;
export type KeputusanPengelola = (typeof KEPUTUSAN_PENGELOLA)[number];

export interface RujukanMasuk {
  rujukan: Rujukan;
  /** The referral, then its responses in time order; a response the flow did not allow is marked. */
  riwayat: TimelineEntry[];
  /** Where the referral stands after its responses in force. */
  status: StatusKasus;
  /** The newest response in force, if any. */
  terakhir: Tindaklanjut | null;
  /** Whole days since the referral was made. */
  hari: number;
  bagian: BagianKotak;
}

export type KotakMasuk = Record<BagianKotak, RujukanMasuk[]>;

function urutWaktu(a: { createdAt: string; _id: string }, b: { createdAt: string; _id: string }): number {
  return Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);
}

/** One referral with its responses (any documents: those of other referrals are ignored). */
export function rujukanMasuk(rujukan: Rujukan, tindaklanjut: readonly Tindaklanjut[], now: Date): RujukanMasuk {
  const milik = tindaklanjut.filter((t) => t.rujukanId === rujukan._id);
  const kasus = reduceCase(rujukan.kasusId, [rujukan, ...milik], SEBELUM_DIRUJUK);
  const berlaku = kasus.timeline.filter((e) => e.berlaku && e.type === 'tindaklanjut').at(-1);
  const terakhir = milik.find((t) => t._id === berlaku?.docId) ?? null;
  const status = kasus.status ?? 'dirujuk';
  return { rujukan, riwayat: kasus.timeline, status, terakhir, hari: hariTerbuka(rujukan.createdAt, now), bagian: BAGIAN_STATUS[status] ?? 'selesai' };
}

/**
 * The inbox in sections: open referrals oldest first (the longest waiting on top); the others
 * by their latest step, newest first.
 */
export function susunKotakMasuk(rujukan: readonly Rujukan[], tindaklanjut: readonly Tindaklanjut[], now: Date): KotakMasuk {
  const perRujukan = new Map<string, Tindaklanjut[]>();
  for (const t of tindaklanjut) {
    if (!t.rujukanId) continue;
    const milik = perRujukan.get(t.rujukanId);
    if (milik) milik.push(t);
    else perRujukan.set(t.rujukanId, [t]);
  }
  const terbaru = new Map<string, Rujukan>();
  for (const r of rujukan) {
    const lain = terbaru.get(r.kasusId);
    if (!lain || urutWaktu(lain, r) < 0) terbaru.set(r.kasusId, r);
  }
  const kotak: KotakMasuk = { baru: [], ditangani: [], 'menunggu-sekretariat': [], selesai: [] };
  for (const r of rujukan) {
    const masuk = rujukanMasuk(r, perRujukan.get(r._id) ?? [], now);
    // Once the secretariat has referred the case again, the newer referral is the one to answer.
    if (masuk.bagian === 'menunggu-sekretariat' && terbaru.get(r.kasusId) !== r) masuk.bagian = 'selesai';
    kotak[masuk.bagian].push(masuk);
  }
  const langkahTerakhir = (m: RujukanMasuk) => m.riwayat[m.riwayat.length - 1].tanggal;
  kotak.baru.sort((a, b) => urutWaktu(a.rujukan, b.rujukan));
  kotak.ditangani.sort((a, b) => urutWaktu(a.rujukan, b.rujukan));
  for (const bagian of ['menunggu-sekretariat', 'selesai'] as const) {
    kotak[bagian].sort((a, b) => Date.parse(langkahTerakhir(b)) - Date.parse(langkahTerakhir(a)));
  }
  return kotak;
}

type InboxPort = Pick<UserStore, 'docsOfType' | 'get'>;

/**
 * The user's inbox. It holds only the referrals of its programme and their responses, so it is
 * read whole by id prefix: no view to build, and the same reading works on any store.
 */
export async function muatKotakMasuk(store: InboxPort, now = new Date()): Promise<KotakMasuk> {
  const [rujukan, tindaklanjut] = await Promise.all([store.docsOfType('rujukan'), store.docsOfType('tindaklanjut')]);
  return susunKotakMasuk(rujukan, tindaklanjut, now);
}

/** One referral of the inbox with its history, or null when the inbox does not hold it. */
export async function bacaRujukanMasuk(store: InboxPort, rujukanId: string, now = new Date()): Promise<RujukanMasuk | null> {
  const doc = await store.get(rujukanId);
  if (!doc || doc.type !== 'rujukan') return null;
  return rujukanMasuk(doc, await store.docsOfType('tindaklanjut'), now);
}

/** The decisions open at `status`: none once the referral is closed or back with the secretariat. */
export function keputusanTersedia(status: StatusKasus): KeputusanPengelola[] {
  if (!['dirujuk', 'diterima', 'ditinjau'].includes(status)) return [];
  return KEPUTUSAN_PENGELOLA.filter((k) => k !== 'diterima' || status !== 'diterima');
}

export interface KeputusanInput {
  keputusan: KeputusanPengelola | '';
  tanggapan: string;
}
export type KeputusanField = keyof KeputusanInput;

/** Accepting needs no words; every other decision must say why or what to the one who reads it. */
const WAJIB: Record<KeputusanPengelola, string | null> = {
  diterima: null,
  ditolak: 'Alasan penolakan wajib diisi',
  'perlu-informasi': 'Tuliskan informasi apa yang dibutuhkan',
  selesai: 'Tanggapan untuk rumah tangga wajib diisi'
};
const TANGGAPAN_TERIMA = 'Rujukan diterima untuk ditindaklanjuti.';

/**
 * The response document of a decision on a referral standing at `sebelum`: in the referral's own
 * wilayah, so it finds its way back; with whether it meets the referred need (kesenjangan.ts).
 */
export function tindaklanjutDoc(
  rujukan: Rujukan,
  sebelum: StatusKasus,
  input: KeputusanInput & { keputusan: KeputusanPengelola },
  user: StoreUser,
  now: Date
) {
  return {
    ...eventHead('tindaklanjut', deepestCode(rujukan.wilayah), user, now),
    kasusId: rujukan.kasusId,
    rujukanId: rujukan._id,
    programId: rujukan.programId,
    hasil: input.keputusan,
    tanggapan: input.tanggapan.trim() || (input.keputusan === 'diterima' ? TANGGAPAN_TERIMA : ''),
    ...pemenuhanTanggapan(rujukan, input.keputusan, sebelum),
    ...hariPenyelesaian(rujukan.kasusDibuka, input.keputusan, now)
  };
}

/**
 * Saves the decision on `masuk` to the inbox on the server. A refusal by the server or a lost
 * connection is thrown (its message in Bahasa Indonesia) for the form to show beside what was typed.
 */
export async function simpanKeputusan(
  user: StoreUser,
  masuk: Pick<RujukanMasuk, 'rujukan' | 'status'>,
  input: KeputusanInput,
  now = new Date()
): Promise<SimpanHasil<KeputusanField>> {
  const problems: Problems<KeputusanField> = {};
  const { keputusan } = input;
  if (!keputusan || !keputusanTersedia(masuk.status).includes(keputusan)) {
    problems.keputusan = 'Pilih salah satu keputusan';
  } else if (WAJIB[keputusan] && !input.tanggapan.trim()) {
    problems.tanggapan = WAJIB[keputusan] as string;
  }
  if (!keputusan || Object.keys(problems).length > 0) return { ok: false, problems };
  const doc = tindaklanjutDoc(masuk.rujukan, masuk.status, { ...input, keputusan }, user, now);
  return simpanEvent(user, doc, (path) => (path === 'hasil' ? 'keputusan' : path === 'tanggapan' ? 'tanggapan' : undefined));
}
