/**
 * A visit (kunjungan) to a registry household, or its walk-in at a desk: what the visit page
 * reads (the household, what it receives and needs, the catalogue) and the participation and
 * need recordings, each an immutable event saved at once through the data port.
 */
import { openUserStore, type StoredDoc, type StoreUser, type UserStore } from '$lib/db/user-store';
import { profilOrang, type Rumahtangga } from '$lib/domain/household';
import { layakBelumDiterima } from '$lib/domain/kelayakan';
import type { Kebutuhan } from '$lib/domain/kebutuhan';
import type { Kepesertaan } from '$lib/domain/kepesertaan';
import { dipenuhiKepesertaan, kebutuhanTerbuka } from '$lib/domain/kesenjangan';
import type { Tindaklanjut } from '$lib/domain/tindaklanjut';
import type { HasilVerifikasi } from '$lib/domain/verifikasi';
import { hariIni } from '$lib/domain/nik';
import { compactCode } from '$lib/domain/wilayah';
import type { CatatanIndex } from '$lib/search/catatan-index';
import { eventHead, simpanEvent, type Problems, type SimpanHasil } from './event-doc';
import { muatKatalog, type ProgramPilihan } from './katalog.service';

export interface Kunjungan {
  rumahtangga: Rumahtangga;
  kepesertaan: Kepesertaan[];
  kebutuhan: Kebutuhan[];
  /** Programme responses that met (or took back meeting) one of its needs. */
  pemenuhan: Tindaklanjut[];
  katalog: ProgramPilihan[];
}

type Catatan = { kepesertaan: Kepesertaan[]; kebutuhan: Kebutuhan[]; tindaklanjut: Tindaklanjut[] };

/** On the device: the household's records and its needs' responses, by the ids the record index gives. */
async function catatanPerangkat(store: UserStore, rumahtangga: Rumahtangga, index: CatatanIndex): Promise<Catatan> {
  const milik = await store.getMany(await index.milikRumahtangga(rumahtangga._id, rumahtangga.wilayah.desa as string));
  const kebutuhan = milik.filter((d): d is StoredDoc & Kebutuhan => d.type === 'kebutuhan');
  const peristiwa = await store.getMany(await index.peristiwaKasus(kebutuhan.map((k) => k._id)));
  return {
    kepesertaan: milik.filter((d): d is StoredDoc & Kepesertaan => d.type === 'kepesertaan'),
    kebutuhan,
    tindaklanjut: peristiwa.filter((d): d is StoredDoc & Tindaklanjut => d.type === 'tindaklanjut')
  };
}

/** For remote work: events of a household carry its desa in their ids, so the server reads that desa only. */
async function catatanServer(store: UserStore, rumahtangga: Rumahtangga): Promise<Catatan> {
  const idPrefix = `${compactCode(rumahtangga.wilayah.desa as string)}:`;
  const milik = <D extends { rumahtanggaId: string }>(docs: D[]) => docs.filter((d) => d.rumahtanggaId === rumahtangga._id);
  const [kepesertaan, kebutuhan, tindaklanjut] = await Promise.all([
    store.docsOfType('kepesertaan', { idPrefix }),
    store.docsOfType('kebutuhan', { idPrefix }),
    store.docsOfType('tindaklanjut', { idPrefix })
  ]);
  return { kepesertaan: milik(kepesertaan), kebutuhan: milik(kebutuhan), tindaklanjut };
}

/**
 * The household and its events, or null when the device holds no such household. `index`: the
 * device's record index (search/catatan-index.ts); null for remote work.
 */
export async function muatKunjungan(user: StoreUser, rumahtanggaId: string, index: CatatanIndex | null = null): Promise<Kunjungan | null> {
  const store = openUserStore(user);
  const doc = await store.get(rumahtanggaId);
  if (!doc || doc.type !== 'rumahtangga') return null;
  const rumahtangga = doc as Rumahtangga;
  const [catatan, katalog] = await Promise.all([
    index ? catatanPerangkat(store, rumahtangga, index) : catatanServer(store, rumahtangga),
    muatKatalog(user)
  ]);
  const ids = new Set(catatan.kebutuhan.map((k) => k._id));
  const pemenuhan = catatan.tindaklanjut.filter((t) => t.pemenuhan && ids.has(t.pemenuhan.kebutuhanId));
  return { rumahtangga, kepesertaan: catatan.kepesertaan, kebutuhan: catatan.kebutuhan, pemenuhan, katalog };
}

