import { langkahBerikut, type Langkah, type StatusKasus } from './case-state';

/**
 * Review queues (issue 5): what waits on whom, from two views and the case flow. A case waits
 * on the supervisor while it is `diajukan`, on the manager's registry queue while an approved
 * proposal is `disetujui-supervisor`, on the referral board while the secretariat must act.
 */

/** What a submission is, as the `antrean/pengajuan` view names it. */
export const JENIS_PENGAJUAN = ['perubahan-data', 'prelist', 'pmks', 'kebutuhan', 'keluhan'] as const;
export type JenisPengajuan = (typeof JENIS_PENGAJUAN)[number];

/** The supervisor's four queues; PMKS data is a registry change and waits with profile changes. */
export const ANTREAN_SUPERVISOR = {
  'perubahan-data': ['perubahan-data', 'pmks'],
  prelist: ['prelist'],
  kebutuhan: ['kebutuhan'],
  keluhan: ['keluhan']
} as const satisfies Record<string, readonly JenisPengajuan[]>;
export type AntreanSupervisor = keyof typeof ANTREAN_SUPERVISOR;

/** One submission, as a row of `antrean/pengajuan` gives it (key [kecamatan, jenis, createdAt]). */
export interface Pengajuan {
  kasusId: string;
  jenis: JenisPengajuan;
  desa: string;
  createdBy: string;
  createdAt: string;
  rumahtanggaId?: string;
  programId?: string;
}

/** One row of `kasus/peristiwa`: an opener (no step) or a step of its case. */
export interface Peristiwa {
  id: string;
  kasusId: string;
  createdAt: string;
  type: string;
  langkah?: Langkah;
}

/** A submission with the kecamatan its queue belongs to. */
export type PengajuanKecamatan = Pengajuan & { kecamatan: string };

/** A row of `antrean/pengajuan`: key [kecamatan, jenis, createdAt], value what a queue line shows. */
export interface BarisPengajuan {
  key: unknown;
  value: { kasusId: string; desa: string; createdBy: string; rumahtanggaId?: string; programId?: string };
}

export function pengajuanDariBaris(row: BarisPengajuan): PengajuanKecamatan {
  const [kecamatan, jenis, createdAt] = row.key as [string, JenisPengajuan, string];
  const { kasusId, desa, createdBy, rumahtanggaId, programId } = row.value;
  return { kasusId, jenis, kecamatan, desa, createdBy, createdAt, ...(rumahtanggaId ? { rumahtanggaId } : {}), ...(programId ? { programId } : {}) };
}

/** A row of `kasus/peristiwa`: key [kasusId, createdAt], value the type and the fields of its step. */
export interface BarisPeristiwa {
  id?: string;
  key: unknown;
  value: { type: string } & Record<string, unknown>;
}

const PEMBUKA: ReadonlySet<string> = new Set(['keluhan', 'kebutuhan', 'usulan']);

/** A `kasus/peristiwa` row as the case flow reads it: an opener has no step, the rest move the case. */
export function peristiwaDariBaris(row: BarisPeristiwa): Peristiwa {
  const [kasusId, createdAt] = row.key as [string, string];
  const { type } = row.value;
  return { id: row.id ?? kasusId, kasusId, createdAt, type, ...(PEMBUKA.has(type) ? {} : { langkah: row.value as unknown as Langkah }) };
}

/** What `antrean/kasus` gives for a case opener: its queue line. */
export type NilaiPembuka = Omit<BarisPengajuan['value'], 'kasusId'> & { jenis: JenisPengajuan };

/** A row of `antrean/kasus`: key [kecamatan, kasusId, createdAt]; a step's value has `type`, an opener's `jenis`. */
export interface BarisKasus {
  id?: string;
  key: unknown;
  value: NilaiPembuka | BarisPeristiwa['value'];
}

const TYPE_PEMBUKA: Record<JenisPengajuan, string> = { keluhan: 'keluhan', kebutuhan: 'kebutuhan', 'perubahan-data': 'usulan', prelist: 'usulan', pmks: 'usulan' };

