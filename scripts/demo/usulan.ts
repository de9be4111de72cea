import type { Anggota, Rumahtangga } from '../../app/lib/domain/household';
import type { JenisPmks, Pmks } from '../../app/lib/domain/pmks';
import type { Usulan } from '../../app/lib/domain/usulan';
import { wilayahOf } from '../../app/lib/domain/wilayah';
import { docHead, kodeLacakOf, type GenContext } from './context';
import { caseEvents, planKasus, reachesManagerApproval, type KasusEvent, type KasusPlan, type TahapKasus } from './kasus';
import type { IsiRumahtangga } from './rumahtangga';
import { ageAt } from './waktu';
import type { Desa } from './wilayah-data';

/** Proposals to SIKS-NG (perubahan data, pre-list, PMKS) and the reviews of each. */

export type UsulanDocs = (Usulan | KasusEvent | Pmks)[];

type Perubahan = Extract<Usulan, { jenis: 'perubahan-data' }>['perubahan'][number];

function penulis(ctx: GenContext): string {
  return ctx.rng.chance(0.8) ? ctx.staff.fasilitator : ctx.staff.frontOffice;
}

/** When the manager approved: the household or PMKS record changes an hour later. */
function approvedAt(plan: KasusPlan): number | null {
  return reachesManagerApproval(plan.tahap) ? plan.times[1] + 60 * 60 * 1000 : null;
}

const PEKERJAAN_LAIN = ['Petani/Pekebun', 'Buruh Harian Lepas', 'Nelayan/Perikanan', 'Buruh Tambang', 'Pedagang'];
const DISABILITAS_BARU: readonly Anggota['disabilitas'][] = ['fisik', 'sensorik-netra', 'sensorik-rungu'];

/**
 * One field that changed. Once the manager approved, the household already shows the new
 * value (`sesudah`); before that it still shows the old one (`sebelum`).
 */
function satuPerubahan(ctx: GenContext, rt: Rumahtangga, applied: boolean): Perubahan {
  const { rng } = ctx;
  const lain = <T>(pilihan: readonly T[], kini: T) => rng.pick(pilihan.filter((p) => p !== kini));
  const pair = <T extends string>(kini: T, baru: T) => (applied ? { sebelum: baru, sesudah: kini } : { sebelum: kini, sesudah: baru });
  const bekerja = rt.anggota.filter((a) => a.statusSekolah !== 'masih-sekolah' && ageAt(a.tanggalLahir, ctx.now) >= 18);
  const kind = rng.weighted([['pekerjaan', bekerja.length > 0 ? 50 : 0], ['rt', 30], ['disabilitas', 20]] as const);
  if (kind === 'pekerjaan') {
    const a = rng.pick(bekerja);
    return { field: 'pekerjaan', nik: a.nik, ...pair(a.pekerjaan, lain(PEKERJAAN_LAIN, a.pekerjaan)) };
  }
  if (kind === 'rt') {
    const rtBaru = String(rng.int(1, 10)).padStart(3, '0');
    return { field: 'alamat.rt', ...pair(rt.alamat.rt, rtBaru === rt.alamat.rt ? (rtBaru === '010' ? '001' : '010') : rtBaru) };
  }
  // A member recorded as disabled was not before; one not yet recorded is proposed.
  const disabled = rt.anggota.filter((a) => (a.disabilitas !== 'tidak') === applied);
  if (disabled.length === 0) return satuPerubahan(ctx, rt, applied);
  const a = rng.pick(disabled);
  return applied
    ? { field: 'disabilitas', nik: a.nik, sebelum: 'tidak', sesudah: a.disabilitas }
    : { field: 'disabilitas', nik: a.nik, sebelum: 'tidak', sesudah: rng.pick(DISABILITAS_BARU) };
}

