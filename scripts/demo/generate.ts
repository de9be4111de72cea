import { kabupatenDb, kecamatanDb } from '../../app/lib/domain/databases';
import type { SlrtDoc } from '../../app/lib/domain/schemas';
import { DEMO_KABUPATEN, POMALAA, WUNDULAKO } from './accounts';
import type { GenContext } from './context';
import { kotakRujukan } from './kotak';
import { TAHAP_KASUS, TAHAP_USULAN, TahapPicker } from './kasus';
import { kebutuhanRumahtangga } from './kebutuhan';
import { keluhanPrelist, keluhanRumahtangga, keluhanTanpaRumahtangga } from './keluhan';
import { kepesertaanDocs, tentukanPenerimaan } from './kepesertaan';
import { NameSource } from './names';
import { pmksTanpaRumahtangga, psksKecamatan } from './pmks';
import { NomorIndukAllocator } from './nomor-induk';
import { faqKabupaten } from './faq';
import { katalogProgram, type DemoProgramId } from './program-katalog';
import { Rng, hashString } from './rng';
import { isiRumahtangga, prelistHousehold, registryHousehold } from './rumahtangga';
import { kabupatenStaff, kecamatanStaff } from './staff';
import { jenisPmksOf, usulanPerubahan, usulanPmks, usulanPrelist } from './usulan';
import { DAY, WINDOW_DAYS, isoTime } from './waktu';
import { loadKabupaten, selectKecamatan, type Desa, type Kecamatan } from './wilayah-data';

/**
 * The demo district as a stream of `_bulk_docs` batches. Households are generated one at a
 * time and leave in batches of about `batchSize` documents, so memory stays flat for 300,000
 * households; the same options (seed, size, kecamatan, now) give the same documents.
 */
export interface DemoOptions {
  seed: number;
  /** Household documents to generate, split over the kecamatan by their number of desa. */
  households: number;
  /** Dotted kecamatan codes of Kabupaten Kolaka, or every kecamatan. Default: Wundulako and Pomalaa. */
  kecamatan?: readonly string[] | 'semua';
  /** The demo's "now" (ms): documents spread over the 180 days before it. Default: today 00:00 UTC. */
  now?: number;
  batchSize?: number;
}

export interface DemoBatch {
  db: string;
  docs: SlrtDoc[];
  /** Household documents this batch completes, for progress. */
  households: number;
}

export const DEFAULT_KECAMATAN = [WUNDULAKO, POMALAA] as const;
export const DEFAULT_BATCH_SIZE = 1000;

// Shares of households or household slots (rates per household generated).
const PRELIST = 0.05;
const PRELIST_WITH_KELUHAN = 0.4;
const PENDING_PRELIST = 0.015;
const KELUHAN = 0.04;
const KELUHAN_TANPA_RUMAHTANGGA = 0.004;
const PERUBAHAN_DATA = 0.03;
const PMKS = 0.25;

/** Largest-remainder split of `total` in proportion to `weights`. */
export function split(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  const remainder = total - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < remainder; k++) counts[order[k][1]]++;
  return counts;
}

export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

interface Unit {
  docs: SlrtDoc[];
  households: number;
}

function* desaUnits(ctx: GenContext, desa: Desa, count: number, pickers: Pickers): Generator<Unit> {
  const { rng } = ctx;
  let serial = 0;
  for (let i = 0; i < count; i++) {
    if (rng.chance(PRELIST)) {
      const isi = isiRumahtangga(ctx);
      const keluhan = rng.chance(PRELIST_WITH_KELUHAN) ? keluhanPrelist(ctx, desa, isi.anggota, pickers.keluhan) : null;
      const terkait = keluhan ? { id: keluhan.keluhan._id, openedAt: Date.parse(keluhan.keluhan.createdAt) } : undefined;
      const usulan = usulanPrelist(ctx, desa, isi, 'disetujui-manajer', terkait);
      const rt = prelistHousehold(ctx, desa, isi, usulan.approvedAt ?? usulan.openedAt);
      yield { docs: [rt, ...usulan.docs, ...(keluhan?.docs ?? [])], households: 1 };
    } else {
      const rt = registryHousehold(ctx, desa, ++serial);
      const terima = tentukanPenerimaan(ctx, rt);
      const docs: SlrtDoc[] = [rt, ...kepesertaanDocs(ctx, rt, terima)];
      if (rng.chance(KELUHAN)) docs.push(...(keluhanRumahtangga(ctx, rt, terima, pickers.keluhan)?.docs ?? []));
      docs.push(...kebutuhanRumahtangga(ctx, rt, terima, pickers.kebutuhan));
      if (rng.chance(PERUBAHAN_DATA)) docs.push(...usulanPerubahan(ctx, rt, pickers.usulan.next(rng)));
      for (const a of rt.anggota) {
        const jenis = jenisPmksOf(ctx, rt, a);
        if (jenis && rng.chance(PMKS)) docs.push(...usulanPmks(ctx, rt, a, jenis, pickers.usulan.next(rng)));
      }
      yield { docs, households: 1 };
    }
    if (rng.chance(PENDING_PRELIST)) {
      yield { docs: usulanPrelist(ctx, desa, isiRumahtangga(ctx), pickers.prelist.next(rng)).docs, households: 0 };
    }
    if (rng.chance(KELUHAN_TANPA_RUMAHTANGGA)) {
      yield { docs: keluhanTanpaRumahtangga(ctx, desa, pickers.keluhan).docs, households: 0 };
    }
  }
}

