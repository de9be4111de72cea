/**
 * The district administrator's calls to `/api/pengguna` (couch/server/pengguna.ts). User
 * administration changes `_users` on the server, so it needs the network: nothing is kept on the
 * device. Each form is checked first with the same schema the server uses, so a mistake shows
 * next to its field without a round trip; the server's own refusals come back as `PenggunaError`.
 */
import type { z } from 'zod';
import {
  penggantiSchema,
  penggunaBaruSchema,
  profilPenggunaSchema,
  setelSandiSchema,
  type RingkasanPengguna
} from '$lib/domain/pengguna';
import type { UserStore } from '$lib/db/user-store';
import type { Jejak } from '$lib/domain/jejak';
import type { JobRole } from '$lib/domain/roles';
import { pesanIndonesia } from '$lib/domain/schemas';
import { cocokPencarian } from '$lib/domain/teks';

export interface Tempat {
  kode: string;
  nama: string;
}

export interface DataPengguna {
  kabupaten: string;
  kecamatan: (Tempat & { desa: Tempat[] })[];
  /** Programme ids with a referral inbox in the district. */
  program: string[];
  pengguna: RingkasanPengguna[];
}

/** Problems by field (`name`, `password`, `kecamatan`, …); `''` for the whole form. */
export type MasalahIsian = Record<string, string>;

/**
 * A refusal: `status` 0 when the server could not be reached; `reason` is the server's words
 * (Bahasa Indonesia); `masalah` the field problems of a 400.
 */
export class PenggunaError extends Error {
  override name = 'PenggunaError';
  constructor(
    readonly status: number,
    readonly reason: string,
    readonly masalah: MasalahIsian = {}
  ) {
    super(reason);
  }
}

export type Hasil<T> = { ok: true; data: T } | { ok: false; masalah: MasalahIsian };

const TAK_TERHUBUNG = 'Server tidak dapat dihubungi. Pengelolaan pengguna memerlukan koneksi internet; coba lagi setelah tersambung.';

function masalahOf(issues: readonly { path: string; message: string }[]): MasalahIsian {
  const masalah: MasalahIsian = {};
  for (const issue of issues) masalah[issue.path] ??= issue.message;
  return masalah;
}

async function kirim<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/pengguna${path}`, {
      method,
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  } catch {
    throw new PenggunaError(0, TAK_TERHUBUNG);
  }
  const isi = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return isi as T;
  const reason = typeof isi.reason === 'string' ? isi.reason : `HTTP ${response.status}`;
  const issues = Array.isArray(isi.issues) ? (isi.issues as { path: string; message: string }[]) : [];
  throw new PenggunaError(response.status, reason, masalahOf(issues));
}

/**
 * Checks `input` with `schema`, then sends it; field problems (the form's or the server's)
 * come back as `masalah`, any other refusal throws `PenggunaError`.
 */
async function periksaLaluKirim<S extends z.ZodType, T>(schema: S, input: unknown, send: (valid: z.infer<S>) => Promise<T>): Promise<Hasil<T>> {
  const parsed = schema.safeParse(input, { error: pesanIndonesia });
  if (!parsed.success) {
    return { ok: false, masalah: masalahOf(parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))) };
  }
  try {
    return { ok: true, data: await send(parsed.data) };
  } catch (error) {
    if (error instanceof PenggunaError && Object.keys(error.masalah).length > 0) return { ok: false, masalah: error.masalah };
    throw error;
  }
}

const jalur = (name: string, aksi = '') => `/${encodeURIComponent(name)}${aksi}`;

export function muatPengguna(): Promise<DataPengguna> {
  return kirim('GET', '');
}

export function buatPengguna(input: unknown): Promise<Hasil<RingkasanPengguna>> {
  return periksaLaluKirim(penggunaBaruSchema, input, async (v) => (await kirim<{ pengguna: RingkasanPengguna }>('POST', '', v)).pengguna);
}

export function ubahPengguna(name: string, input: unknown): Promise<Hasil<RingkasanPengguna>> {
  return periksaLaluKirim(profilPenggunaSchema, input, async (v) => (await kirim<{ pengguna: RingkasanPengguna }>('PUT', jalur(name), v)).pengguna);
}

export async function nonaktifkanPengguna(name: string): Promise<RingkasanPengguna> {
  return (await kirim<{ pengguna: RingkasanPengguna }>('POST', jalur(name, '/nonaktif'))).pengguna;
}

/** A deactivated user back at work, with the roles it had and a new password to pass on. */
export function aktifkanPengguna(name: string, password: string): Promise<Hasil<RingkasanPengguna>> {
  return periksaLaluKirim(setelSandiSchema, { password }, async (v) => (await kirim<{ pengguna: RingkasanPengguna }>('POST', jalur(name, '/aktifkan'), v)).pengguna);
}

export function setelSandi(name: string, password: string): Promise<Hasil<true>> {
  return periksaLaluKirim(setelSandiSchema, { password }, async (v) => (await kirim('POST', jalur(name, '/kata-sandi'), v), true as const));
}

export interface HasilGanti {
  pendahulu: RingkasanPengguna;
  pengganti: RingkasanPengguna;
}

export function gantiPengguna(name: string, pengganti: unknown): Promise<Hasil<HasilGanti>> {
  return periksaLaluKirim(penggantiSchema, pengganti, (v) => kirim<HasilGanti>('POST', jalur(name, '/ganti'), v));
}

export interface Saringan {
  cari: string;
  peran: JobRole | '';
  kecamatan: string;
  status: 'aktif' | 'nonaktif' | '';
}

/** The users a filter keeps: by user name or full name, role, kecamatan and status. */
export function saringPengguna(daftar: readonly RingkasanPengguna[], s: Saringan): RingkasanPengguna[] {
  return daftar.filter(
    (p) =>
      cocokPencarian(s.cari, [p.name, p.displayName]) &&
      (!s.peran || p.jobRole === s.peran) &&
      (!s.kecamatan || p.kecamatan.includes(s.kecamatan)) &&
      (!s.status || p.aktif === (s.status === 'aktif'))
  );
}

/**
 * What the district's administrators did to one account (the `jejak` audit trail in the
 * kabupaten database), newest first: as its replacement too, so a successor's history shows
 * whom it took over from.
 */
export async function riwayatAkun(store: UserStore, name: string): Promise<Jejak[]> {
  const jejak = (await store.docsOfType('jejak')) as Jejak[];
  return jejak.filter((j) => j.pengguna === name || j.pengganti === name).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export interface CakupanKecamatan {
  kecamatan: Tempat;
  /** The active supervisors whose area holds it: they review its submissions and sync its data. */
  supervisor: RingkasanPengguna[];
}

/**
 * Which kecamatan each supervisor covers, kecamatan by kecamatan (the guideline's three
 * supervisors per district share them out): a kecamatan without one has nobody reviewing it.
 */
export function cakupanSupervisor(data: Pick<DataPengguna, 'kecamatan' | 'pengguna'>): CakupanKecamatan[] {
  const supervisor = data.pengguna.filter((p) => p.aktif && p.jobRole === 'supervisor');
  return data.kecamatan.map((k) => ({ kecamatan: { kode: k.kode, nama: k.nama }, supervisor: supervisor.filter((s) => s.kecamatan.includes(k.kode)) }));
}
