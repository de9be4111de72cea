/**
 * The facilitator's side of a return (issue 5): the cases a supervisor sent back to the person
 * who submitted them, with the supervisor's note, and the corrected resubmission as a
 * `perbaikan` event that puts the case back in the supervisor's queue. A tablet builds no views
 * (their first build takes as long as the registry's, docs/operations.md), so the cases are read
 * by id prefix: the kecamatan's case events, then the openers they name.
 */
import type { StoreUser, UserStore } from '$lib/db/user-store';
import { reduceCase, type CaseState, type PembukaKasus, type PeristiwaKasus } from '$lib/domain/case-state';
import { karyaSendiri } from '$lib/domain/pengguna';
import { areaOfRoles } from '$lib/domain/roles';
import { parseDocOf } from '$lib/domain/schemas';
import { compactCode } from '$lib/domain/wilayah';
import { eventHead, simpanEvent, type Problems, type SimpanHasil } from './event-doc';

const PERISTIWA = ['review', 'rujukan', 'tindaklanjut', 'perbaikan', 'banding'] as const;

export interface KasusDikembalikan {
  kasus: CaseState;
  pembuka: PembukaKasus;
  /** The note of the review that returned it. */
  catatan: string;
  /** Who returned it, and when. */
  oleh: string;
  tanggal: string;
}

/**
 * The cases submitted by `user`, or by whom it replaced (a transfer hands the open cases on,
 * domain/pengguna.ts), that now stand `dikembalikan`, most recently returned first.
 */
export async function kasusDikembalikan(store: UserStore, user: StoreUser): Promise<KasusDikembalikan[]> {
  const prefixes = areaOfRoles(user.roles).kecamatan.map(compactCode);
  const perJenis = await Promise.all(
    prefixes.flatMap((idPrefix) => PERISTIWA.map((type): Promise<PeristiwaKasus[]> => store.docsOfType(type, { idPrefix })))
  );
  const peristiwa = perJenis.flat();
  const dikembalikan = new Set(peristiwa.flatMap((d) => (d.type === 'review' && d.keputusan === 'kembalikan' ? [d.kasusId] : [])));
  const hasil: KasusDikembalikan[] = [];
  for (const kasusId of dikembalikan) {
    const pembuka = await store.get(kasusId);
    if (!pembuka || !karyaSendiri(user, pembuka.createdBy)) continue;
    const kasus = reduceCase(kasusId, [pembuka, ...peristiwa.filter((d) => d.kasusId === kasusId)]);
    const terakhir = kasus.timeline.at(-1);
    if (kasus.status !== 'dikembalikan' || !kasus.pembukaTerkini || !terakhir) continue;
    hasil.push({ kasus, pembuka: kasus.pembukaTerkini, catatan: terakhir.catatan ?? '', oleh: terakhir.aktor, tanggal: terakhir.tanggal });
  }
  return hasil.sort((a, b) => b.tanggal.localeCompare(a.tanggal));
}

/** The field of an opener a facilitator corrects: a complaint's description, a need's reason. */
export function isianDiperbaiki(pembuka: PembukaKasus): 'uraian' | 'alasan' | null {
  if (pembuka.type === 'keluhan') return 'uraian';
  if (pembuka.type === 'kebutuhan') return 'alasan';
  return null;
}

export interface PerbaikanInput {
  catatan: string;
  /** The corrected text of `isianDiperbaiki`; ignored for other kinds. */
  isi: string;
}

export type PerbaikanField = keyof PerbaikanInput;

/** The resubmission as saved: its wilayah is the case opener's desa. */
export function perbaikanDoc(pembuka: PembukaKasus, input: PerbaikanInput, user: StoreUser, now: Date) {
  const field = isianDiperbaiki(pembuka);
  const isi = input.isi.trim();
  return {
    ...eventHead('perbaikan', pembuka.wilayah.desa as string, user, now),
    kasusId: pembuka._id,
    catatan: input.catatan.trim(),
    ...(field && isi && isi !== (pembuka as Record<string, unknown>)[field] ? { isi: { [field]: isi } } : {})
  };
}

const ISIAN_KOSONG = { uraian: 'Uraian keluhan tidak boleh kosong', alasan: 'Alasan kebutuhan tidak boleh kosong' } as const;

function fieldOf(path: string): PerbaikanField | undefined {
  return path === 'catatan' ? 'catatan' : path.startsWith('isi') ? 'isi' : undefined;
}

/** Saves the resubmission; an empty note, or an emptied description, comes back next to its field. */
export async function ajukanKembali(
  user: StoreUser,
  pembuka: PembukaKasus,
  input: PerbaikanInput,
  now = new Date()
): Promise<SimpanHasil<PerbaikanField>> {
  const doc = perbaikanDoc(pembuka, input, user, now);
  const field = isianDiperbaiki(pembuka);
  if (field && !input.isi.trim()) {
    // The emptied field is left out of the document, so the schema alone would not notice it.
    const problems: Problems<PerbaikanField> = { isi: ISIAN_KOSONG[field] };
    const parsed = parseDocOf('perbaikan', doc);
    if (!parsed.ok) for (const issue of parsed.issues) if (fieldOf(issue.path) === 'catatan') problems.catatan = issue.message;
    return { ok: false, problems };
  }
  return simpanEvent(user, doc, fieldOf);
}