/** Programmes to offer as needs in one tap: eligible by the catalogue, neither received nor recorded. */
export function saranKebutuhan(k: Kunjungan, pada = hariIni()): ProgramPilihan[] {
  return layakBelumDiterima(
    k.katalog,
    k.rumahtangga,
    { diterima: k.kepesertaan.map((d) => d.programId), dibutuhkan: k.kebutuhan.map((d) => d.programId) },
    pada
  );
}

/** One programme for the household, or for one member (`nik`; empty for the whole household). */
export interface ProgramInput {
  programId: string;
  nik: string;
}

export interface KebutuhanInput extends ProgramInput {
  alasan: string;
}

export type ProgramField = keyof KebutuhanInput;

/** The member concerned, if one, and the sex and disability the dashboards count them by. */
function penerima(input: ProgramInput, rt: Rumahtangga, now: Date): Pick<Kepesertaan, 'nik' | 'profil'> {
  const nik = input.nik.trim();
  return { ...(nik ? { nik } : {}), profil: profilOrang(rt, nik || undefined, now.toISOString()) };
}

/** What the schema cannot know: a member-level programme names its member, who is in the household. */
function periksaPenerima(input: ProgramInput, k: Pick<Kunjungan, 'rumahtangga' | 'katalog'>): Problems<ProgramField> {
  const program = k.katalog.find((p) => p.programId === input.programId);
  if (!program) return { programId: 'Pilih program dari katalog' };
  const nik = input.nik.trim();
  if (program.sasaran === 'anggota' && !nik) return { nik: 'Program ini untuk anggota: pilih anggota yang bersangkutan' };
  if (nik && !k.rumahtangga.anggota.some((a) => a.nik === nik)) return { nik: 'Anggota ini tidak ada di rumah tangga' };
  return {};
}

/** A participation seen on the visit; it meets the household's open needs of that programme (kesenjangan.ts). */
export function kepesertaanDoc(input: ProgramInput, k: Omit<Kunjungan, 'katalog'>, user: StoreUser, now: Date) {
  const rt = k.rumahtangga;
  const dituju = penerima(input, rt, now);
  const memenuhi = dipenuhiKepesertaan(kebutuhanTerbuka(k.kebutuhan, k.kepesertaan, k.pemenuhan), input.programId, dituju.nik);
  return {
    ...eventHead('kepesertaan', rt.wilayah.desa as string, user, now),
    rumahtanggaId: rt._id,
    programId: input.programId,
    ...dituju,
    sumber: 'verifikasi' as const,
    ...(memenuhi.length > 0 ? { memenuhi } : {})
  };
}

export function kebutuhanDoc(input: KebutuhanInput, rt: Rumahtangga, user: StoreUser, now: Date) {
  const alasan = input.alasan.trim();
  return {
    ...eventHead('kebutuhan', rt.wilayah.desa as string, user, now),
    rumahtanggaId: rt._id,
    programId: input.programId,
    ...penerima(input, rt, now),
    ...(alasan ? { alasan } : {})
  };
}

const fieldOf = (path: string): ProgramField | undefined =>
  path === 'programId' || path === 'nik' || path === 'alasan' ? path : undefined;

async function simpanProgram(user: StoreUser, input: ProgramInput, k: Kunjungan, doc: object): Promise<SimpanHasil<ProgramField>> {
  const problems = periksaPenerima(input, k);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return simpanEvent(user, doc, fieldOf);
}

export function simpanKepesertaan(user: StoreUser, input: ProgramInput, k: Kunjungan, now = new Date()) {
  return simpanProgram(user, input, k, kepesertaanDoc(input, k, user, now));
}

export function simpanKebutuhan(user: StoreUser, input: KebutuhanInput, k: Kunjungan, now = new Date()) {
  return simpanProgram(user, input, k, kebutuhanDoc(input, k.rumahtangga, user, now));
}

/**
 * The end of a verification (dashboard item 2): `berubah` with the change proposal saved in it,
 * else the record confirmed (`sesuai`) or the household not found (`tidak-ditemukan`).
 */
export function verifikasiDoc(rt: Rumahtangga, hasil: HasilVerifikasi, usulanId: string | undefined, user: StoreUser, now: Date) {
  return {
    ...eventHead('verifikasi', rt.wilayah.desa as string, user, now),
    rumahtanggaId: rt._id,
    hasil,
    ...(hasil === 'berubah' && usulanId ? { usulanId } : {})
  };
}

export function simpanVerifikasi(user: StoreUser, rt: Rumahtangga, hasil: HasilVerifikasi, usulanId?: string, now = new Date()) {
  return simpanEvent<'hasil'>(user, verifikasiDoc(rt, hasil, usulanId, user, now), (path) => (path === 'hasil' || path === 'usulanId' ? 'hasil' : undefined));
}
