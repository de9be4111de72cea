/**
 * The registry import as the district's manager or administrator runs it in the browser: the
 * file stays on the device and is read streaming (impor/), households go straight to the
 * server's kabupaten database (not through the device's copy, which would then hold a whole
 * extract waiting to sync), and mapping presets stay on the device.
 */
import { GudangHttp } from '$lib/db/gudang-registri';
import { kabupatenDb } from '$lib/domain/databases';
import type { JobRole } from '$lib/domain/roles';
import { bukaBaris, jenisBerkas } from '$lib/impor/berkas';
import { imporRegistri, type HasilImpor, type Kemajuan } from '$lib/impor/impor-registri';
import { petaOtomatis, type PetaKolom } from '$lib/impor/kolom';
import { bacaJudul } from '$lib/impor/pindai';
import { sumberDariBlob, type BarisBerkas } from '$lib/impor/sumber';
import { csvDari, namaBerkas, unduhBerkas, xlsxDari, type FormatEkspor } from './ekspor';
import { tabelHilang, tabelMasalah, tabelRingkasan } from './laporan-impor';
import { muatNamaWilayah } from './nama-wilayah';

/** Roles that load the registry: the rumahtangga writers of doc-types.ts. */
export function mengimporRegistri(jobRole: JobRole | null): boolean {
  return jobRole === 'manajer' || jobRole === 'admin-kab';
}

export interface BerkasImpor {
  nama: string;
  baris: () => AsyncIterable<BarisBerkas>;
  judul: string[];
  petaAwal: PetaKolom;
}

export async function bukaBerkasImpor(file: File): Promise<BerkasImpor> {
  const baris = await bukaBaris(sumberDariBlob(file), jenisBerkas(file.name));
  const { judul } = await bacaJudul(baris());
  return { nama: file.name, baris, judul, petaAwal: petaOtomatis(judul) };
}

export interface Pengimpor {
  name: string;
  jobRole: JobRole | null;
  kabupaten: string;
}

async function desaKabupaten(kabupaten: string): Promise<Set<string>> {
  const nama = await muatNamaWilayah([kabupaten]);
  const desa = Object.keys(nama).filter((k) => k.startsWith(`${kabupaten}.`) && k.split('.').length === 4);
  if (desa.length === 0) throw new Error('Daftar desa kabupaten belum dapat dibaca. Periksa koneksi, lalu coba lagi.');
  return new Set(desa);
}

export async function jalankanImpor(
  berkas: BerkasImpor,
  peta: PetaKolom,
  oleh: Pengimpor,
  percobaan: boolean,
  kemajuan: (k: Kemajuan) => void
): Promise<HasilImpor> {
  return imporRegistri({
    berkas: berkas.nama,
    baris: berkas.baris,
    peta,
    kabupaten: oleh.kabupaten,
    desaDikenal: await desaKabupaten(oleh.kabupaten),
    gudang: new GudangHttp(`/db/${kabupatenDb(oleh.kabupaten)}`, { credentials: 'include' }),
    oleh: oleh.name,
    ...(oleh.jobRole ? { peran: oleh.jobRole } : {}),
    percobaan,
    kemajuan
  });
}

export async function unduhLaporan(hasil: HasilImpor, berkas: string, format: FormatEkspor): Promise<void> {
  const nama = namaBerkas(`laporan impor ${berkas.replace(/\.[^.]+$/, '')}`, format);
  const isi = format === 'csv' ? new Blob([csvDari(tabelMasalah(hasil))], { type: 'text/csv;charset=utf-8' }) : await xlsxDari(tabelRingkasan(hasil, berkas), tabelMasalah(hasil), tabelHilang(hasil));
  unduhBerkas(isi, nama);
}

const KUNCI_PETA = 'slrt.peta-impor';

/** Column mappings saved on this device, by name. */
export function petaTersimpan(): Record<string, PetaKolom> {
  try {
    return JSON.parse(localStorage.getItem(KUNCI_PETA) ?? '{}') as Record<string, PetaKolom>;
  } catch {
    return {};
  }
}

export function simpanPeta(nama: string, peta: PetaKolom): void {
  localStorage.setItem(KUNCI_PETA, JSON.stringify({ ...petaTersimpan(), [nama]: peta }));
}

export function hapusPeta(nama: string): void {
  const { [nama]: _dihapus, ...sisa } = petaTersimpan();
  localStorage.setItem(KUNCI_PETA, JSON.stringify(sisa));
}

/** A preset as the JSON file `npm run import -- --peta` reads. */
export function unduhPeta(nama: string, peta: PetaKolom): void {
  unduhBerkas(new Blob([JSON.stringify(peta, null, 2)], { type: 'application/json' }), namaBerkas(nama, 'json'));
}
