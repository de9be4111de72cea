/**
 * The district's referral board and registry queue (issue 5): what waits on the SLRT secretariat
 * (manager and back office) in the kabupaten database, read from two views without documents:
 * `antrean/pengajuan` (every submission) and `kasus/peristiwa` (every step, which gives each
 * case's status through the case flow, domain/antrean.ts). Days open are measured against the
 * target of the programme's catalogue entry (`targetHari`).
 */
import type { UserStore } from '$lib/db/user-store';
import {
  antrean,
  hariTerbuka,
  pengajuanDariBaris,
  peristiwaDariBaris,
  statusKasus,
  type BarisPengajuan,
  type BarisPeristiwa,
  type JenisPengajuan,
  type PengajuanKecamatan
} from '$lib/domain/antrean';
import type { StatusKasus } from '$lib/domain/case-state';
import type { TabelAngka } from '$lib/domain/dasbor';
import { jumlahKolom } from '$lib/domain/dasbor-kueri';
import type { JobRole } from '$lib/domain/roles';

/** The statuses on the board: first those the secretariat must act on, then those waiting on the programme. */
export const STATUS_DI_SEKRETARIAT = ['disetujui-supervisor', 'disetujui-manajer', 'perlu-informasi', 'ditolak-program'] as const;
export const STATUS_DI_PROGRAM = ['dirujuk', 'diterima', 'ditinjau'] as const;
export const STATUS_PAPAN: readonly StatusKasus[] = [...STATUS_DI_SEKRETARIAT, ...STATUS_DI_PROGRAM];

/** Submissions that are referred (complaints and needs) and those that go to SIKS-NG (proposals). */
const JENIS_RUJUKAN: readonly JenisPengajuan[] = ['keluhan', 'kebutuhan'];
export const JENIS_PEMBARUAN_DATA: readonly JenisPengajuan[] = ['perubahan-data', 'prelist', 'pmks'];

/** The roles whose home is the board: the district secretariat. */
export function bekerjaDiPapan(jobRole: JobRole | null): boolean {
  return jobRole === 'manajer' || jobRole === 'back-office';
}


export interface BarisPapan extends PengajuanKecamatan {
  status: StatusKasus;
  hariTerbuka: number;
  /** The programme's target in days; null when the catalogue has no entry for it. */
  targetHari: number | null;
  lewatTarget: boolean;
  /** The secretariat must act; otherwise the case waits on the programme manager. */
  diSekretariat: boolean;
}

export const UMUR_PAPAN = ['lewat-target', 'dalam-target'] as const;
export interface SaringanPapan {
  programId?: string;
  /** Dotted kecamatan code. */
  kecamatan?: string;
  status?: StatusKasus;
  umur?: (typeof UMUR_PAPAN)[number];
}

type JenisPembuka = 'keluhan' | 'kebutuhan' | 'usulan';

/** Every submission of the given kinds in the user's databases (key [kecamatan, jenis, createdAt]). */
async function bacaPengajuan(store: UserStore, jenis: readonly JenisPengajuan[]): Promise<PengajuanKecamatan[]> {
  const rows = await store.queryView<BarisPengajuan['value']>('antrean/pengajuan');
  return rows.map(pengajuanDariBaris).filter((p) => jenis.includes(p.jenis));
}


/** The status of every case opened by a document of the given types (case ids start with their type). */
async function bacaStatus(store: UserStore, pembuka: readonly JenisPembuka[]): Promise<Map<string, StatusKasus>> {
  const rows = await Promise.all(
    pembuka.map((type) => store.queryView<BarisPeristiwa['value']>('kasus/peristiwa', { startkey: [`${type}:`], endkey: [`${type}:\ufff0`] }))
  );
  return statusKasus(rows.flat().map(peristiwaDariBaris));
}


