import type { Hasil, MasalahIsian } from '$lib/services/pengguna.service';

/**
 * One form's round trip to `/api/pengguna`: busy while it runs, field problems where they
 * belong, and any other refusal (or a lost connection) in words above the form — never silent.
 */
export class Pengiriman {
  sibuk = $state(false);
  gagal = $state('');
  masalah = $state<MasalahIsian>({});

  async kirim<T>(aksi: () => Promise<Hasil<T>>, berhasil: (data: T) => void): Promise<void> {
    this.sibuk = true;
    this.gagal = '';
    try {
      const hasil = await aksi();
      this.masalah = hasil.ok ? {} : hasil.masalah;
      if (hasil.ok) berhasil(hasil.data);
    } catch (e) {
      this.masalah = {};
      this.gagal = e instanceof Error ? e.message : String(e);
    } finally {
      this.sibuk = false;
    }
  }
}
