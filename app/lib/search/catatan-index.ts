import { parseDocId } from '../domain/ids';
import { compactCode } from '../domain/wilayah';
import type { DokTerima } from './entri';

/**
 * Which documents belong to a household and to a case, by id: what the household page reads
 * instead of every record of the household's desa (and every review of its kecamatan) at each
 * opening. A view keyed by household would take as long to build on a tablet as the registry
 * views (docs/operations.md "Registry search"). Ids only: the page fetches the few documents it
 * shows.
 *
 * Read one desa at a time, when a household (or case) of it is first asked about: reading
 * every record of the kecamatan at each login cost the main thread ≈0.9 s at 5,000 households
 * with 2,500 records, 3.1 s at 4× CPU throttle, and grows with the records (a whole demo
 * kecamatan of 20,000 households holds ≈106,000); one desa is a share of that
 * (docs/benchmarks.md, item 2). A household's records and its cases' steps carry the desa in
 * their ids (`keluhan:7401012006:…`, event-doc.ts: a step takes its opener's desa), so a desa's
 * are read by id prefix. Changes (sync, this device's writes, deletions) are applied as they
 * come, whichever desa, so a desa once read stays current.
 */

/** Records that name a household in `rumahtanggaId`. */
export const JENIS_CATATAN = ['kepesertaan', 'kebutuhan', 'keluhan', 'usulan', 'pembaruan'] as const;
/** Steps of a case, naming its opener in `kasusId`. */
export const JENIS_PERISTIWA = ['review', 'rujukan', 'tindaklanjut', 'perbaikan', 'banding'] as const;

const CATATAN: ReadonlySet<string> = new Set(JENIS_CATATAN);
const PERISTIWA: ReadonlySet<string> = new Set(JENIS_PERISTIWA);

/** Digits of a compact kecamatan code (`740101`); a desa's has 10. */
const KECAMATAN = 6;

type Dok = DokTerima & { rumahtanggaId?: unknown; kasusId?: unknown; pemenuhan?: { kebutuhanId?: unknown } };

/** Every record and step whose id carries the compact wilayah code `wilayah` (`7401012006`). */
export type BacaWilayah = (wilayah: string) => Promise<readonly Dok[]>;

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
  readonly #baca: BacaWilayah | null;
  /** Desa read or being read (a failed read is forgotten, to be tried again). */
  readonly #wilayah = new Map<string, Promise<void>>();
  /** One read at a time; changes that arrive meanwhile wait for its end (they are newer than it). */
  #antre: Promise<unknown> = Promise.resolve();
  #tertunda: Dok[] | null = null;

  /** `baca`: reads a desa's documents when first asked; without it, the index holds what is applied. */
  constructor(baca: BacaWilayah | null = null) {
    this.#baca = baca;
  }

  get size(): number {
    return this.#kunci.size;
  }

  /** A document as it is now, or its deletion. Events are immutable: no revision to compare. */
  terapkan(doc: Dok): void {
    if (this.#tertunda) this.#tertunda.push(doc);
    else this.#pasang(doc);
  }

  /**
   * Ids of the participation, needs, complaints, proposals and registry updates of a household.
   * `desa`: where it lives now (dotted), when its id names another desa (it moved): records
   * written since carry the new one.
   */
  async milikRumahtangga(rumahtanggaId: string, desa?: string): Promise<string[]> {
    await this.#siapkan([rumahtanggaId], desa ? [compactCode(desa)] : []);
    return [...(this.#ids.get(`rt:${rumahtanggaId}`) ?? [])];
  }

  /** Ids of the reviews, referrals, responses, corrections and appeals of the cases (and of responses meeting them), each once. */
  async peristiwaKasus(kasusIds: Iterable<string>): Promise<string[]> {
    const ids = [...kasusIds];
    await this.#siapkan(ids);
    return [...new Set(ids.flatMap((id) => [...(this.#ids.get(`kasus:${id}`) ?? [])]))];
  }

  #pasang(doc: Dok): void {
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

  /**
   * Reads the desa of each id (households and case openers), and `lain`, not read yet — and
   * their kecamatan's own range (`review:740101:…`), which holds the steps written at the
   * kecamatan before steps took their opener's desa (and the test factories' ones): few, so
   * a case of the desa misses none.
   */
  async #siapkan(ids: readonly string[], lain: readonly string[] = []): Promise<void> {
    const baca = this.#baca;
    if (!baca) return;
    const desa = [...ids.flatMap((id) => parseDocId(id)?.wilayah ?? []), ...lain];
    const wilayah = new Set(desa.flatMap((w) => (w.length > KECAMATAN ? [w, w.slice(0, KECAMATAN)] : [w])));
    await Promise.all([...wilayah].map((w) => this.#wilayah.get(w) ?? this.#bacaWilayah(w, baca)));
  }

  #bacaWilayah(wilayah: string, baca: BacaWilayah): Promise<void> {
    const dibaca = this.#antre.then(async () => {
      this.#tertunda = [];
      try {
        for (const doc of await baca(wilayah)) this.#pasang(doc);
      } catch (error) {
        this.#wilayah.delete(wilayah);
        throw error;
      } finally {
        const tertunda = this.#tertunda ?? [];
        this.#tertunda = null;
        for (const doc of tertunda) this.#pasang(doc);
      }
    });
    this.#antre = dibaca.catch(() => undefined);
    this.#wilayah.set(wilayah, dibaca);
    return dibaca;
  }
}
