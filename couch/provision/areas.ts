/**
 * Official area codes and names from idn-area-data (Kemendagri; ODbL). Node only: the package
 * reads CSV files from disk.
 */
import { getDistricts, getRegencies, getVillages } from 'idn-area-data';

export interface Area {
  code: string;
  name: string;
}

export class UnknownAreaError extends Error {
  override name = 'UnknownAreaError';
}

export async function kabupatenOfProvinsi(kodeProvinsi: string): Promise<Area[]> {
  const all = await getRegencies();
  const found = all.filter((r) => r.province_code === kodeProvinsi).map(({ code, name }) => ({ code, name }));
  if (found.length === 0) throw new UnknownAreaError(`Provinsi dengan kode ${kodeProvinsi} tidak dikenal.`);
  return found;
}

export async function kabupaten(kodeKabupaten: string): Promise<Area> {
  const found = (await getRegencies()).find((r) => r.code === kodeKabupaten);
  if (!found) throw new UnknownAreaError(`Kabupaten/kota dengan kode ${kodeKabupaten} tidak dikenal.`);
  return { code: found.code, name: found.name };
}

export async function kecamatanOfKabupaten(kodeKabupaten: string): Promise<Area[]> {
  const all = await getDistricts();
  return all.filter((d) => d.regency_code === kodeKabupaten).map(({ code, name }) => ({ code, name }));
}

export async function desaOfKecamatan(kodeKecamatan: string): Promise<Area[]> {
  const all = await getVillages();
  return all.filter((v) => v.district_code === kodeKecamatan).map(({ code, name }) => ({ code, name }));
}
