/**
 * Reading a whole map-only view in pages, for the rollup's passes that need records of one
 * household or one need side by side (irisan.ts, kesenjangan.ts): `limit` rows at a time, each
 * page from the last row read (`startkey` and `startkey_docid` of it, `skip=1`).
 */
import type { BarisView, TanyaView } from '../../app/lib/domain/dasbor-kueri';

/** Rows per page: a few hundred kilobytes of JSON. */
export const HALAMAN_BARIS = 5000;

export async function bacaBerhalaman(tanya: TanyaView, view: string, baris: (row: BarisView) => void): Promise<void> {
  let lanjut: { startkey: unknown; startkey_docid: string; skip: number } | null = null;
  for (;;) {
    const rows = await tanya(view, { reduce: false, limit: HALAMAN_BARIS, ...(lanjut ?? {}) });
    rows.forEach(baris);
    if (rows.length < HALAMAN_BARIS) return;
    const akhir = rows[rows.length - 1];
    lanjut = { startkey: akhir.key, startkey_docid: String(akhir.id), skip: 1 };
  }
}