/** The board's lines: open cases at the district, overdue first, then the oldest. */
export function susunPapan(
  pengajuan: readonly PengajuanKecamatan[],
  status: ReadonlyMap<string, StatusKasus>,
  target: ReadonlyMap<string, number>,
  pada: Date
): BarisPapan[] {
  return pengajuan
    .flatMap((p) => {
      const s = status.get(p.kasusId) ?? 'diajukan';
      if (!STATUS_PAPAN.includes(s)) return [];
      const hari = hariTerbuka(p.createdAt, pada);
      const targetHari = (p.programId && target.get(p.programId)) || null;
      const diSekretariat = (STATUS_DI_SEKRETARIAT as readonly string[]).includes(s);
      return [{ ...p, status: s, hariTerbuka: hari, targetHari, lewatTarget: targetHari !== null && hari > targetHari, diSekretariat }];
    })
    .sort(
      (a, b) =>
        Number(b.lewatTarget) - Number(a.lewatTarget) ||
        Date.parse(a.createdAt) - Date.parse(b.createdAt) ||
        a.kasusId.localeCompare(b.kasusId)
    );
}

export function saringPapan(baris: readonly BarisPapan[], saring: SaringanPapan): BarisPapan[] {
  return baris.filter(
    (b) =>
      (!saring.programId || b.programId === saring.programId) &&
      (!saring.kecamatan || b.kecamatan === saring.kecamatan) &&
      (!saring.status || b.status === saring.status) &&
      (!saring.umur || b.lewatTarget === (saring.umur === 'lewat-target'))
  );
}

export interface Papan {
  baris: BarisPapan[];
  /** Programme names of the district's catalogue, by id. */
  namaProgram: Record<string, string>;
}

/** Every complaint and need open at the district, as the board lists them. */
export async function muatPapan(store: UserStore, pada = new Date()): Promise<Papan> {
  const [pengajuan, status, katalog] = await Promise.all([
    bacaPengajuan(store, JENIS_RUJUKAN),
    bacaStatus(store, ['keluhan', 'kebutuhan']),
    store.docsOfType('program')
  ]);
  const target = new Map(katalog.map((p) => [p.programId, p.targetHari]));
  return { baris: susunPapan(pengajuan, status, target, pada), namaProgram: Object.fromEntries(katalog.map((p) => [p.programId, p.nama])) };
}

export interface UsulanMenunggu extends PengajuanKecamatan {
  hariTerbuka: number;
}

/** Registry proposals the supervisor approved, waiting on the manager before the SIKS-NG export; oldest first. */
export async function muatPembaruanData(store: UserStore, pada = new Date()): Promise<UsulanMenunggu[]> {
  const [pengajuan, status] = await Promise.all([bacaPengajuan(store, JENIS_PEMBARUAN_DATA), bacaStatus(store, ['usulan'])]);
  const menunggu = antrean(pengajuan, status, 'disetujui-supervisor') as PengajuanKecamatan[];
  return menunggu.map((p) => ({ ...p, hariTerbuka: hariTerbuka(p.createdAt, pada) }));
}

/** The choices of the board's filters, from its lines. */
export function pilihanSaringan(baris: readonly BarisPapan[]): { program: string[]; kecamatan: string[] } {
  const urut = (values: Iterable<string>) => [...new Set(values)].sort();
  return { program: urut(baris.flatMap((b) => (b.programId ? [b.programId] : []))), kecamatan: urut(baris.map((b) => b.kecamatan)) };
}

/**
 * The dashboard's "referrals past target" table (dashboard item 7): referrals still waiting for
 * their programme's first response (`dirujuk`) past the programme's target days, per kecamatan
 * (rows; only the kecamatan of `wilayah` when a kecamatan or desa is looked at) and programme
 * (columns). From the board's lines, so both count alike; district only, like the board.
 */
export function tabelLewatTarget(baris: readonly BarisPapan[], wilayah: string): TabelAngka {
  const kecamatan = wilayah.split('.').length >= 3 ? wilayah.split('.').slice(0, 3).join('.') : null;
  const lewat = baris.filter((b) => b.status === 'dirujuk' && b.lewatTarget && b.programId && (!kecamatan || b.kecamatan === kecamatan));
  const barisKode = [...new Set(lewat.map((b) => b.kecamatan))].sort();
  const kolom = [...new Set(lewat.map((b) => b.programId as string))].sort();
  const nilai = barisKode.map((k) => kolom.map((p) => lewat.filter((b) => b.kecamatan === k && b.programId === p).length));
  return { baris: barisKode, kolom, nilai, jumlah: jumlahKolom(nilai, kolom.length) };
}
