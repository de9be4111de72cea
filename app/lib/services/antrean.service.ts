/**
 * The supervisor's review (issue 5): the four queues of the kecamatan, one submission beside the
 * household's record, and the decision as a `review` event. The supervisor holds the kecamatan
 * database on the laptop, so the queues come from its local view (`antrean/kasus`: each case's
 * opener and steps, without documents, in one range of the kecamatan) and work offline; a decision is saved on the device and goes up with the sync like any other record.
 */
import { statusOf } from '$lib/db/errors';
import type { StoredDoc, StoreUser, UserStore } from '$lib/db/user-store';
import {
  antrean,
  ANTREAN_SUPERVISOR,
  dataAntrean,
  type AntreanSupervisor,
  type BarisKasus,
  type JenisPengajuan,
  type Pengajuan,
  type SaringanAntrean
} from '$lib/domain/antrean';
import { reduceCase, type CaseState, type PembukaKasus, type StatusKasus } from '$lib/domain/case-state';
import type { Duplikat } from '$lib/domain/duplikat';
import type { Rumahtangga } from '$lib/domain/household';
import type { JobRole } from '$lib/domain/roles';
import type { Review } from '$lib/domain/review';
import type { SlrtDoc } from '$lib/domain/schemas';
import type { RegistriIndex } from '$lib/search/registri-index';
import { eventHead, simpanEvent, type SimpanHasil } from './event-doc';
import { duplikatPrelist } from './prelist.service';

export { ANTREAN_SUPERVISOR, hariTerbuka, jumlahPerAntrean, type AntreanSupervisor, type Pengajuan } from '$lib/domain/antrean';

/** Only a kecamatan supervisor reviews the facilitators' submissions. */
export function meninjauPengajuan(jobRole: JobRole | null): boolean {
  return jobRole === 'supervisor';
}

export interface DataAntrean {
  pengajuan: Pengajuan[];
  status: ReadonlyMap<string, StatusKasus>;
}


/**
 * Every submission of kecamatan `kecamatan` (dotted) and the status of every case it holds; null
 * while the views have not reached the device (they come with the first download of the kecamatan).
 */
export async function muatAntrean(store: UserStore, kecamatan: string): Promise<DataAntrean | null> {
  try {
    return dataAntrean(await store.queryView<BarisKasus['value']>('antrean/kasus', { startkey: [kecamatan], endkey: [kecamatan, {}] }));
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
}

/** What waits on the supervisor, oldest first, narrowed by `saring`. */
export function menungguSupervisor(data: DataAntrean, saring: SaringanAntrean = {}): Pengajuan[] {
  return antrean(data.pengajuan, data.status, 'diajukan', saring);
}

/** What a submission is, as the queues name it. */
export function jenisPengajuan(pembuka: PembukaKasus): JenisPengajuan {
  return pembuka.type === 'usulan' ? pembuka.jenis : pembuka.type;
}

/** The supervisor's queue a submission waits in. */
export function antreanOf(jenis: JenisPengajuan): AntreanSupervisor {
  const semua = Object.entries(ANTREAN_SUPERVISOR) as [AntreanSupervisor, readonly JenisPengajuan[]][];
  return (semua.find(([, daftar]) => daftar.includes(jenis)) ?? semua[0])[0];
}

/** The review page: the case (its opener as corrected), the household it concerns, duplicates of a pre-list. */
export interface KasusTinjauan {
  kasus: CaseState;
  rumahtangga: Rumahtangga | null;
  duplikat: Duplikat[];
}

/**
 * Case `kasusId` from its documents in the `kasus/peristiwa` view; null while its opener is not
 * here. `indeks`, the device's registry index, answers a pre-list's duplicate check without
 * reading the registry again.
 */
export async function bacaKasus(store: UserStore, kasusId: string, indeks: RegistriIndex | null = null): Promise<KasusTinjauan | null> {
  const rows = await store.queryView('kasus/peristiwa', { startkey: [kasusId], endkey: [kasusId, {}], include_docs: true });
  const docs: SlrtDoc[] = rows.flatMap((r) => (r.doc ? [r.doc] : []));
  const kasus = reduceCase(kasusId, docs);
  const pembuka = kasus.pembukaTerkini;
  if (!pembuka) return null;
  const rumahtanggaId = 'rumahtanggaId' in pembuka ? pembuka.rumahtanggaId : undefined;
  const doc: StoredDoc | null = rumahtanggaId ? await store.get(rumahtanggaId) : null;
  const duplikat = pembuka.type === 'usulan' && pembuka.jenis === 'prelist' ? await duplikatPrelist(store, pembuka, indeks) : [];
  return { kasus, rumahtangga: doc?.type === 'rumahtangga' ? doc : null, duplikat };
}

export type Keputusan = Review['keputusan'];
export type KeputusanField = 'catatan';

/** The supervisor's decision on one case, as saved: its wilayah is the case opener's desa. */
export function reviewDoc(pengajuan: Pick<Pengajuan, 'kasusId' | 'desa'>, keputusan: Keputusan, catatan: string, user: StoreUser, now: Date) {
  const teks = catatan.trim();
  return {
    ...eventHead('review', pengajuan.desa, user, now),
    kasusId: pengajuan.kasusId,
    tahap: 'supervisor' as const,
    keputusan,
    ...(teks ? { catatan: teks } : {})
  };
}

/** Saves one decision; a return or a rejection without a note comes back as a problem of `catatan`. */
export function simpanKeputusan(
  user: StoreUser,
  pengajuan: Pick<Pengajuan, 'kasusId' | 'desa'>,
  keputusan: Keputusan,
  catatan: string,
  now = new Date()
): Promise<SimpanHasil<KeputusanField>> {
  return simpanEvent(user, reviewDoc(pengajuan, keputusan, catatan, user, now), (path) => (path === 'catatan' ? 'catatan' : undefined));
}

/** Batch approval of routine items: each case gets its own review event. Returns how many were saved. */
export async function setujuiSemua(user: StoreUser, daftar: readonly Pick<Pengajuan, 'kasusId' | 'desa'>[], now = new Date()): Promise<number> {
  let tersimpan = 0;
  for (const p of daftar) {
    const hasil = await simpanKeputusan(user, p, 'setuju', '', now);
    if (hasil.ok) tersimpan++;
  }
  return tersimpan;
}
