/**
 * The rollup's pass for the overlap of programmes (app/lib/domain/irisan.ts): reads the
 * `irisan/peserta` view of a kabupaten database in pages (halaman.ts), one household after another, and
 * returns the month-end documents for the district (exact, into its kabupaten database) and for
 * the aggregates (protected). Only counts are held, never a record.
 */
import { rentangBulan } from '../../app/lib/domain/agregat';
import type { Bulan } from '../../app/lib/domain/dasbor';
import type { TanyaView } from '../../app/lib/domain/dasbor-kueri';
import { irisanDocs, irisanSchema, PenghitungIrisan, type IrisanDoc } from '../../app/lib/domain/irisan';
import { bacaBerhalaman } from './halaman';

export async function irisanKabupaten(tanya: TanyaView, kabupaten: string, sampai: Bulan): Promise<{ distrik: IrisanDoc[]; agregat: IrisanDoc[] }> {
  const penghitung = new PenghitungIrisan();
  await bacaBerhalaman(tanya, 'irisan/peserta', (row) => {
    const [rumahtanggaId, programId, bulan] = row.key as string[];
    penghitung.tambah({ rumahtanggaId, programId, bulan, desa: String(row.value) });
  });
  const pertama = penghitung.bulanPertama();
  if (!pertama || pertama > sampai) return { distrik: [], agregat: [] };
  const stok = penghitung.stok(rentangBulan(pertama, sampai));
  // Checked before anything is written: only numbers and programme codes.
  const periksa = (docs: IrisanDoc[]) => docs.map((d) => irisanSchema.parse(d));
  return { distrik: periksa(irisanDocs(kabupaten, stok, false)), agregat: periksa(irisanDocs(kabupaten, stok, true)) };
}