interface Pickers {
  keluhan: TahapPicker;
  kebutuhan: TahapPicker;
  usulan: TahapPicker;
  /** Pre-list proposals the manager has not approved (yet): no household document. */
  prelist: TahapPicker;
}

/** `dataCenter`: the context the Data Center's own records draw from (pmks.ts). */
function* kecamatanUnits(ctx: GenContext, count: number, dataCenter: GenContext): Generator<Unit> {
  const { rng } = ctx;
  const pickers: Pickers = {
    keluhan: new TahapPicker(TAHAP_KASUS),
    kebutuhan: new TahapPicker(TAHAP_KASUS),
    usulan: new TahapPicker(TAHAP_USULAN),
    prelist: new TahapPicker(TAHAP_USULAN.filter((t) => t !== 'disetujui-manajer'))
  };
  const perDesa = split(count, ctx.kecamatan.desa.map(() => 0.5 + rng.next()));
  yield { docs: psksKecamatan(dataCenter), households: 0 };
  for (const [i, desa] of ctx.kecamatan.desa.entries()) {
    yield* desaUnits(ctx, desa, perDesa[i], pickers);
    yield { docs: pmksTanpaRumahtangga(dataCenter, desa), households: 0 };
  }
}

export async function* generateDemo(options: DemoOptions): AsyncGenerator<DemoBatch> {
  const now = options.now ?? startOfDay(Date.now());
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const kabupaten = await loadKabupaten(DEMO_KABUPATEN);
  const kecamatan: Kecamatan[] = selectKecamatan(kabupaten, options.kecamatan ?? DEFAULT_KECAMATAN);
  const kab = kabupatenStaff();
  const katalogDocs = katalogProgram(kabupaten.kode, isoTime(now - (WINDOW_DAYS + 60) * DAY), kab.manajer, kab.admin);
  const faqDocs = faqKabupaten(kabupaten.kode, isoTime(now - (WINDOW_DAYS + 60) * DAY), kab.admin);
  yield { db: kabupatenDb(kabupaten.kode), docs: [...katalogDocs, ...faqDocs], households: 0 };

  const katalog = new Map(katalogDocs.map((p) => [p.programId as DemoProgramId, p]));
  const nomor = new NomorIndukAllocator();
  const splitRng = new Rng([options.seed, 0]);
  const perKecamatan = split(options.households, kecamatan.map((k) => k.desa.length * (0.7 + 0.6 * splitRng.next())));
  for (const [i, kec] of kecamatan.entries()) {
    const rng = new Rng([options.seed, hashString(kec.kode)]);
    const ctx: GenContext = {
      rng, names: new NameSource(rng), nomor, now, kecamatan: kec, staff: kecamatanStaff(kec.kode), kab, katalog
    };
    // A stream of its own, so the Data Center's records leave every other document as it was.
    const rngDc = new Rng([options.seed, hashString(kec.kode), 4]);
    const dataCenter: GenContext = { ...ctx, rng: rngDc, names: new NameSource(rngDc) };
    const db = kecamatanDb(kec.kode);
    let docs: SlrtDoc[] = [];
    let households = 0;
    for (const unit of kecamatanUnits(ctx, perKecamatan[i], dataCenter)) {
      docs.push(...unit.docs);
      households += unit.households;
      if (docs.length >= batchSize) {
        yield* withInboxes({ db, docs, households }, kabupaten.kode);
        docs = [];
        households = 0;
      }
    }
    if (docs.length > 0) yield* withInboxes({ db, docs, households }, kabupaten.kode);
  }
}

/** A kecamatan batch, then the copies its programme managers' answers have in their inboxes. */
function* withInboxes(batch: DemoBatch, kabupaten: string): Generator<DemoBatch> {
  yield batch;
  yield* kotakRujukan(batch, kabupaten);
}
