import { profilOrang, type Rumahtangga } from '../../app/lib/domain/household';
import type { Kebutuhan } from '../../app/lib/domain/kebutuhan';
import { UMUR_LANSIA, memenuhiKriteria } from '../../app/lib/domain/kriteria';
import { isiRujukan } from '../../app/lib/domain/rujukan';
import { docHead, programOf, type GenContext } from './context';
import { caseEvents, planKasus, type KasusEvent, type TahapPicker } from './kasus';
import type { Penerimaan } from './kepesertaan';
import { BEDAH_RUMAH, type DemoProgramId } from './program-katalog';
import { ALASAN_KEBUTUHAN } from './teks';
import { ageAt, isoDate, isoTime } from './waktu';

/**
 * Programme needs: what a facilitator sees a household lacks although it fits the programme.
 * These are the service gaps (kesenjangan) of the dashboards, and cases referred to each
 * programme's own manager.
 */
const HOUSEHOLD_NEED = 0.04;
const PIP_NEED = 0.05;
const PBI_NEED = 0.15;
const HOUSEHOLD_PROGRAMMES: readonly DemoProgramId[] = ['pkh', 'bpnt', 'listrik', BEDAH_RUMAH];

export function kebutuhanRumahtangga(
  ctx: GenContext,
  rt: Rumahtangga,
  terima: Penerimaan,
  picker: TahapPicker
): (Kebutuhan | KasusEvent)[] {
  const { rng } = ctx;
  const pada = isoDate(ctx.now);
  const needs: { programId: DemoProgramId; nik?: string }[] = [];
  for (const id of HOUSEHOLD_PROGRAMMES) {
    const eligible = memenuhiKriteria(programOf(ctx, id).kriteria, rt, pada);
    if (eligible && !terima.rumahtangga.has(id) && rng.chance(HOUSEHOLD_NEED)) needs.push({ programId: id });
  }
  for (const p of terima.pelajar) {
    const id = p.madrasah ? 'pip-kemenag' : 'pip-kemendikbud';
    if (!terima.anggota.get(p.nik)?.has(id) && rng.chance(PIP_NEED)) needs.push({ programId: id, nik: p.nik });
  }
  for (const a of rt.anggota) {
    const rentan = a.disabilitas !== 'tidak' || ageAt(a.tanggalLahir, ctx.now) >= UMUR_LANSIA;
    if (rentan && !terima.anggota.get(a.nik)?.has('pis-kis') && rng.chance(PBI_NEED)) {
      needs.push({ programId: 'pis-kis', nik: a.nik });
    }
  }
  return needs.flatMap(({ programId, nik }) => {
    const plan = planKasus(rng, picker.next(rng), ctx.now);
    const oleh = rng.chance(0.8) ? ctx.staff.fasilitator : ctx.staff.frontOffice;
    const kebutuhan: Kebutuhan = {
      ...docHead(ctx, 'kebutuhan', rt.wilayah, oleh, plan.openedAt),
      rumahtanggaId: rt._id,
      programId,
      ...(nik ? { nik } : {}),
      alasan: ALASAN_KEBUTUHAN[programId],
      profil: profilOrang(rt, nik, isoTime(plan.openedAt))
    };
    const program = programOf(ctx, programId);
    const rute = {
      programId,
      tujuan: program.tujuanRujukan.id,
      namaTujuan: program.tujuanRujukan.nama,
      kanal: program.kanal,
      ...isiRujukan(kebutuhan, rt)
    };
    return [kebutuhan, ...caseEvents(ctx, kebutuhan, plan, rute)];
  });
}
