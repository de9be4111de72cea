/**
 * Quarterly monitoring (guideline VII): who fills which unit's questionnaire, filling it (on a
 * supervisor's laptop: its kecamatan database, offline, synced later), and the summary of a
 * quarter across the district's units for the manager's dashboard and report.
 */
import type { StoreUser, UserStore } from '$lib/db/user-store';
import { kodeDariKuesionerId, kuesionerBerlaku, semuaPertanyaan, type Kuesioner, type Pertanyaan } from '$lib/domain/kuesioner';
import { ringkasKuesioner, type RingkasanKuesioner } from '$lib/domain/monitoring-ringkasan';
import { kunciUnit, periksaJawaban, terbaruPerUnit, type Monitoring, type NilaiJawaban, type UnitMonitoring } from '$lib/domain/monitoring';
import { areaOfRoles, jobRoleOf, type JobRole } from '$lib/domain/roles';
import { menulis } from './dokumen-ubah';
import { eventHead, simpanDi } from './event-doc';
import type { TabelEkspor } from './ekspor';
import { tabelRingkasan, type TeksTabelMonitoring } from './monitoring-tabel';
import { kecamatanPilihan } from './peringkat.service';

/** Supervisors for their kecamatan and its Puskesos; the district secretariat for the kabupaten. */
export function mengisiMonitoring(jobRole: JobRole | null): boolean {
  return menulis('monitoring', jobRole);
}

/** The district's staff who read the summary (the dashboard's district roles). */
export function melihatRingkasanMonitoring(jobRole: JobRole | null): boolean {
  return jobRole === 'manajer' || jobRole === 'back-office' || jobRole === 'admin-kab';
}

/** The units a user answers for. */
export function unitPengguna(user: StoreUser): UnitMonitoring[] {
  const area = areaOfRoles(user.roles);
  if (jobRoleOf(user.roles) === 'supervisor') {
    return area.kecamatan.flatMap((kode) => [
      { jenis: 'puskesos' as const, kode },
      { jenis: 'kecamatan' as const, kode }
    ]);
  }
  return area.kabupaten.map((kode) => ({ jenis: 'kabupaten' as const, kode }));
}

/**
 * The units a quarter's summary expects an answer from: the Puskesos of every kecamatan of
 * the user's kabupaten, then the kabupaten's secretariat. A kecamatan's own answer is counted
 * when given, but not awaited.
 */
export function unitWajib(user: StoreUser): UnitMonitoring[] {
  return [
    ...kecamatanPilihan(user).map((kode) => ({ jenis: 'puskesos' as const, kode })),
    ...areaOfRoles(user.roles).kabupaten.map((kode) => ({ jenis: 'kabupaten' as const, kode }))
  ];
}

export async function muatKuesioner(store: UserStore): Promise<Kuesioner[]> {
  return (await store.docsOfType('kuesioner')) as Kuesioner[];
}

export async function muatMonitoring(store: UserStore): Promise<Monitoring[]> {
  return (await store.docsOfType('monitoring')) as Monitoring[];
}

/** What a form field holds: the text typed, `ya`/`tidak`, or a choice. */
export type Isian = Record<string, string>;

/** An answer from its field: a number typed with a comma or a point; empty as no answer. */
export function nilaiDariIsian(p: Pertanyaan, isian: string | undefined): NilaiJawaban | undefined {
  const teks = (isian ?? '').trim();
  if (teks === '') return undefined;
  if (p.jenis === 'angka') {
    const n = Number(teks.replace(',', '.'));
    return Number.isFinite(n) ? n : teks;
  }
  if (p.jenis === 'ya-tidak') return teks === 'ya' ? true : teks === 'tidak' ? false : teks;
  return p.jenis === 'teks' ? (isian ?? '') : teks;
}

/** A saved answer back in its fields (to correct it). */
export function isianDariJawaban(m: Pick<Monitoring, 'jawaban'>): Isian {
  return Object.fromEntries(
    Object.entries(m.jawaban).map(([id, nilai]) => [id, typeof nilai === 'boolean' ? (nilai ? 'ya' : 'tidak') : String(nilai)])
  );
}

export type SimpanMonitoringHasil =
  | { ok: true; id: string; lokal: boolean }
  /** Problems by question id; `''` for those of the whole answer. */
  | { ok: false; masalah: Record<string, string> };

/**
 * Saves an answer of `unit` for `periode` as a new event. A unit that answered before gets a
 * correction naming the answer it replaces; the summary counts the latest.
 */
export async function simpanMonitoring(
  store: UserStore,
  input: { kuesioner: Kuesioner; unit: UnitMonitoring; periode: string; isian: Isian; menggantikan?: string },
  now = new Date()
): Promise<SimpanMonitoringHasil> {
  const jawaban: Record<string, NilaiJawaban> = {};
  for (const p of semuaPertanyaan(input.kuesioner)) {
    const nilai = nilaiDariIsian(p, input.isian[p.id]);
    if (nilai !== undefined) jawaban[p.id] = nilai;
  }
  const masalah: Record<string, string> = {};
  for (const m of periksaJawaban(input.kuesioner, { periode: input.periode, jawaban })) {
    const kunci = m.pertanyaanId ?? '';
    masalah[kunci] = masalah[kunci] ? `${masalah[kunci]}; ${m.pesan}` : m.pesan;
  }
  if (Object.keys(masalah).length > 0) return { ok: false, masalah };
  const doc = {
    ...eventHead('monitoring', input.unit.kode, store.user, now),
    kuesionerId: input.kuesioner._id,
    periode: input.periode,
    unit: input.unit,
    ...(input.menggantikan ? { menggantikan: input.menggantikan } : {}),
    jawaban
  };
  const hasil = await simpanDi<string>(store, doc, (path) => (path.startsWith('jawaban.') ? path.slice(8) : ''));
  return hasil.ok ? hasil : { ok: false, masalah: hasil.problems as Record<string, string> };
}

/** The summary of every questionnaire in force for `periode`, over what the store holds. */
export async function muatRingkasan(store: UserStore, periode: string): Promise<RingkasanKuesioner[]> {
  const [kuesioner, monitoring] = await Promise.all([muatKuesioner(store), muatMonitoring(store)]);
  const wajib = unitWajib(store.user);
  return kuesionerBerlaku(kuesioner, periode).map((k) => ringkasKuesioner(k, monitoring, periode, wajib));
}

/** The answer of `unit` for `periode` that counts now, to show and to correct; null if none. */
export function jawabanBerlaku(semua: readonly Monitoring[], kuesioner: Pick<Kuesioner, 'kode'>, unit: UnitMonitoring, periode: string): Monitoring | null {
  const milik = semua.filter(
    (m) => m.periode === periode && kodeDariKuesionerId(m.kuesionerId) === kuesioner.kode && kunciUnit(m.unit) === kunciUnit(unit)
  );
  return terbaruPerUnit(milik)[0] ?? null;
}

/**
 * The quarterly report's monitoring part: every table of each questionnaire's summary for the
 * quarter, titled with its questionnaire. Only district roles hold the answers; anyone else
 * (province, nation: their aggregates hold none) gets no tables.
 */
export async function tabelLaporanMonitoring(store: UserStore, periode: string, teks: TeksTabelMonitoring): Promise<TabelEkspor[]> {
  if (!melihatRingkasanMonitoring(jobRoleOf(store.user.roles))) return [];
  const ringkasan = await muatRingkasan(store, periode);
  return ringkasan.flatMap((r) => tabelRingkasan(r, teks).map((tabel) => ({ ...tabel, judul: `${r.kuesioner.judul}: ${tabel.judul}` })));
}