/** A facilitator records profile changes of a registry household; approved ones update it. */
export function usulanPerubahan(ctx: GenContext, rt: Rumahtangga, tahap: TahapKasus): UsulanDocs {
  const plan = planKasus(ctx.rng, tahap, ctx.now);
  const applied = approvedAt(plan);
  const jumlah = ctx.rng.chance(0.3) ? 2 : 1;
  const byField = new Map<string, Perubahan>();
  for (let i = 0; i < jumlah; i++) {
    const p = satuPerubahan(ctx, rt, applied !== null);
    byField.set(`${p.field}|${p.nik ?? ''}`, p);
  }
  const perubahan = [...byField.values()];
  const usulan: Usulan = {
    ...docHead(ctx, 'usulan', rt.wilayah, penulis(ctx), plan.openedAt),
    kodeLacak: kodeLacakOf(ctx, rt.wilayah),
    jenis: 'perubahan-data',
    rumahtanggaId: rt._id,
    perubahan
  };
  if (applied !== null) {
    rt.updatedBy = ctx.kab.manajer;
    rt.updatedAt = new Date(applied).toISOString();
  }
  return [usulan, ...caseEvents(ctx, usulan, plan)];
}

export interface UsulanPrelist {
  docs: UsulanDocs;
  /** When the manager approved it, if it did: the household document is written then. */
  approvedAt: number | null;
  openedAt: number;
}

/** A household not in the registry, proposed as a pre-list; `kasusTerkait` its complaint. */
export function usulanPrelist(
  ctx: GenContext,
  desa: Desa,
  isi: IsiRumahtangga,
  tahap: TahapKasus,
  kasusTerkait?: { id: string; openedAt: number }
): UsulanPrelist {
  const plan = planKasus(ctx.rng, tahap, ctx.now);
  const terkait = kasusTerkait && kasusTerkait.openedAt < plan.openedAt ? { kasusTerkait: kasusTerkait.id } : {};
  const usulan: Usulan = {
    ...docHead(ctx, 'usulan', wilayahOf(desa.kode), penulis(ctx), plan.openedAt),
    kodeLacak: kodeLacakOf(ctx, wilayahOf(desa.kode)),
    jenis: 'prelist',
    rumahtangga: isi,
    ...terkait
  };
  return { docs: [usulan, ...caseEvents(ctx, usulan, plan)], approvedAt: approvedAt(plan), openedAt: plan.openedAt };
}

/** Which PMKS type a member is, if any (Permensos 8/2012), as a facilitator would record it. */
export function jenisPmksOf(ctx: GenContext, rt: Rumahtangga, a: Anggota): JenisPmks | null {
  const umur = ageAt(a.tanggalLahir, ctx.now);
  if (a.disabilitas !== 'tidak') return umur < 18 ? 'anak-disabilitas' : 'penyandang-disabilitas';
  if (umur >= 60 && rt.anggota.length === 1) return 'lanjut-usia-terlantar';
  if (a.hubungan === 'kepala' && a.jenisKelamin === 'P' && rt.desil === 1) return 'perempuan-rawan-sosial-ekonomi';
  return null;
}

/** A PMKS proposal for one member; once approved, back office adds the PMKS record. */
export function usulanPmks(ctx: GenContext, rt: Rumahtangga, a: Anggota, jenisPmks: JenisPmks, tahap: TahapKasus): UsulanDocs {
  const plan = planKasus(ctx.rng, tahap, ctx.now);
  const data = {
    jenisPmks,
    nama: a.nama,
    nik: a.nik,
    rumahtanggaId: rt._id,
    jenisKelamin: a.jenisKelamin,
    tanggalLahir: a.tanggalLahir
  };
  const usulan: Usulan = {
    ...docHead(ctx, 'usulan', rt.wilayah, penulis(ctx), plan.openedAt),
    kodeLacak: kodeLacakOf(ctx, rt.wilayah),
    jenis: 'pmks',
    pmks: data
  };
  const docs: UsulanDocs = [usulan, ...caseEvents(ctx, usulan, plan)];
  const t = approvedAt(plan);
  if (t !== null) docs.push({ ...docHead(ctx, 'pmks', rt.wilayah, ctx.kab.backOffice, t), ...data });
  return docs;
}
