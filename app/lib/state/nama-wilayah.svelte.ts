/**
 * Area names for templates: `wilayah.nama('74.01.07')` answers the code at once and the name
 * as soon as its file is read (services/nama-wilayah.ts), re-rendering what showed the code.
 */
import { muatNamaWilayah, namaAtauKode, type NamaWilayah } from '$lib/services/nama-wilayah';

class NamaWilayahState {
  #nama = $state<NamaWilayah>({});
  #diminta = new Set<string>();

  nama(kode: string): string {
    const berkas = kode.length >= 5 ? kode.slice(0, 5) : '';
    if (!this.#diminta.has(berkas)) {
      this.#diminta.add(berkas);
      muatNamaWilayah([kode]).then((n) => {
        if (Object.keys(n).length === 0) this.#diminta.delete(berkas);
        else this.#nama = { ...this.#nama, ...n };
      });
    }
    return namaAtauKode(this.#nama, kode);
  }
}

export const wilayah = new NamaWilayahState();
