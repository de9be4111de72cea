/**
 * The rollup's pass for the overlap of programmes (app/lib/domain/irisan.ts): reads the
 * `irisan/peserta` view of a kabupaten database in pages, one household after another, and
 * returns the month-end documents for the district (exact, into its kabupaten database) and for
 * the aggregates (protected). Only counts are held, never a record.
 */
import { rentangBulan } from '../../app/lib/domain/agregat';
import type { Bulan } from '../../app/lib/domain/dasbor';
import type { TanyaView } from '../../app/lib/domain/dasbor-kueri';
import { irisanDocs, irisanSchema, PenghitungIrisan, type IrisanDoc } from '../../app/lib/domain/irisan';

/** Rows per page: a few hundred kilobytes of JSON. */
export const HALAMAN_PESERTA = 5000;

export async function irisanKabupaten(tanya: TanyaView, kabupaten: string, sampai: Bulan): Promise<{ distrik: IrisanDoc[]; agregat: IrisanDoc[] }> {
  const penghitung = new PenghitungIrisan();
  let lanjut: { startkey: unknown; startkey_docid: string; skip: number } | null = null;
  for (;;) {
    const rows = await tanya('irisan/peserta', { reduce: false, limit: HALAMAN_PESERTA, ...(lanjut ?? {}) });
    for (const row of rows) {
      const [rumahtanggaId, programId, bulan] = row.key as string[];
      penghitung.tambah({ rumahtanggaId, programId, bulan, desa: String(row.value) });
    }
    if (rows.length < HALAMAN_PESERTA) break;
    const akhir = rows[rows.length - 1];
    lanjut = { startkey: akhir.key, startkey_docid: String(akhir.id), skip: 1 };
  }
  const pertama = penghitung.bulanPertama();
  if (!pertama || pertama > sampai) return { distrik: [], agregat: [] };
  const stok = penghitung.stok(rentangBulan(pertama, sampai));
  // Checked before anything is written: only numbers and programme codes.
  const periksa = (docs: IrisanDoc[]) => docs.map((d) => irisanSchema.parse(d));
  return { distrik: periksa(irisanDocs(kabupaten, stok, false)), agregat: periksa(irisanDocs(kabupaten, stok, true)) };
}
