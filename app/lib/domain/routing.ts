import { z } from 'zod';
import type { KategoriKeluhan } from './keluhan';
import type { Program } from './program';

/**
 * Where a complaint is referred (Pedoman Umum SLRT, IV.B.1 e and IV.B.2):
 * - kepesertaan (exclusion error), for any programme → Pokja Data Terpadu through SIKS-NG;
 * - non-kepesertaan → per programme: PKH and PIP-Kemenag straight to the programme manager,
 *   PIP-Kemendikbud, Rastra/BPNT and PIS through LAPOR!;
 * - a programme outside the guideline's table (a regional one) → its catalogue's destination.
 */

/** `langsung`: to the programme manager; `lapor`: through LAPOR!; `siks-ng`: to the registry. */
export const KANAL_RUJUKAN = ['langsung', 'lapor', 'siks-ng'] as const;
export type KanalRujukan = (typeof KANAL_RUJUKAN)[number];

export const KANAL_RUJUKAN_LABEL: Record<KanalRujukan, string> = {
  langsung: 'langsung ke pengelola program',
  lapor: 'melalui LAPOR!',
  'siks-ng': 'melalui SIKS-NG'
};

/** Destination ids: the national ones below, or a catalogue's own (e.g. `dinsos-kolaka`). */
export const tujuanIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Kode tujuan rujukan hanya huruf kecil, angka dan tanda hubung');

/** The national destinations the guideline names. */
export const LEMBAGA_NASIONAL = {
  'pokja-data-terpadu': 'Pokja Data Terpadu, Pusdatin Kementerian Sosial',
  'kemensos-jsk': 'Direktorat Jaminan Sosial Keluarga, Ditjen Linjamsos Kementerian Sosial',
  'tikor-rastra': 'Tim Koordinasi Rastra/BPNT, Kementerian Dalam Negeri',
  bulog: 'Perum BULOG',
  kemendikbud: 'Kementerian Pendidikan dan Kebudayaan',
  kemenag: 'Kementerian Agama',
  'bpjs-kesehatan': 'BPJS Kesehatan',
  dinkes: 'Kementerian Kesehatan / Dinas Kesehatan Kabupaten/Kota'
} as const;
export type LembagaNasional = keyof typeof LEMBAGA_NASIONAL;

export interface PilihanTujuan {
  lembaga: LembagaNasional;
  kanal: KanalRujukan;
  /** What complaints this destination takes, when a programme has more than one. */
  perihal: string;
}

export const RUJUKAN_KEPESERTAAN: PilihanTujuan = {
  lembaga: 'pokja-data-terpadu',
  kanal: 'siks-ng',
  perihal: 'kepesertaan (tidak terdaftar sebagai penerima manfaat)'
};

const RASTRA_BPNT: readonly PilihanTujuan[] = [
  { lembaga: 'tikor-rastra', kanal: 'lapor', perihal: 'pelaksanaan dan penyaluran' },
  { lembaga: 'bulog', kanal: 'lapor', perihal: 'kualitas dan kuantitas beras' }
];

/**
 * Non-kepesertaan complaints of the national programmes. The first destination of a row takes
 * every complaint of the programme unless the case names another (`lembaga`).
 */
export const RUJUKAN_NON_KEPESERTAAN: Readonly<Record<string, readonly PilihanTujuan[]>> = {
  pkh: [{ lembaga: 'kemensos-jsk', kanal: 'langsung', perihal: 'pelaksanaan PKH' }],
  rastra: RASTRA_BPNT,
  bpnt: RASTRA_BPNT,
  'pip-kemendikbud': [{ lembaga: 'kemendikbud', kanal: 'lapor', perihal: 'PIP sekolah umum' }],
  'pip-kemenag': [{ lembaga: 'kemenag', kanal: 'langsung', perihal: 'PIP madrasah' }],
  'pis-kis': [
    { lembaga: 'bpjs-kesehatan', kanal: 'lapor', perihal: 'kepesertaan dan kartu KIS-PBI' },
    { lembaga: 'dinkes', kanal: 'lapor', perihal: 'pelayanan kesehatan' }
  ]
};

export interface RuteRujukan {
  tujuan: string;
  namaTujuan: string;
  kanal: KanalRujukan;
}

export class RoutingError extends Error {
  override name = 'RoutingError';
}

export interface KeluhanUntukRute {
  kategori: KategoriKeluhan;
  programId: string;
  /** A destination other than the row's first, e.g. `bulog` for the quality of rice. */
  lembaga?: string;
}

type KatalogTujuan = Pick<Program, 'programId' | 'tujuanRujukan' | 'kanal'>;

function rute(p: PilihanTujuan): RuteRujukan {
  return { tujuan: p.lembaga, namaTujuan: LEMBAGA_NASIONAL[p.lembaga], kanal: p.kanal };
}

/** Every destination a complaint may go to, the usual one first. */
export function pilihanTujuan(keluhan: Omit<KeluhanUntukRute, 'lembaga'>, katalog?: KatalogTujuan): RuteRujukan[] {
  if (keluhan.kategori === 'kepesertaan') return [rute(RUJUKAN_KEPESERTAAN)];
  const baris = RUJUKAN_NON_KEPESERTAAN[keluhan.programId];
  if (baris) return baris.map(rute);
  if (!katalog) {
    throw new RoutingError(
      `Program "${keluhan.programId}" tidak ada di tabel rujukan nasional: sertakan entri katalog programnya untuk menentukan tujuan rujukan`
    );
  }
  if (katalog.programId !== keluhan.programId) {
    throw new RoutingError(
      `Entri katalog "${katalog.programId}" bukan untuk program keluhan ini ("${keluhan.programId}")`
    );
  }
  return [{ tujuan: katalog.tujuanRujukan.id, namaTujuan: katalog.tujuanRujukan.nama, kanal: katalog.kanal }];
}

/** Where a complaint is referred, and through which channel. */
export function routeKeluhan(keluhan: KeluhanUntukRute, katalog?: KatalogTujuan): RuteRujukan {
  const pilihan = pilihanTujuan(keluhan, katalog);
  if (keluhan.lembaga === undefined) return pilihan[0];
  const dipilih = pilihan.find((p) => p.tujuan === keluhan.lembaga);
  if (!dipilih) {
    throw new RoutingError(
      `Keluhan ${keluhan.kategori} program "${keluhan.programId}" tidak dirujuk ke "${keluhan.lembaga}"; tujuan yang berlaku: ${pilihan.map((p) => p.tujuan).join(', ')}`
    );
  }
  return dipilih;
}
