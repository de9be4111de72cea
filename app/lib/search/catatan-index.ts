import type { DokTerima } from './entri';

/**
 * Which documents belong to a household and to a case, by id: what the household page reads
 * instead of every record of the household's desa (and every review of its kecamatan) at each
 * opening. A view keyed by household would take as long to build on a tablet as the registry
 * views (docs/operations.md "Registry search"); this is filled from the same one-pass read as
 * the registry search and kept current by the same change feed. Ids only: the page fetches the
 * few documents it shows.
 */

/** Records that name a household in `rumahtanggaId`. */
export const JENIS_CATATAN = ['kepesertaan', 'kebutuhan', 'keluhan', 'usulan', 'pembaruan'] as const;
/** Steps of a case, naming its opener in `kasusId`. */
export const JENIS_PERISTIWA = ['review', 'rujukan', 'tindaklanjut', 'perbaikan', 'banding'] as const;

const CATATAN: ReadonlySet<string> = new Set(JENIS_CATATAN);
const PERISTIWA: ReadonlySet<string> = new Set(JENIS_PERISTIWA);

type Dok = DokTerima & { rumahtanggaId?: unknown; kasusId?: unknown; pemenuhan?: { kebutuhanId?: unknown } };

/**
 * `rt:<id>` for a household's record, `kasus:<id>` for a step of a case — and of the need a
 * programme's response meets (`pemenuhan`), which may belong to another case of the household.
 */
function kunciDari(doc: Dok): string[] {
  if (doc.type && CATATAN.has(doc.type) && typeof doc.rumahtanggaId === 'string') return [`rt:${doc.rumahtanggaId}`];
  if (!doc.type || !PERISTIWA.has(doc.type) || typeof doc.kasusId !== 'string') return [];
  const dipenuhi = doc.pemenuhan?.kebutuhanId;
  return typeof dipenuhi === 'string' && dipenuhi !== doc.kasusId ? [`kasus:${doc.kasusId}`, `kasus:${dipenuhi}`] : [`kasus:${doc.kasusId}`];
}

export class CatatanIndex {
  readonly #ids = new Map<string, Set<string>>();
  /** Each indexed document's keys, so a deletion (which carries only the id) finds them. */
  readonly #kunci = new Map<string, string[]>();

  get size(): number {
    return this.#kunci.size;
  }

  /** A document as it is now, or its deletion. Events are immutable: no revision to compare. */
  terapkan(doc: Dok): void {
    for (const lama of this.#kunci.get(doc._id) ?? []) this.#ids.get(lama)?.delete(doc._id);
    this.#kunci.delete(doc._id);
    const kunci = doc._deleted ? [] : kunciDari(doc);
    if (kunci.length === 0) return;
    for (const k of kunci) {
      let set = this.#ids.get(k);
      if (!set) this.#ids.set(k, (set = new Set()));
      set.add(doc._id);
    }
    this.#kunci.set(doc._id, kunci);
  }

  /** Ids of the participation, needs, complaints, proposals and registry updates of a household. */
  milikRumahtangga(rumahtanggaId: string): string[] {
    return [...(this.#ids.get(`rt:${rumahtanggaId}`) ?? [])];
  }

  /** Ids of the reviews, referrals, responses, corrections and appeals of the cases (and of responses meeting them), each once. */
  peristiwaKasus(kasusIds: Iterable<string>): string[] {
    return [...new Set([...kasusIds].flatMap((id) => [...(this.#ids.get(`kasus:${id}`) ?? [])]))];
  }
}
