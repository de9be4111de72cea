/**
 * Registry households for item 8's extract, made by the demo generator's own household
 * function (`registryHousehold`: names, NIKs, family cards and ages as the demo has them) but
 * without the ≈5 events the full generator makes around each one, which the extract drops:
 * writing 300,000 rows that way took ≈2 minutes of every run, most of it generating events.
 */
import type { Rumahtangga } from '../../app/lib/domain/household';
import { DEMO_KABUPATEN } from '../demo/accounts';
import type { GenContext } from '../demo/context';
import { split } from '../demo/generate';
import { NameSource } from '../demo/names';
import { NomorIndukAllocator } from '../demo/nomor-induk';
import { Rng, hashString } from '../demo/rng';
import { registryHousehold } from '../demo/rumahtangga';
import { kabupatenStaff, kecamatanStaff } from '../demo/staff';
import { loadKabupaten } from '../demo/wilayah-data';

/** About `jumlah` registry households over every desa of the demo kabupaten, in desa order. */
export async function* rumahtanggaRegistri(seed: number, jumlah: number, now: number): AsyncGenerator<Rumahtangga> {
  const kabupaten = await loadKabupaten(DEMO_KABUPATEN);
  const nomor = new NomorIndukAllocator();
  const kab = kabupatenStaff();
  const perKecamatan = split(jumlah, kabupaten.kecamatan.map((k) => k.desa.length));
  for (const [i, kecamatan] of kabupaten.kecamatan.entries()) {
    const rng = new Rng([seed, hashString(kecamatan.kode)]);
    const ctx: GenContext = { rng, names: new NameSource(rng), nomor, now, kecamatan, staff: kecamatanStaff(kecamatan.kode), kab, katalog: new Map() };
    const perDesa = split(perKecamatan[i], kecamatan.desa.map(() => 0.5 + rng.next()));
    for (const [j, desa] of kecamatan.desa.entries()) {
      for (let serial = 1; serial <= perDesa[j]; serial++) yield registryHousehold(ctx, desa, serial);
    }
  }
}
