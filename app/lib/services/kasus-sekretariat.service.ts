/**
 * A case at the district secretariat (/kasus/<id>): its opener, household, timeline and
 * catalogue entry, the steps the manager and back office may take, and the event each step
 * writes. Before writing, the case is read again: the step must still fit the flow
 * (`langkahBerikut`), or someone else acted first and the user is told so.
 */
import type { UserStore } from '$lib/db/user-store';
import { langkahBerikut, reduceCase, STATUS_KASUS_LABEL, type CaseState, type Langkah, type PembukaKasus } from '$lib/domain/case-state';
import type { Rumahtangga } from '$lib/domain/household';
import type { Kebutuhan } from '$lib/domain/kebutuhan';
import type { Keluhan } from '$lib/domain/keluhan';
import type { Program } from '$lib/domain/program';
import type { JobRole } from '$lib/domain/roles';
import { pilihanTujuan, RoutingError, type RuteRujukan } from '$lib/domain/routing';
import { pemenuhanLangsung, terpenuhiDalamKasus } from '$lib/domain/kesenjangan';
import { isiRujukan } from '$lib/domain/rujukan';
import { hariPenyelesaian } from '$lib/domain/tindaklanjut';
import type { SlrtDoc } from '$lib/domain/schemas';
import type { Usulan } from '$lib/domain/usulan';
import { compactCode } from '$lib/domain/wilayah';
import { eventHead, kasusHead, simpanDi, type SimpanHasil } from './event-doc';
import { STATUS_PAPAN } from './papan-rujukan.service';

export interface HalamanKasus {
  kasus: CaseState & { status: NonNullable<CaseState['status']>; pembukaTerkini: PembukaKasus };
  rumahtangga: Rumahtangga | null;
  /** The catalogue entry of the case's programme; null when it has none (a proposal) or the catalogue lacks it. */
  program: Program | null;
  /** The district's whole catalogue, for choosing another destination. */
  katalog: Program[];
  /** Registry proposals opened from this complaint (`kasusTerkait`). */
  usulanTerkait: Usulan[];
  /** A need's case whose events already meet the need (kesenjangan.ts): referring or handling it again must not meet it twice. */
  kebutuhanTerpenuhi: boolean;
}

export class AksiTidakBerlakuError extends Error {
  override name = 'AksiTidakBerlakuError';
}

function dokumenDari(rows: { doc?: unknown }[]): SlrtDoc[] {
  return rows.flatMap((r) => (r.doc ? [r.doc as SlrtDoc] : []));
}

/** Case `kasusId` with what its page shows, or null when the opener is not in the user's databases. */
export async function bacaKasus(store: UserStore, kasusId: string): Promise<HalamanKasus | null> {
  const rows = await store.queryView('kasus/peristiwa', { startkey: [kasusId], endkey: [kasusId, {}], include_docs: true });
  const peristiwa = dokumenDari(rows);
  const kasus = reduceCase(kasusId, peristiwa);
  if (!kasus.pembukaTerkini || !kasus.status) return null;
  const pembuka = kasus.pembukaTerkini;
  const rumahtanggaId = 'rumahtanggaId' in pembuka ? pembuka.rumahtanggaId : undefined;
  const [rt, katalog, usulan] = await Promise.all([
    rumahtanggaId ? store.get(rumahtanggaId) : null,
    store.docsOfType('program'),
    pembuka.type === 'keluhan' ? store.docsOfType('usulan', { idPrefix: compactCode(pembuka.wilayah.kecamatan as string) }) : []
  ]);
  const programId = 'programId' in pembuka ? pembuka.programId : undefined;
  return {
    kasus: { ...kasus, status: kasus.status, pembukaTerkini: pembuka },
    rumahtangga: rt?.type === 'rumahtangga' ? rt : null,
    program: katalog.find((p) => p.programId === programId) ?? null,
    katalog,
    usulanTerkait: usulan.filter((u) => u.kasusTerkait === kasusId),
    kebutuhanTerpenuhi: pembuka.type === 'kebutuhan' && terpenuhiDalamKasus(pembuka, peristiwa)
  };
}

/** `boleh`: the user may; `bukan-peran`: the flow allows it, but not for this role (shown disabled). */
export type Izin = 'boleh' | 'bukan-peran';
export interface AksiKasus {
  rujuk?: Izin;
  tanganiLangsung?: Izin;
  tolak?: Izin;
  banding?: Izin;
  /** The manager's decision on a registry proposal before the SIKS-NG export: accept or send back. */
  putusUsulan?: Izin;
  /** The registry proposal a kepesertaan complaint implies, while it has none. */
  usulanRegistri?: 'prelist' | 'perubahan-data';
}

const RUJUK: Langkah = { type: 'rujukan' };
const TANGANI: Langkah = { type: 'tindaklanjut', hasil: 'ditangani-langsung' };
const TOLAK: Langkah = { type: 'review', tahap: 'manajer', keputusan: 'tolak' };
const BANDING: Langkah = { type: 'banding' };
const TERIMA_USULAN: Langkah = { type: 'review', tahap: 'manajer', keputusan: 'setuju' };