/**
 * A kecamatan's submissions and the status of each of its cases, from its one range of
 * `antrean/kasus`: what `antrean/pengajuan` and `kasus/peristiwa` give together.
 */
export function dataAntrean(rows: readonly BarisKasus[]): { pengajuan: PengajuanKecamatan[]; status: Map<string, StatusKasus> } {
  const pengajuan: PengajuanKecamatan[] = [];
  const peristiwa: Peristiwa[] = [];
  for (const { id, key, value } of rows) {
    const [kecamatan, kasusId, createdAt] = key as [string, string, string];
    if ('type' in value) peristiwa.push(peristiwaDariBaris({ id, key: [kasusId, createdAt], value }));
    else {
      pengajuan.push(pengajuanDariBaris({ key: [kecamatan, value.jenis, createdAt], value: { ...value, kasusId } }));
      peristiwa.push(peristiwaDariBaris({ id, key: [kasusId, createdAt], value: { type: TYPE_PEMBUKA[value.jenis] } }));
    }
  }
  return { pengajuan, status: statusKasus(peristiwa) };
}

function urutan(a: Peristiwa, b: Peristiwa): number {
  const waktu = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  if (waktu !== 0) return waktu;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The status of every case named by `peristiwa`, as reduceCase would find it from the documents:
 * steps in time order (then by id), each in force only where the flow allows it.
 */
export function statusKasus(peristiwa: readonly Peristiwa[]): Map<string, StatusKasus> {
  const perKasus = new Map<string, Peristiwa[]>();
  for (const p of peristiwa) {
    const daftar = perKasus.get(p.kasusId);
    if (daftar) daftar.push(p);
    else perKasus.set(p.kasusId, [p]);
  }
  const status = new Map<string, StatusKasus>();
  for (const [kasusId, daftar] of perKasus) {
    let s: StatusKasus = 'diajukan';
    for (const p of [...daftar].sort(urutan)) if (p.langkah) s = langkahBerikut(s, p.langkah) ?? s;
    status.set(kasusId, s);
  }
  return status;
}

export interface SaringanAntrean {
  jenis?: readonly JenisPengajuan[];
  /** Dotted desa code. */
  desa?: string;
  /** The facilitator (or desk officer) who submitted. */
  oleh?: string;
}

/** The submissions whose case stands at `menunggu`, oldest first, narrowed by `saring`. */
export function antrean(
  pengajuan: readonly Pengajuan[],
  status: ReadonlyMap<string, StatusKasus>,
  menunggu: StatusKasus,
  saring: SaringanAntrean = {}
): Pengajuan[] {
  return pengajuan
    .filter(
      (p) =>
        (status.get(p.kasusId) ?? 'diajukan') === menunggu &&
        (!saring.jenis || saring.jenis.includes(p.jenis)) &&
        (!saring.desa || p.desa === saring.desa) &&
        (!saring.oleh || p.createdBy === saring.oleh)
    )
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.kasusId.localeCompare(b.kasusId));
}

/** How many wait in each of the supervisor's queues. */
export function jumlahPerAntrean(menunggu: readonly Pengajuan[]): Record<AntreanSupervisor, number> {
  const jumlah = { 'perubahan-data': 0, prelist: 0, kebutuhan: 0, keluhan: 0 };
  for (const p of menunggu) {
    for (const [nama, jenis] of Object.entries(ANTREAN_SUPERVISOR) as [AntreanSupervisor, readonly JenisPengajuan[]][]) {
      if (jenis.includes(p.jenis)) jumlah[nama]++;
    }
  }
  return jumlah;
}

/** Whole days a case has been open on `pada` (the opener's day counts as day 0). */
export function hariTerbuka(createdAt: string, pada: Date): number {
  return Math.max(0, Math.floor((pada.getTime() - Date.parse(createdAt)) / 86_400_000));
}
