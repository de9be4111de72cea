import type { StatusKasus } from '../../app/lib/domain/case-state';
import { pemenuhanTanggapan } from '../../app/lib/domain/kesenjangan';
import type { Review } from '../../app/lib/domain/review';
import type { Rujukan } from '../../app/lib/domain/rujukan';
import type { RuteRujukan } from '../../app/lib/domain/routing';
import { hariPenyelesaian, type Tindaklanjut } from '../../app/lib/domain/tindaklanjut';
import { docHead, type DocHead, type GenContext } from './context';
import type { Rng } from './rng';
import { CATATAN_KEMBALIKAN, CATATAN_SETUJU, CATATAN_TOLAK, TANGGAPAN } from './teks';
import { DAY, WINDOW_DAYS, officeTime } from './waktu';

/**
 * Where a generated case stands, and the events that put it there: the supervisor reviews,
 * then the manager; the manager refers it; the programme manager accepts, rejects or reviews
 * further and closes it; or back office handles it itself after the supervisor's approval.
 */
export const TAHAP_KASUS = [
  'diajukan',
  'dikembalikan',
  'ditolak-supervisor',
  'disetujui-supervisor',
  'ditolak-manajer',
  'disetujui-manajer',
  'dirujuk',
  'diterima',
  'ditinjau',
  'perlu-informasi',
  'ditolak-program',
  'ditangani-langsung',
  'selesai'
] as const;
export type TahapKasus = (typeof TAHAP_KASUS)[number];

/** Proposals to SIKS-NG end with the manager's decision; they are not referred. */
export const TAHAP_USULAN = TAHAP_KASUS.slice(0, 6) as readonly TahapKasus[];

type Langkah =
  | { kind: 'review'; tahap: Review['tahap']; keputusan: Review['keputusan'] }
  | { kind: 'rujukan' }
  | { kind: 'tindaklanjut'; hasil: Tindaklanjut['hasil'] };

const review = (tahap: Review['tahap'], keputusan: Review['keputusan']): Langkah => ({ kind: 'review', tahap, keputusan });
const tindaklanjut = (hasil: Tindaklanjut['hasil']): Langkah => ({ kind: 'tindaklanjut', hasil });
const DISETUJUI = [review('supervisor', 'setuju'), review('manajer', 'setuju')];
const DIRUJUK = [...DISETUJUI, { kind: 'rujukan' } as const];

const LANGKAH: Record<TahapKasus, readonly Langkah[]> = {
  diajukan: [],
  dikembalikan: [review('supervisor', 'kembalikan')],
  'ditolak-supervisor': [review('supervisor', 'tolak')],
  'disetujui-supervisor': [review('supervisor', 'setuju')],
  'ditolak-manajer': [review('supervisor', 'setuju'), review('manajer', 'tolak')],
  'disetujui-manajer': DISETUJUI,
  dirujuk: DIRUJUK,
  diterima: [...DIRUJUK, tindaklanjut('diterima')],
  ditinjau: [...DIRUJUK, tindaklanjut('ditinjau')],
  'perlu-informasi': [...DIRUJUK, tindaklanjut('perlu-informasi')],
  'ditolak-program': [...DIRUJUK, tindaklanjut('ditolak')],
  'ditangani-langsung': [review('supervisor', 'setuju'), tindaklanjut('ditangani-langsung')],
  selesai: [...DIRUJUK, tindaklanjut('diterima'), tindaklanjut('selesai')]
};

/** Cases still waiting on someone were opened recently; closed ones anywhere in the window. */
const MENUNGGU: ReadonlySet<TahapKasus> = new Set([
  'diajukan', 'dikembalikan', 'disetujui-supervisor', 'disetujui-manajer', 'dirujuk', 'diterima', 'ditinjau',
  'perlu-informasi'
]);
const MENUNGGU_DAYS = 30;

function gapDays(rng: Rng, l: Langkah): number {
  if (l.kind === 'rujukan') return rng.int(0, 3);
  if (l.kind === 'review') return l.tahap === 'supervisor' ? rng.int(1, 7) : rng.int(1, 6);
  if (l.hasil === 'selesai') return rng.int(5, 30);
  if (l.hasil === 'ditangani-langsung') return rng.int(1, 5);
  return rng.int(2, 20);
}

export function reachesManagerApproval(tahap: TahapKasus): boolean {
  return LANGKAH[tahap].some((l) => l.kind === 'review' && l.tahap === 'manajer' && l.keputusan === 'setuju');
}

export interface KasusPlan {
  tahap: TahapKasus;
  openedAt: number;
  /** One time per step of `LANGKAH[tahap]`, strictly after the opener and each other, before now. */
  times: number[];
}