function izin(h: HalamanKasus, langkah: Langkah, peranBoleh: boolean): Izin | undefined {
  if (langkahBerikut(h.kasus.status, langkah) === null) return undefined;
  return peranBoleh ? 'boleh' : 'bukan-peran';
}

/** What `jobRole` may do with the case now. Only the manager refers and rejects; both handle and reopen. */
export function aksiKasus(h: HalamanKasus, jobRole: JobRole | null): AksiKasus {
  const sekretariat = jobRole === 'manajer' || jobRole === 'back-office';
  if (!sekretariat) return {};
  const manajer = jobRole === 'manajer';
  const pembuka = h.kasus.pembukaTerkini;
  const dirujukkan = pembuka.type !== 'usulan';
  const aksi: AksiKasus = {
    ...(dirujukkan
      ? { rujuk: izin(h, RUJUK, manajer), tanganiLangsung: izin(h, TANGANI, true) }
      : { putusUsulan: izin(h, TERIMA_USULAN, manajer) }),
    tolak: izin(h, TOLAK, manajer),
    banding: izin(h, BANDING, true)
  };
  if (pembuka.type === 'keluhan' && pembuka.kategori === 'kepesertaan' && h.usulanTerkait.length === 0 && STATUS_PAPAN.includes(h.kasus.status)) {
    aksi.usulanRegistri = pembuka.rumahtanggaId ? 'perubahan-data' : 'prelist';
  }
  return Object.fromEntries(Object.entries(aksi).filter(([, v]) => v !== undefined)) as AksiKasus;
}

export type TujuanPilihan = RuteRujukan & { programId: string };

export interface PilihanRujukan {
  /** What the routing table (or the programme's catalogue entry) proposes, the usual one first. */
  usulan: TujuanPilihan[];
  /** Every other destination of the catalogue. */
  lain: TujuanPilihan[];
  /** Why nothing can be proposed (a programme the catalogue lacks). */
  masalah?: string;
}

function rutePembuka(pembuka: Keluhan | Kebutuhan, program: Program | null): RuteRujukan[] {
  if (pembuka.type === 'keluhan') return pilihanTujuan({ kategori: pembuka.kategori, programId: pembuka.programId }, program ?? undefined);
  if (!program) throw new RoutingError(`Program "${pembuka.programId}" tidak ada di katalog kabupaten: tujuan rujukannya belum dapat ditentukan`);
  return [{ tujuan: program.tujuanRujukan.id, namaTujuan: program.tujuanRujukan.nama, kanal: program.kanal }];
}

const kunci = (t: TujuanPilihan) => `${t.programId}/${t.tujuan}`;

/** Where the case may be referred: kepesertaan → Pokja Data Terpadu via SIKS-NG; otherwise per programme. */
export function pilihanRujukan(h: HalamanKasus): PilihanRujukan {
  const pembuka = h.kasus.pembukaTerkini;
  if (pembuka.type === 'usulan') return { usulan: [], lain: [] };
  let usulan: TujuanPilihan[] = [];
  let masalah: string | undefined;
  try {
    usulan = rutePembuka(pembuka, h.program).map((r) => ({ ...r, programId: pembuka.programId }));
  } catch (error) {
    if (!(error instanceof RoutingError)) throw error;
    masalah = error.message;
  }
  const diusulkan = new Set(usulan.map(kunci));
  const lain = h.katalog
    .map((p) => ({ programId: p.programId, tujuan: p.tujuanRujukan.id, namaTujuan: p.tujuanRujukan.nama, kanal: p.kanal }))
    .filter((t) => !diusulkan.has(kunci(t)))
    .sort((a, b) => a.namaTujuan.localeCompare(b.namaTujuan, 'id'));
  return { usulan, lain, ...(masalah ? { masalah } : {}) };
}

/** Whether the referral carries who the household is: with its consent only (asked at intake). */
export function denganIdentitas(h: HalamanKasus): boolean {
  const pembuka = h.kasus.pembukaTerkini;
  return pembuka.type !== 'usulan' && isiRujukan(pembuka, h.rumahtangga ?? undefined).pemohon !== undefined;
}

/** The case read again, refusing a step the flow or the role no longer allows. */
async function kasusUntuk(store: UserStore, kasusId: string, aksi: keyof AksiKasus): Promise<HalamanKasus> {
  const h = await bacaKasus(store, kasusId);
  if (!h) throw new AksiTidakBerlakuError(`Kasus ${kasusId} tidak ditemukan`);
  const izinnya = aksiKasus(h, store.placement.jobRole)[aksi];
  if (izinnya === 'bukan-peran') throw new AksiTidakBerlakuError('Langkah ini bukan untuk peran Anda');
  if (!izinnya) {
    throw new AksiTidakBerlakuError(
      `Kasus ini sekarang berstatus "${STATUS_KASUS_LABEL[h.kasus.status]}": langkah ini tidak berlaku lagi. Muat ulang halaman.`
    );
  }
  return h;
}

