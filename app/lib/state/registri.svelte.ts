/**
 * The registry search as the screens see it: the device index of the user whose sync runs,
 * built once per login (it survives leaving /cari for a household and coming back), its
 * progress, and the last search typed. Dropped with the user's store at logout, so no
 * household stays in memory for the next person.
 */
import type { UserStore } from '$lib/db/user-store';
import { hariIni } from '$lib/domain/nik';
import type { CatatanIndex } from '$lib/search/catatan-index';
import type { HasilPencarian, Pencarian, RegistriIndex } from '$lib/search/registri-index';
import { bangunIndeks, bukaIndeksCatatan, cariDiServer, type IndeksPerangkat } from '$lib/services/registri.service';
import { sync } from './sync.svelte';

export type StatusIndeks = 'kosong' | 'memuat' | 'siap' | 'galat';

class RegistriState {
  #status = $state<StatusIndeks>('kosong');
  #dibaca = $state(0);
  #galat = $state('');
  /** Bumped at each change of the index, so a search reading it runs again. */
  #versi = $state(0);
  #indeks: IndeksPerangkat<RegistriIndex> | null = null;
  /** The device index once built (null for remote work), for callers that must wait for it. */
  #siap: Promise<RegistriIndex | null> = Promise.resolve(null);
  #catatan: IndeksPerangkat<CatatanIndex> | null = null;
  #store = $state.raw<UserStore | null>(null);
  /** The last search typed; the same object for the whole session, so a page may bind to it. */
  readonly pencarian = $state<Pencarian>({ teks: '', desa: '', rt: '', rw: '' });

  constructor() {
    $effect.root(() => {
      $effect(() => {
        if (!sync.store) this.tutup();
      });
    });
  }

  get status(): StatusIndeks {
    return this.#status;
  }
  /** Households read so far while the index is built. */
  get dibaca(): number {
    return this.#dibaca;
  }
  get galat(): string {
    return this.#galat;
  }
  get jarakJauh(): boolean {
    return this.#store?.placement.mode === 'jarak-jauh';
  }
  /** Desa codes of the households on the device (none for remote work). */
  get daftarDesa(): string[] {
    void this.#versi;
    return this.#indeks?.index.daftarDesa() ?? [];
  }
  /** Registry households on the device. */
  get jumlah(): number {
    void this.#versi;
    return this.#indeks?.index.size ?? 0;
  }
  /** Households proposed on pre-lists on the device. */
  get jumlahPrelist(): number {
    void this.#versi;
    return this.#indeks?.index.jumlahPrelist ?? 0;
  }

  /** Builds the device index for `store` unless it is already there (or being built). */
  buka(store: UserStore): void {
    if (this.#store === store && this.#status !== 'galat') return;
    this.tutup();
    this.#store = store;
    if (store.placement.mode === 'jarak-jauh') {
      this.#status = 'siap';
      return;
    }
    this.#status = 'memuat';
    const dibangun = bangunIndeks(store, {
      onPage: (n) => {
        if (this.#store === store) this.#dibaca = n;
      },
      onChange: () => this.#versi++
    });
    this.#siap = dibangun.then((indeks) => indeks.index);
    // Nobody may be waiting: a failed build is shown by `status`, not as an unhandled rejection.
    this.#siap.catch(() => undefined);
    dibangun.then(
      (indeks) => {
        if (this.#store !== store) return indeks.berhenti();
        this.#indeks = indeks;
        this.#status = 'siap';
        this.#versi++;
      },
      (error: unknown) => {
        if (this.#store !== store) return;
        this.#galat = error instanceof Error ? error.message : String(error);
        this.#status = 'galat';
      }
    );
  }

  /** The device index of `store` once built; null for remote work. Rejects when it cannot be built. */
  tunggu(store: UserStore): Promise<RegistriIndex | null> {
    this.buka(store);
    return this.#siap;
  }

  /**
   * Which records belong to which household and case on the device (each desa read when first
   * asked about, then kept current: catatan-index.ts); null for remote work.
   */
  catatan(store: UserStore): Promise<CatatanIndex | null> {
    if (store.placement.mode === 'jarak-jauh') return Promise.resolve(null);
    this.buka(store);
    this.#catatan ??= bukaIndeksCatatan(store);
    return Promise.resolve(this.#catatan.index);
  }

  /** A search on the device index; null while it is not ready or for remote work. */
  cariLokal(p: Pencarian): HasilPencarian | null {
    void this.#versi;
    return this.#indeks ? this.#indeks.index.cari(p, hariIni()) : null;
  }

  /** A search on the server's views, for remote work. */
  cariServer(p: Pencarian): Promise<HasilPencarian> {
    if (!this.#store) return Promise.resolve({ jenis: 'kosong' });
    return cariDiServer(this.#store, p, hariIni());
  }

  tutup(): void {
    this.#indeks?.berhenti();
    this.#indeks = null;
    this.#siap = Promise.resolve(null);
    this.#catatan?.berhenti();
    this.#catatan = null;
    this.#store = null;
    this.#status = 'kosong';
    this.#dibaca = 0;
    this.#galat = '';
    Object.assign(this.pencarian, { teks: '', desa: '', rt: '', rw: '' });
  }
}

export const registri = new RegistriState();