export function planKasus(rng: Rng, tahap: TahapKasus, now: number): KasusPlan {
  const steps = LANGKAH[tahap];
  const gaps = steps.map((l) => gapDays(rng, l));
  const total = gaps.reduce((a, b) => a + b, 0);
  const slack = MENUNGGU.has(tahap) ? MENUNGGU_DAYS : WINDOW_DAYS - total - 1;
  let day = Math.floor(now / DAY) - total - 1 - rng.int(0, Math.max(0, slack));
  const openedAt = officeTime(rng, day * DAY);
  let prev = openedAt;
  const times = gaps.map((g) => {
    day += g;
    prev = Math.max(officeTime(rng, day * DAY), prev + 60_000);
    return prev;
  });
  return { tahap, openedAt, times };
}

export type KasusEvent = Review | Rujukan | Tindaklanjut;

/** Where a complaint or need is referred, and what its referral carries. */
export type RuteKasus = RuteRujukan & { programId: string } & Pick<Rujukan, 'perihal' | 'persetujuanBerbagiData' | 'pemohon' | 'kebutuhan' | 'kasusDibuka'>;

/** The review, referral and response documents of a case opened by `opener`. */
export function caseEvents(
  ctx: GenContext,
  opener: DocHead,
  plan: KasusPlan,
  rute?: RuteKasus
): KasusEvent[] {
  const { rng, staff, kab } = ctx;
  const events: KasusEvent[] = [];
  let rujukanId: string | undefined;
  // Where the referral stands before each response: whether it meets the referred need (kesenjangan.ts).
  let sebelum: StatusKasus = 'dirujuk';
  LANGKAH[plan.tahap].forEach((l, i) => {
    const t = plan.times[i];
    if (l.kind === 'review') {
      const oleh = l.tahap === 'supervisor' ? staff.supervisor : kab.manajer;
      const catatan =
        l.keputusan === 'kembalikan' ? rng.pick(CATATAN_KEMBALIKAN)
        : l.keputusan === 'tolak' ? rng.pick(CATATAN_TOLAK)
        : rng.chance(0.3) ? rng.pick(CATATAN_SETUJU) : undefined;
      events.push({
        ...docHead(ctx, 'review', opener.wilayah, oleh, t),
        kasusId: opener._id,
        tahap: l.tahap,
        keputusan: l.keputusan,
        ...(catatan ? { catatan } : {})
      });
    } else if (l.kind === 'rujukan') {
      if (!rute) throw new Error(`Kasus ${opener._id} tahap ${plan.tahap} perlu tujuan rujukan`);
      const doc: Rujukan = {
        ...docHead(ctx, 'rujukan', opener.wilayah, kab.manajer, t),
        kasusId: opener._id,
        ...rute
      };
      rujukanId = doc._id;
      events.push(doc);
    } else {
      const oleh =
        l.hasil === 'ditangani-langsung' ? kab.backOffice
        : rute?.kanal === 'langsung' ? kab.pengelola(rute.programId)
        : kab.manajer;
      events.push({
        ...docHead(ctx, 'tindaklanjut', opener.wilayah, oleh, t),
        kasusId: opener._id,
        ...(rujukanId ? { rujukanId } : {}),
        ...(rute ? { programId: rute.programId } : {}),
        hasil: l.hasil,
        tanggapan: rng.pick(TANGGAPAN[l.hasil]),
        ...(rute && rujukanId ? pemenuhanTanggapan(rute, l.hasil, sebelum) : {}),
        ...hariPenyelesaian(opener.createdAt, l.hasil, new Date(t))
      });
      if (l.hasil === 'diterima') sebelum = 'diterima';
    }
  });
  return events;
}

/**
 * The state of each new case: the first ones of a kecamatan walk through every state in turn,
 * so even a small demo shows each state; the rest follow a plausible mix.
 */
export class TahapPicker {
  #count = 0;
  readonly #states: readonly TahapKasus[];
  readonly #weighted: readonly (readonly [TahapKasus, number])[];

  constructor(states: readonly TahapKasus[]) {
    this.#states = states;
    this.#weighted = states.map((s) => [s, BOBOT_TAHAP[s]] as const);
  }

  next(rng: Rng): TahapKasus {
    const i = this.#count++;
    return i < this.#states.length ? this.#states[i] : rng.weighted(this.#weighted);
  }
}

const BOBOT_TAHAP: Record<TahapKasus, number> = {
  diajukan: 8, dikembalikan: 5, 'ditolak-supervisor': 4, 'disetujui-supervisor': 8, 'ditolak-manajer': 3,
  'disetujui-manajer': 6, dirujuk: 12, diterima: 10, ditinjau: 8, 'perlu-informasi': 4, 'ditolak-program': 6,
  'ditangani-langsung': 10, selesai: 20
};
