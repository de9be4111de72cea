import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { compactCode } from '../../app/lib/domain/wilayah';

/**
 * The desa codes of a kabupaten, from the region names the install writes for the app
 * (`static/wilayah/<kab>.json`, scripts/regions/build-wilayah-names.ts).
 */
export async function desaKabupaten(kabupaten: string, root = process.cwd()): Promise<Set<string>> {
  const berkas = path.join(root, 'static', 'wilayah', `${compactCode(kabupaten)}.json`);
  let nama: Record<string, string>;
  try {
    nama = JSON.parse(await readFile(berkas, 'utf8')) as Record<string, string>;
  } catch {
    throw new Error(`Daftar wilayah kabupaten ${kabupaten} tidak ditemukan (${berkas}). Periksa kode kabupaten, atau jalankan npm run regions.`);
  }
  return new Set(Object.keys(nama).filter((kode) => kode.split('.').length === 4));
}
