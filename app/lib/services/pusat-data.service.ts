/**
 * The data center's numbers for an area, from the `pmks/jumlah` view of the user's databases
 * (the kabupaten's for the district desk, the kecamatan's on a field device), and the areas the
 * forms and the drill-down offer (from the area-name files).
 */
import type { UserStore } from '$lib/db/user-store';
import type { TabelAngka } from '$lib/domain/dasbor';
import { hitunganPmks, kueriPmks, kueriPsks, tabelPsks, VIEW_PUSAT_DATA, type HitunganPmks } from '$lib/domain/pusat-data';
import type { JobRole } from '$lib/domain/roles';
import { muatNamaWilayah } from './nama-wilayah';

/**
 * The district desk reads the data center (source 004: open to every agency that handles PMKS):
 * the roles that work on the kabupaten database, where its view is. A Puskesos front office
 * works on its kecamatan's copy on the device, which carries no views: the page says so.
 */
const PEMBACA: readonly JobRole[] = ['manajer', 'back-office', 'admin-kab', 'front-office'];

export function membacaPusatData(jobRole: JobRole | null): boolean {
  return jobRole !== null && PEMBACA.includes(jobRole);
}

export interface PusatData {
  pmks: HitunganPmks[];
  psks: TabelAngka;
}

export async function muatPusatData(store: UserStore, wilayah: string, pada: string): Promise<PusatData> {
  const [pmks, psks] = await Promise.all([
    store.queryView(VIEW_PUSAT_DATA, kueriPmks(wilayah)),
    store.queryView(VIEW_PUSAT_DATA, kueriPsks(wilayah))
  ]);
  return { pmks: hitunganPmks(pmks, pada), psks: tabelPsks(psks) };
}

export interface PilihanWilayah {
  kode: string;
  nama: string;
}

/** The kecamatan and desa of a kabupaten, by name. */
export async function wilayahKabupaten(kabupaten: string): Promise<{ kecamatan: PilihanWilayah[]; desa: PilihanWilayah[] }> {
  const nama = await muatNamaWilayah([kabupaten]);
  const di = (panjang: number) =>
    Object.entries(nama)
      .filter(([kode]) => kode.length === panjang && kode.startsWith(`${kabupaten}.`))
      .map(([kode, n]) => ({ kode, nama: n }))
      .sort((a, b) => a.kode.localeCompare(b.kode));
  return { kecamatan: di(8), desa: di(13) };
}

const KODE = /^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/;

/** The area an address asks for (`?wilayah=`), inside the user's kabupaten `akar`, else the kabupaten. */
export function wilayahDariAlamat(params: URLSearchParams, akar: string): string {
  const w = params.get('wilayah') ?? '';
  return KODE.test(w) && (w === akar || w.startsWith(`${akar}.`)) ? w : akar;
}

/** The query of the data center at `wilayah`, with the type chosen for the area tables. */
export function alamatPusatData(wilayah: string, jenis: string): string {
  const p = new URLSearchParams({ wilayah });
  if (jenis) p.set('jenis', jenis);
  return `?${p}`;
}
