import { reduceCase, type CaseState, type PembukaKasus, type StatusKasus } from './case-state';
import type { Anggota, Rumahtangga } from './household';
import type { Kebutuhan } from './kebutuhan';
import type { Kepesertaan } from './kepesertaan';
import { umur } from './kriteria';
import { hariIni } from './nik';
import type { SlrtDoc } from './schemas';
import type { Usulan } from './usulan';

/**
 * What the household page shows, from the household and any documents around it: its members
 * with their ages, the programmes it receives and needs, its cases with their timelines, and
 * its visits. Documents of other households are ignored, so the caller may pass a whole desa.
 */

/** A case stops moving once one of these is reached. */
export const STATUS_SELESAI: ReadonlySet<StatusKasus> = new Set(['ditolak', 'ditolak-program', 'selesai', 'ditangani-langsung']);

export interface AnggotaProfil extends Anggota {
  umur: number;
}

export interface KasusRumahtangga extends CaseState {
  pembuka: PembukaKasus;
  /** The citizen's tracking code; a need has none (it is not on a receipt). */
  kodeLacak: string | null;
  selesai: boolean;
}

/** What was recorded for the household on one day, by whom: a visit or a walk-in. */
export interface Kunjungan {
  /** `YYYY-MM-DD` in the device's time zone. */
  tanggal: string;
  petugas: string[];
  jumlah: Partial<Record<'kepesertaan' | 'kebutuhan' | 'keluhan' | 'usulan', number>>;
}

/** What the page shows of a household, whether a registry record or proposed on a pre-list. */
export type RumahtanggaDitampilkan = Pick<Rumahtangga, '_id' | 'wilayah' | 'alamat' | 'noKK' | 'statusRegistri' | 'desil' | 'anggota'>;

export interface ProfilRumahtangga {
  rumahtangga: RumahtanggaDitampilkan;
  anggota: AnggotaProfil[];
  kepesertaan: Kepesertaan[];
  kebutuhan: Kebutuhan[];
  kasusBuka: KasusRumahtangga[];
  kasusSelesai: KasusRumahtangga[];
  kunjungan: Kunjungan[];
}

type CatatanRumahtangga = Extract<SlrtDoc, { type: 'kepesertaan' | 'kebutuhan' | 'keluhan' | 'usulan' }>;

/** Documents that name the household: participation, needs, complaints, profile-change proposals. */
export function milikRumahtangga(doc: SlrtDoc, rumahtanggaId: string): doc is CatatanRumahtangga {
  return (
    (doc.type === 'kepesertaan' || doc.type === 'kebutuhan' || doc.type === 'keluhan' || doc.type === 'usulan') &&
    'rumahtanggaId' in doc &&
    doc.rumahtanggaId === rumahtanggaId
  );
}

const terbaru = (a: { createdAt: string }, b: { createdAt: string }) => b.createdAt.localeCompare(a.createdAt);

function kunjunganDari(catatan: readonly CatatanRumahtangga[]): Kunjungan[] {
  const perHari = new Map<string, { petugas: Set<string>; jumlah: Kunjungan['jumlah'] }>();
  for (const doc of catatan) {
    // An imported beneficiary list is not a visit.
    if (doc.type === 'kepesertaan' && doc.sumber === 'impor') continue;
    const tanggal = hariIni(new Date(doc.createdAt));
    let hari = perHari.get(tanggal);
    if (!hari) perHari.set(tanggal, (hari = { petugas: new Set(), jumlah: {} }));
    hari.petugas.add(doc.createdBy);
    hari.jumlah[doc.type] = (hari.jumlah[doc.type] ?? 0) + 1;
  }
  return [...perHari.entries()]
    .map(([tanggal, h]) => ({ tanggal, petugas: [...h.petugas].sort(), jumlah: h.jumlah }))
    .sort((a, b) => b.tanggal.localeCompare(a.tanggal));
}

function kasusDari(pembuka: readonly PembukaKasus[], docs: readonly SlrtDoc[]): KasusRumahtangga[] {
  return [...pembuka].sort(terbaru).map((p): KasusRumahtangga => {
    const state = reduceCase(p._id, docs);
    return {
      ...state,
      pembuka: p,
      kodeLacak: 'kodeLacak' in p ? p.kodeLacak : null,
      selesai: state.status !== null && STATUS_SELESAI.has(state.status)
    };
  });
}

/** `pada`: the day ages are counted on (`YYYY-MM-DD`). */
export function profilRumahtangga(rumahtangga: Rumahtangga, docs: readonly SlrtDoc[], pada: string): ProfilRumahtangga {
  const catatan = docs.filter((d): d is CatatanRumahtangga => milikRumahtangga(d, rumahtangga._id));
  const kasus = kasusDari(catatan.filter((d) => d.type !== 'kepesertaan'), docs);
  return {
    rumahtangga,
    anggota: rumahtangga.anggota.map((a) => ({ ...a, umur: umur(a.tanggalLahir, pada) })),
    kepesertaan: catatan.filter((d): d is Kepesertaan => d.type === 'kepesertaan').sort(terbaru),
    kebutuhan: catatan.filter((d): d is Kebutuhan => d.type === 'kebutuhan').sort(terbaru),
    kasusBuka: kasus.filter((k) => !k.selesai),
    kasusSelesai: kasus.filter((k) => k.selesai),
    kunjungan: kunjunganDari(catatan)
  };
}

/**
 * A household proposed on a pre-list, as its page shows it: the proposed members, and the
 * proposal itself as its one case (status, timeline, tracking code). Nothing else can name it
 * until it enters the registry. `docs`: the proposal's reviews and other steps.
 */
export function profilPrelist(usulan: Extract<Usulan, { jenis: 'prelist' }>, docs: readonly SlrtDoc[], pada: string): ProfilRumahtangga {
  const { alamat, noKK, anggota } = usulan.rumahtangga;
  const [kasus] = kasusDari([usulan], [usulan, ...docs]);
  return {
    rumahtangga: { _id: usulan._id, wilayah: usulan.wilayah, alamat, noKK, anggota, statusRegistri: 'prelist', desil: null },
    anggota: anggota.map((a) => ({ ...a, umur: umur(a.tanggalLahir, pada) })),
    kepesertaan: [],
    kebutuhan: [],
    kasusBuka: kasus.selesai ? [] : [kasus],
    kasusSelesai: kasus.selesai ? [kasus] : [],
    kunjungan: []
  };
}

/**
 * A NIK as a screen shows it to whoever looks over the shoulder: the kecamatan of issue and the
 * serial stay, the birth date in between does not (`7401014105800001` → `740101••••••0001`).
 */
export function samarkanNik(nik: string): string {
  return nik.length === 16 ? `${nik.slice(0, 6)}••••••${nik.slice(12)}` : nik;
}
