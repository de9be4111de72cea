import { profilOrang, type Anggota, type Rumahtangga } from '../../app/lib/domain/household';
import type { Keluhan } from '../../app/lib/domain/keluhan';
import { memenuhiKriteria } from '../../app/lib/domain/kriteria';
import { routeKeluhan } from '../../app/lib/domain/routing';
import { isiRujukan } from '../../app/lib/domain/rujukan';
import { wilayahOf, type Wilayah } from '../../app/lib/domain/wilayah';
import { docHead, kodeLacakOf, programOf, type GenContext } from './context';
import { caseEvents, planKasus, type KasusEvent, type KasusPlan, type TahapPicker } from './kasus';
import type { Penerimaan } from './kepesertaan';
import type { DemoProgramId } from './program-katalog';
import { ALASAN_KEPESERTAAN, KELUHAN_NON_KEPESERTAAN, uraianKepesertaan } from './teks';
import { isoDate, isoTime } from './waktu';
import type { Desa } from './wilayah-data';

/** Complaints (guideline IV.B.2) and the events of their cases. */

type Kanal = Keluhan['kanal'];
const KANAL: readonly (readonly [Kanal, number])[] = [
  ['kunjungan', 45], ['puskesos', 20], ['sekretariat', 12], ['telepon', 10], ['surat', 5], ['media-sosial', 8]
];
const SETUJU_BERBAGI_DATA = 0.88;
const NON_KEPESERTAAN_SHARE = 0.6;
const TELEPON_SHARE = 0.7;

interface IsiKeluhan {
  wilayah: Wilayah;
  rumahtanggaId?: string;
  kategori: Keluhan['kategori'];
  programId: DemoProgramId;
  lembaga?: string;
  uraian: string;
  pelapor: Keluhan['pelapor'];
  profil?: Keluhan['profil'];
  kanal: Kanal;
}

export interface KasusKeluhan {
  keluhan: Keluhan;
  docs: (Keluhan | KasusEvent)[];
}

function penulis(ctx: GenContext, kanal: Kanal): string {
  if (kanal === 'kunjungan') return ctx.staff.fasilitator;
  if (kanal === 'puskesos') return ctx.staff.frontOffice;
  return ctx.kab.frontOffice;
}

function buatKeluhan(ctx: GenContext, isi: IsiKeluhan, plan: KasusPlan): KasusKeluhan {
  const { lembaga, ...fields } = isi;
  const keluhan: Keluhan = {
    ...docHead(ctx, 'keluhan', isi.wilayah, penulis(ctx, isi.kanal), plan.openedAt),
    kodeLacak: kodeLacakOf(ctx, isi.wilayah),
    ...fields,
    persetujuanBerbagiData: ctx.rng.chance(SETUJU_BERBAGI_DATA)
  };
  const rute = routeKeluhan({ kategori: isi.kategori, programId: isi.programId, lembaga }, programOf(ctx, isi.programId));
  return { keluhan, docs: [keluhan, ...caseEvents(ctx, keluhan, plan, { ...rute, programId: isi.programId, ...isiRujukan(keluhan) })] };
}

function pelaporDari(ctx: GenContext, a: Anggota): Keluhan['pelapor'] {
  return { nama: a.nama, nik: a.nik, ...(ctx.rng.chance(TELEPON_SHARE) ? { telepon: ctx.names.telepon() } : {}) };
}

/** The head or the spouse speaks for the household. */
function pelaporRumahtangga(ctx: GenContext, rt: Pick<Rumahtangga, 'anggota'>): Keluhan['pelapor'] {
  const dewasa = rt.anggota.filter((a) => a.hubungan === 'kepala' || a.hubungan === 'pasangan');
  return pelaporDari(ctx, ctx.rng.pick(dewasa));
}

function nonKepesertaan(ctx: GenContext, programId: DemoProgramId): Pick<IsiKeluhan, 'kategori' | 'programId' | 'lembaga' | 'uraian'> {
  const t = ctx.rng.pick(KELUHAN_NON_KEPESERTAAN[programId]);
  return { kategori: 'non-kepesertaan', programId, uraian: t.uraian, ...(t.lembaga ? { lembaga: t.lembaga } : {}) };
}

function kepesertaan(ctx: GenContext, programId: DemoProgramId): Pick<IsiKeluhan, 'kategori' | 'programId' | 'uraian'> {
  return { kategori: 'kepesertaan', programId, uraian: uraianKepesertaan(programOf(ctx, programId).nama, ALASAN_KEPESERTAAN[programId]) };
}

/**
 * A registry household complains about a programme it receives (non-kepesertaan) or one it
 * is eligible for and does not receive (kepesertaan); null when neither applies.
 */
export function keluhanRumahtangga(ctx: GenContext, rt: Rumahtangga, terima: Penerimaan, picker: TahapPicker): KasusKeluhan | null {
  const { rng } = ctx;
  const diterima = new Set<DemoProgramId>(terima.rumahtangga);
  for (const ids of terima.anggota.values()) for (const id of ids) diterima.add(id);
  const pada = isoDate(ctx.now);
  const terlewat = [...ctx.katalog.keys()].filter(
    (id) => !diterima.has(id) && memenuhiKriteria(programOf(ctx, id).kriteria, rt, pada)
  );
  let isi;
  if (diterima.size > 0 && (terlewat.length === 0 || rng.chance(NON_KEPESERTAAN_SHARE))) {
    isi = nonKepesertaan(ctx, rng.pick([...diterima]));
  } else if (terlewat.length > 0) {
    isi = kepesertaan(ctx, rng.pick(terlewat));
  } else {
    return null;
  }
  const plan = planKasus(rng, picker.next(rng), ctx.now);
  const pelapor = pelaporRumahtangga(ctx, rt);
  const profil = profilOrang(rt, pelapor.nik, isoTime(plan.openedAt));
  return buatKeluhan(ctx, { ...isi, wilayah: rt.wilayah, rumahtanggaId: rt._id, pelapor, profil, kanal: rng.weighted(KANAL) }, plan);
}

/** Someone not (yet) in the registry says the family is left out: what leads to a pre-list. */
export function keluhanPrelist(ctx: GenContext, desa: Desa, anggota: readonly Anggota[], picker: TahapPicker): KasusKeluhan {
  const { rng } = ctx;
  const plan = planKasus(rng, picker.next(rng), ctx.now);
  const isi = kepesertaan(ctx, rng.pick<DemoProgramId>(['pkh', 'bpnt', 'pis-kis']));
  const kanal = rng.weighted<Kanal>([['kunjungan', 60], ['puskesos', 30], ['sekretariat', 10]]);
  return buatKeluhan(ctx, { ...isi, wilayah: wilayahOf(desa.kode), pelapor: pelaporRumahtangga(ctx, { anggota: [...anggota] }), kanal }, plan);
}

/** A call or a social-media message that names no household: name and phone only. */
export function keluhanTanpaRumahtangga(ctx: GenContext, desa: Desa, picker: TahapPicker): KasusKeluhan {
  const { rng } = ctx;
  const plan = planKasus(rng, picker.next(rng), ctx.now);
  const isi = nonKepesertaan(ctx, rng.pick([...ctx.katalog.keys()]));
  const pelapor = { nama: ctx.names.nama(rng.chance(0.5) ? 'L' : 'P'), telepon: ctx.names.telepon() };
  const kanal = rng.weighted<Kanal>([['telepon', 60], ['media-sosial', 40]]);
  return buatKeluhan(ctx, { ...isi, wilayah: wilayahOf(desa.kode), pelapor, kanal }, plan);
}