function kepala(s: UserStore, h: HalamanKasus, type: 'rujukan' | 'tindaklanjut' | 'review' | 'banding', now: Date) {
  return { ...eventHead(type, h.kasus.pembukaTerkini.wilayah.desa as string, s.user, now), kasusId: h.kasus.kasusId };
}

/** The one text of a step (note, response, reason): its problem shows next to it. */
export type IsianTeks = 'teks';
const keTeks = (path: string): IsianTeks | undefined => (['catatan', 'tanggapan', 'alasan'].includes(path) ? 'teks' : undefined);

async function tulis(s: UserStore, kasusId: string, aksi: keyof AksiKasus, isi: (h: HalamanKasus) => object): Promise<SimpanHasil<IsianTeks>> {
  return simpanDi(s, isi(await kasusUntuk(s, kasusId, aksi)), keTeks);
}

/** A referral's content without the need once the need is met: its acceptance must not meet it again (kesenjangan.ts). */
function tanpaKebutuhanTerpenuhi<T extends { kebutuhan?: unknown }>(isi: T, terpenuhi: boolean): T {
  if (!terpenuhi) return isi;
  const { kebutuhan: _, ...tanpa } = isi;
  return tanpa as T;
}

/** Refers the case to `tujuan`, with the household's identity only when it consented. */
export function rujuk(s: UserStore, kasusId: string, tujuan: TujuanPilihan, catatan: string, now = new Date()) {
  return tulis(s, kasusId, 'rujuk', (h) => {
    const pembuka = h.kasus.pembukaTerkini as Keluhan | Kebutuhan;
    const teks = catatan.trim();
    const { programId, tujuan: id, namaTujuan, kanal } = tujuan;
    return {
      ...kepala(s, h, 'rujukan', now),
      programId,
      tujuan: id,
      namaTujuan,
      kanal,
      ...(teks ? { catatan: teks } : {}),
      ...tanpaKebutuhanTerpenuhi(isiRujukan(pembuka, h.rumahtangga ?? undefined), h.kebutuhanTerpenuhi)
    };
  });
}

/** Back office (or the manager) resolves the case at the secretariat, with its response. */
export function tanganiLangsung(s: UserStore, kasusId: string, tanggapan: string, now = new Date()) {
  return tulis(s, kasusId, 'tanganiLangsung', (h) => {
    const pembuka = h.kasus.pembukaTerkini;
    const programId = pembuka && pembuka.type !== 'usulan' ? { programId: pembuka.programId } : {};
    const hari = hariPenyelesaian(pembuka.createdAt, 'ditangani-langsung', now);
    const pemenuhan = pemenuhanLangsung(pembuka, h.kebutuhanTerpenuhi);
    return { ...kepala(s, h, 'tindaklanjut', now), ...programId, hasil: 'ditangani-langsung', tanggapan: tanggapan.trim(), ...hari, ...pemenuhan };
  });
}

/** The manager rejects what the supervisor approved, with the reason. */
export function tolak(s: UserStore, kasusId: string, catatan: string, now = new Date()) {
  return tulis(s, kasusId, 'tolak', (h) => ({ ...kepala(s, h, 'review', now), tahap: 'manajer', keputusan: 'tolak', catatan: catatan.trim() }));
}

/** The manager accepts a registry proposal (it then waits for the SIKS-NG export) or sends it back with a note. */
export function putuskanUsulan(s: UserStore, kasusId: string, keputusan: 'setuju' | 'kembalikan', catatan: string, now = new Date()) {
  const teks = catatan.trim();
  return tulis(s, kasusId, 'putusUsulan', (h) => ({ ...kepala(s, h, 'review', now), tahap: 'manajer', keputusan, ...(teks ? { catatan: teks } : {}) }));
}

/** A closed case is opened again (appeal): it goes back to the supervisor. */
export function banding(s: UserStore, kasusId: string, alasan: string, now = new Date()) {
  return tulis(s, kasusId, 'banding', (h) => ({ ...kepala(s, h, 'banding', now), alasan: alasan.trim() }));
}

export interface BarisPerubahan {
  field: string;
  sebelum: string;
  sesudah: string;
}
export type IsianPerubahan = 'perubahan';

/** The registry change a kepesertaan complaint of a registry household implies, linked to it. */
export async function usulkanPerubahan(s: UserStore, kasusId: string, baris: readonly BarisPerubahan[], now = new Date()): Promise<SimpanHasil<IsianPerubahan>> {
  const h = await kasusUntuk(s, kasusId, 'usulanRegistri');
  const rt = h.rumahtangga;
  if (!rt) throw new AksiTidakBerlakuError('Rumah tangga keluhan ini tidak ditemukan di registri');
  const perubahan = baris
    .map((b) => ({ field: b.field.trim(), sebelum: b.sebelum.trim() || null, sesudah: b.sesudah.trim() }))
    .filter((b) => b.field || b.sesudah);
  const doc = { ...kasusHead('usulan', rt.wilayah.desa as string, s.user, now), jenis: 'perubahan-data', rumahtanggaId: rt._id, perubahan, kasusTerkait: kasusId };
  return simpanDi(s, doc, (path) => (path.startsWith('perubahan') ? 'perubahan' : undefined));
}
