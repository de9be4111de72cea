import { getDistricts, getRegencies, getVillages } from 'idn-area-data';

/** Official names and codes of one kabupaten (idn-area-data, ODbL). */
export interface Desa {
  kode: string;
  nama: string;
}
export interface Kecamatan {
  kode: string;
  nama: string;
  desa: Desa[];
}
export interface Kabupaten {
  kode: string;
  nama: string;
  kecamatan: Kecamatan[];
}

export class WilayahTidakDikenalError extends Error {
  override name = 'WilayahTidakDikenalError';
}

const loaded = new Map<string, Promise<Kabupaten>>();

/** The kabupaten with all its kecamatan and desa, sorted by code (read once per process). */
export function loadKabupaten(kodeKabupaten: string): Promise<Kabupaten> {
  let kab = loaded.get(kodeKabupaten);
  if (!kab) {
    kab = readKabupaten(kodeKabupaten);
    loaded.set(kodeKabupaten, kab);
    kab.catch(() => loaded.delete(kodeKabupaten));
  }
  return kab;
}

async function readKabupaten(kodeKabupaten: string): Promise<Kabupaten> {
  const [regencies, districts, villages] = await Promise.all([
    getRegencies(),
    getDistricts(),
    getVillages()
  ]);
  const regency = regencies.find((r) => r.code === kodeKabupaten);
  if (!regency) throw new WilayahTidakDikenalError(`Kabupaten ${kodeKabupaten} tidak ada di idn-area-data`);
  const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
  const kecamatan = districts
    .filter((d) => d.regency_code === kodeKabupaten)
    .sort(byCode)
    .map((d) => ({
      kode: d.code,
      nama: d.name,
      desa: villages
        .filter((v) => v.district_code === d.code)
        .sort(byCode)
        .map((v) => ({ kode: v.code, nama: v.name }))
    }));
  return { kode: regency.code, nama: regency.name, kecamatan };
}

/** The kecamatan asked for, in the order asked; every code must belong to the kabupaten. */
export function selectKecamatan(kab: Kabupaten, kodes: readonly string[] | 'semua'): Kecamatan[] {
  if (kodes === 'semua') return kab.kecamatan;
  return kodes.map((kode) => {
    const kec = kab.kecamatan.find((k) => k.kode === kode);
    if (!kec) throw new WilayahTidakDikenalError(`Kecamatan ${kode} tidak ada di ${kab.nama} (${kab.kode})`);
    return kec;
  });
}
