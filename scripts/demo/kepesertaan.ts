import { profilOrang, type Anggota, type Rumahtangga } from '../../app/lib/domain/household';
import type { Kepesertaan } from '../../app/lib/domain/kepesertaan';
import { memenuhiKriteria } from '../../app/lib/domain/kriteria';
import { docHead, programOf, type GenContext } from './context';
import { BEDAH_RUMAH, type DemoProgramId } from './program-katalog';
import { DAY, WINDOW_DAYS, ageAt, isoDate, isoTime } from './waktu';

/**
 * Which programmes a registry household and its members receive. Eligibility is the
 * catalogue's own criteria; who among the eligible receives depends on the decile, as quotas
 * reach the poorest first. PKH families nearly all get BPNT too, and Rastra only goes where
 * BPNT does not: the overlaps (irisan) a district sees.
 */
export interface Penerimaan {
  rumahtangga: Set<DemoProgramId>;
  /** Member-level programmes by NIK. */
  anggota: Map<string, Set<DemoProgramId>>;
  /** Members of school age in school, and whether their school is a madrasah. */
  pelajar: { nik: string; madrasah: boolean }[];
}

const byDesil = (table: readonly number[], desil: number | null) => (desil === null ? 0 : table[Math.min(desil, table.length) - 1]);
// Probability of receipt among eligible households, by decile 1, 2, 3, 4, 5+.
const PKH = [0.45, 0.3, 0.14, 0.05, 0];
const BPNT = [0.45, 0.33, 0.22, 0.07, 0];
const PBI = [0.92, 0.88, 0.8, 0.65, 0.1];
const LISTRIK = [0.45, 0.4, 0.3, 0, 0];
const PIP = 0.5;
const RASTRA_WITHOUT_BPNT = 0.12;
const BEDAH_RUMAH_SHARE = 0.05;
/** About one in five schoolchildren of Kolaka attends a madrasah. */
const MADRASAH = 0.18;
const VERIFIKASI_SHARE = 0.15;

function isPelajar(a: Anggota, now: number): boolean {
  const u = ageAt(a.tanggalLahir, now);
  return a.statusSekolah === 'masih-sekolah' && u >= 6 && u <= 21;
}

export function tentukanPenerimaan(ctx: GenContext, rt: Rumahtangga): Penerimaan {
  const { rng, now } = ctx;
  const pada = isoDate(now);
  const eligible = (id: DemoProgramId) => memenuhiKriteria(programOf(ctx, id).kriteria, rt, pada);
  const hh = new Set<DemoProgramId>();
  const give = (id: DemoProgramId, p: number) => {
    if (eligible(id) && rng.chance(p)) hh.add(id);
  };
  give('pkh', byDesil(PKH, rt.desil));
  give('bpnt', hh.has('pkh') ? 0.95 : byDesil(BPNT, rt.desil));
  if (!hh.has('bpnt')) give('rastra', RASTRA_WITHOUT_BPNT);
  give('listrik', byDesil(LISTRIK, rt.desil));
  give(BEDAH_RUMAH, BEDAH_RUMAH_SHARE);

  const anggota = new Map<string, Set<DemoProgramId>>();
  const member = (nik: string, id: DemoProgramId) => {
    const set = anggota.get(nik) ?? new Set<DemoProgramId>();
    set.add(id);
    anggota.set(nik, set);
  };
  if (eligible('pis-kis') && rng.chance(byDesil(PBI, rt.desil))) {
    for (const a of rt.anggota) member(a.nik, 'pis-kis');
  }
  const pelajar = rt.anggota.filter((a) => isPelajar(a, now)).map((a) => ({ nik: a.nik, madrasah: rng.chance(MADRASAH) }));
  for (const p of pelajar) {
    const id = p.madrasah ? 'pip-kemenag' : 'pip-kemendikbud';
    if (eligible(id) && rng.chance(PIP)) member(p.nik, id);
  }
  return { rumahtangga: hh, anggota, pelajar };
}

/**
 * One participation record per programme and household (or member): most imported by back
 * office from the programmes' beneficiary lists before the window, some seen by the
 * facilitator on a verification visit during it.
 */
export function kepesertaanDocs(ctx: GenContext, rt: Rumahtangga, terima: Penerimaan): Kepesertaan[] {
  const { rng, now } = ctx;
  const doc = (programId: DemoProgramId, nik?: string): Kepesertaan => {
    const verifikasi = rng.chance(VERIFIKASI_SHARE);
    const time = verifikasi
      ? now - rng.int(1, WINDOW_DAYS) * DAY - rng.int(0, DAY - 1)
      : now - (WINDOW_DAYS + rng.int(1, 14)) * DAY - rng.int(0, DAY - 1);
    return {
      ...docHead(ctx, 'kepesertaan', rt.wilayah, verifikasi ? ctx.staff.fasilitator : ctx.kab.backOffice, time),
      rumahtanggaId: rt._id,
      programId,
      ...(nik ? { nik } : {}),
      sumber: verifikasi ? 'verifikasi' : 'impor',
      profil: profilOrang(rt, nik, isoTime(time))
    };
  };
  const docs = [...terima.rumahtangga].map((id) => doc(id));
  for (const [nik, ids] of terima.anggota) for (const id of ids) docs.push(doc(id, nik));
  return docs;
}
