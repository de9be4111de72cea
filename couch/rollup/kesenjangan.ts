/**
 * The rollup's pass for the service gap (app/lib/domain/kesenjangan-koreksi.ts): reads every
 * need's events from the `kesenjangan/peristiwa` view of a kabupaten database in pages, one need
 * after another, and returns the kabupaten's correction document, so that a need met by a
 * participation and by a referral's outcome counts once in `dasbor/angka`. Only counts are held.
 */
import type { TanyaView } from '../../app/lib/domain/dasbor-kueri';
import { koreksiSchema, PenghitungKoreksi, type KoreksiDoc } from '../../app/lib/domain/kesenjangan-koreksi';
import { bacaBerhalaman } from './halaman';

export async function koreksiKabupaten(tanya: TanyaView, kabupaten: string): Promise<KoreksiDoc> {
  const penghitung = new PenghitungKoreksi();
  await bacaBerhalaman(tanya, 'kesenjangan/peristiwa', (row) => {
    const [kebutuhanId, createdAt] = row.key as [string, string];
    const [nilai, kecamatan, desa, programId, profil] = row.value as [number, string, string, string, KoreksiDoc['baris'][number]['profil']];
    penghitung.tambah({ kebutuhanId, bulan: createdAt.slice(0, 7), nilai, kecamatan, desa, programId, profil });
  });
  // Checked before it is written: only numbers and codes.
  return koreksiSchema.parse(penghitung.dokumen(kabupaten));
}
