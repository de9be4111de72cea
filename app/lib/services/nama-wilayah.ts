/**
 * Names of areas (`74.01.07` → Pomalaa) from the files scripts/regions/build-wilayah-names.ts
 * writes under /wilayah/: one for provinces and kabupaten, one per kabupaten for its kecamatan
 * and desa. Each file is fetched once per page life (the service worker keeps it for offline
 * use); an area whose name cannot be read is shown by its code, which is still correct.
 */
export type NamaWilayah = Readonly<Record<string, string>>;

const berkas = new Map<string, Promise<NamaWilayah>>();

function muatBerkas(nama: string, ambil: typeof fetch): Promise<NamaWilayah> {
  let janji = berkas.get(nama);
  if (!janji) {
    janji = ambil(`/wilayah/${nama}.json`)
      .then((r) => (r.ok ? (r.json() as Promise<NamaWilayah>) : {}))
      .catch(() => ({}));
    // A failed read is not kept: the next page may be online.
    janji.then((isi) => Object.keys(isi).length === 0 && berkas.delete(nama));
    berkas.set(nama, janji);
  }
  return janji;
}

/** The kabupaten files needed for `kode`s: a kabupaten (its kecamatan are in its file) or anything in it. */
function kabupatenDari(kode: readonly string[]): string[] {
  return [...new Set(kode.filter((k) => k.length >= 5).map((k) => k.slice(0, 5).replace('.', '')))];
}

/** Names of every area in `kode` (and everything else in the same files). */
export async function muatNamaWilayah(kode: readonly string[], ambil: typeof fetch = fetch): Promise<NamaWilayah> {
  const isi = await Promise.all([muatBerkas('indonesia', ambil), ...kabupatenDari(kode).map((k) => muatBerkas(k, ambil))]);
  return Object.assign({}, ...isi) as NamaWilayah;
}

export function namaAtauKode(nama: NamaWilayah, kode: string): string {
  return nama[kode] ?? kode;
}
