import type { StoredDoc } from '$lib/db/user-store';
import type { SimpanUbahHasil } from '$lib/services/dokumen-ubah';
import type { Problems } from '$lib/services/event-doc';

/**
 * What a form that edits a shared, mutable document shows while it saves (services/dokumen-ubah.ts):
 * the version it edits (`versi`, moved on to the newer one after a conflict, so the next save
 * is judged against what the user has now seen), problems next to fields, the conflicting
 * version, and a failure in words. The form's input is never touched.
 */
export class SimpanUbah<F extends string, D> {
  versi = $state.raw<StoredDoc | null>(null);
  masalah = $state<Problems<F>>({});
  konflik = $state.raw<D | null>(null);
  gagal = $state('');
  menyimpan = $state(false);

  constructor(versi: StoredDoc | null) {
    this.versi = versi;
  }

  /** Runs `simpan` against the current version; the saved id, or null when it did not save. */
  async jalankan(simpan: (versi: StoredDoc | null) => Promise<SimpanUbahHasil<F, D>>, pesanGagal: (pesan: string) => string): Promise<string | null> {
    this.menyimpan = true;
    this.gagal = '';
    try {
      const hasil = await simpan(this.versi);
      if (hasil.ok) {
        this.masalah = {};
        this.konflik = null;
        return hasil.id;
      }
      if ('konflik' in hasil) {
        this.konflik = hasil.konflik;
        this.versi = hasil.konflik as StoredDoc;
      } else this.masalah = hasil.problems;
    } catch (error) {
      this.gagal = pesanGagal(error instanceof Error ? error.message : String(error));
    } finally {
      this.menyimpan = false;
    }
    return null;
  }
}
