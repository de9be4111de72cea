/**
 * Service gaps (kesenjangan, SLRT.md "Dashboards" item 6): needs recorded and not met.
 *
 * A need is **met** when
 * - the programme it was referred to accepts it (`diterima`) or closes it (`selesai`): the
 *   response carries `pemenuhan` `terpenuhi`; if the programme later takes an acceptance back
 *   (`ditolak` or `perlu-informasi` after `diterima`), that response carries `batal` and the
 *   need counts as unmet again;
 * - the secretariat handles its case itself (`ditangani-langsung`): that response carries
 *   `terpenuhi` too; or
 * - a participation in the same programme is recorded for the same household (and the same
 *   member, for a member's need) after the need, while the need is still open: the
 *   participation lists it in `memenuhi`.
 * Each of these events copies the need's programme and profile, so the dashboard view counts
 * the gap with a sum (+1 per need, −1 per `terpenuhi`, +1 per `batal`) under the need's own
 * keys, without reading two documents together.
 * A need is met **once**: a case reopened on appeal after its need was met (accepted, or handled
 * directly) is referred again without the need (`rujukan.kebutuhan` absent), so accepting it
 * again changes nothing, and handling it directly again carries no `pemenuhan` — the
 * secretariat's device decides from the case's own events, which it holds (terpenuhiDalamKasus).
 * A need can still be met by **both paths**: a participation and a programme's acceptance, each
 * written by a device that does not hold the other (an agency never sees participations; a
 * facilitator offline has not received the acceptance). The one rule (`terbuka`): a need is open
 * while the sum of its events (+1 the need, −1 each meeting, +1 each take-back) is above 0, so a
 * need met twice is met once, and a take-back reopens it only if nothing else meets it. The device
 * applies it to the events it holds (kebutuhanTerbuka); the rollup applies it to every event of a
 * need (kesenjangan-koreksi.ts) and writes what the view's plain sum must add for the two to agree.
 * Known limit: if the first acceptance is taken back after the need was referred again, the need
 * counts as open though the later one stands.
 */
import type { StatusKasus } from './case-state';
import { ringkasanKebutuhan, type Kebutuhan, type RingkasanKebutuhan } from './kebutuhan';
import type { Kepesertaan } from './kepesertaan';
import type { Rujukan } from './rujukan';
import type { Tindaklanjut } from './tindaklanjut';

export type ArahPemenuhan = NonNullable<Tindaklanjut['pemenuhan']>['arah'];

/** The one rule of "met": a need is open while the sum of its events is above 0. */
export function terbuka(jumlahPeristiwa: number): boolean {
  return jumlahPeristiwa > 0;
}

/**
 * What the gap must add, event by event, for a plain sum of `nilai` (the `dasbor/angka` view) to
 * count the need by `terbuka` at every point in time: for a need met twice, +1 at the second
 * meeting; for a take-back while another meeting stands, −1. `urut`: the need and its events,
 * oldest first. Only the events that need a correction are returned.
 */
export function koreksiPemenuhan<T extends { nilai: number }>(urut: readonly T[]): { peristiwa: T; koreksi: number }[] {
  const hasil: { peristiwa: T; koreksi: number }[] = [];
  let jumlah = 0;
  let dihitung = 0;
  for (const peristiwa of urut) {
    jumlah += peristiwa.nilai;
    const sesudah = terbuka(jumlah) ? 1 : 0;
    const koreksi = sesudah - dihitung - peristiwa.nilai;
    if (koreksi !== 0) hasil.push({ peristiwa, koreksi });
    dihitung = sesudah;
  }
  return hasil;
}

/** How a response to a referral changes whether its need is met, given where the referral stood before it. */
export function arahPemenuhan(hasil: Tindaklanjut['hasil'], sebelum: StatusKasus): ArahPemenuhan | null {
  const sudahDiterima = sebelum === 'diterima';
  if ((hasil === 'diterima' || hasil === 'selesai') && !sudahDiterima) return 'terpenuhi';
  if (sudahDiterima && (hasil === 'ditolak' || hasil === 'perlu-informasi')) return 'batal';
  return null;
}

/** The `pemenuhan` of a response to `rujukan` (none for a complaint's referral or a response that changes nothing). */
export function pemenuhanTanggapan(
  rujukan: Pick<Rujukan, 'kebutuhan'>,
  hasil: Tindaklanjut['hasil'],
  sebelum: StatusKasus
): Pick<Tindaklanjut, 'pemenuhan'> {
  const arah = arahPemenuhan(hasil, sebelum);
  return rujukan.kebutuhan && arah ? { pemenuhan: { ...rujukan.kebutuhan, arah } } : {};
}

/**
 * The needs still open among `kebutuhan`, after the responses and participations that met them
 * (any documents: those about other needs are ignored) — the same sum the dashboard makes.
 */
export function kebutuhanTerbuka(
  kebutuhan: readonly Kebutuhan[],
  kepesertaan: readonly Pick<Kepesertaan, 'memenuhi'>[],
  tindaklanjut: readonly Pick<Tindaklanjut, 'pemenuhan'>[]
): Kebutuhan[] {
  const sisa = new Map(kebutuhan.map((k) => [k._id, 1]));
  const ubah = (id: string, n: number) => sisa.has(id) && sisa.set(id, (sisa.get(id) as number) + n);
  for (const t of tindaklanjut) if (t.pemenuhan) ubah(t.pemenuhan.kebutuhanId, t.pemenuhan.arah === 'batal' ? 1 : -1);
  for (const p of kepesertaan) for (const m of p.memenuhi ?? []) ubah(m.kebutuhanId, -1);
  return kebutuhan.filter((k) => terbuka(sisa.get(k._id) as number));
}

/** Whether the events of a need's case (any documents: only responses about this need count) leave it met. */
export function terpenuhiDalamKasus(kebutuhan: Pick<Kebutuhan, '_id'>, peristiwa: readonly { type: string; pemenuhan?: Tindaklanjut['pemenuhan'] }[]): boolean {
  const tindaklanjut = peristiwa.filter((d) => d.type === 'tindaklanjut');
  return kebutuhanTerbuka([kebutuhan as Kebutuhan], [], tindaklanjut).length === 0;
}

/** The `pemenuhan` of the secretariat handling a need's case itself: it meets the need, unless it is met already. */
export function pemenuhanLangsung(pembuka: { type: string }, terpenuhi: boolean): Pick<Tindaklanjut, 'pemenuhan'> {
  return pembuka.type === 'kebutuhan' && !terpenuhi ? { pemenuhan: { ...ringkasanKebutuhan(pembuka as Kebutuhan), arah: 'terpenuhi' } } : {};
}

/** The open needs a new participation in `programId` (of member `nik`, or the household) meets. */
export function dipenuhiKepesertaan(terbuka: readonly Kebutuhan[], programId: string, nik: string | undefined): RingkasanKebutuhan[] {
  return terbuka.filter((k) => k.programId === programId && (!k.nik || k.nik === nik)).map(ringkasanKebutuhan);
}
