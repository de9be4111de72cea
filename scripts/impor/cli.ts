/**
 * `npm run import -- <berkas.csv|.xlsx> --kabupaten 74.01 [--peta peta.json] [--percobaan]
 * [--laporan laporan.xlsx]`: a registry extract into the kabupaten database of the server
 * named by COUCHDB_URL (a running SLRT: `http://admin:<password>@localhost:8080/db`), or of
 * the embedded server on SLRT_DATA_DIR while SLRT is stopped, with a progress bar and a report
 * of every refused row (docs/import-format.md).
 */
import { createReadStream } from 'node:fs';
import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { kodeKabupaten } from '../../app/lib/domain/wilayah';
import { GudangHttp } from '../../app/lib/db/gudang-registri';
import { bukaBaris, jenisBerkas } from '../../app/lib/impor/berkas';
import { imporRegistri, type Kemajuan } from '../../app/lib/impor/impor-registri';
import { fieldBelumDipetakan, petaOtomatis, type PetaKolom } from '../../app/lib/impor/kolom';
import { bacaJudul } from '../../app/lib/impor/pindai';
import { csvDari, xlsxDari } from '../../app/lib/services/ekspor';
import { kalimatHasil, tabelHilang, tabelMasalah, tabelRingkasan } from '../../app/lib/services/laporan-impor';
import { withAdminCouch } from '../../couch/cli/admin-couch';
import { sambungan } from './sambungan';
import { desaKabupaten } from './wilayah';

class CliError extends Error {
  override name = 'CliError';
}

const TAHAP: Record<Kemajuan['tahap'], string> = {
  memindai: 'Memindai',
  mengimpor: 'Mengimpor',
  'memeriksa-hilang': 'Memeriksa',
  selesai: 'Selesai'
};

async function bacaPeta(berkas: string | undefined, judul: string[]): Promise<PetaKolom> {
  const peta = berkas ? (JSON.parse(await readFile(berkas, 'utf8')) as PetaKolom) : petaOtomatis(judul);
  const kurang = fieldBelumDipetakan(peta, judul);
  if (kurang.length > 0) {
    throw new CliError(
      `Kolom wajib tidak ditemukan: ${kurang.join(', ')}. Judul kolom berkas: ${judul.join(', ')}. ` +
        'Beri nama kolom standar (docs/import-format.md) atau berikan --peta berkas.json.'
    );
  }
  return peta;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      kabupaten: { type: 'string' },
      peta: { type: 'string' },
      percobaan: { type: 'boolean', default: false },
      laporan: { type: 'string' }
    }
  });
  const [berkas] = positionals;
  if (!berkas) throw new CliError('Sebutkan berkas yang diimpor, mis. npm run import -- dtks.csv --kabupaten 74.01');
  if (!values.kabupaten || !kodeKabupaten.safeParse(values.kabupaten).success) {
    throw new CliError('--kabupaten harus kode kabupaten bertitik, mis. --kabupaten 74.01');
  }
  await access(berkas).catch(() => {
    throw new CliError(`Berkas ${berkas} tidak ditemukan.`);
  });
  const kabupaten = values.kabupaten;
  const sumber = () => createReadStream(berkas) as AsyncIterable<Uint8Array>;
  const baris = await bukaBaris(sumber, jenisBerkas(berkas));
  const peta = await bacaPeta(values.peta, (await bacaJudul(baris())).judul);
  await withAdminCouch(async (adminUrl) => {
    const { dbUrl, headers, oleh } = sambungan(adminUrl, kabupaten);
    await imporKe(new GudangHttp(dbUrl, { headers }), oleh, { berkas, kabupaten, baris, peta, percobaan: values.percobaan, laporan: values.laporan });
  });
}

interface Perintah {
  berkas: string;
  kabupaten: string;
  baris: Awaited<ReturnType<typeof bukaBaris>>;
  peta: PetaKolom;
  percobaan: boolean;
  laporan?: string;
}

async function imporKe(gudang: GudangHttp, oleh: string, { berkas, kabupaten, baris, peta, percobaan, laporan: keLaporan }: Perintah) {

  const bar = new cliProgress.SingleBar({
    format: '{tahap} {bar} {value}/{total} baris | {rumahtangga} rumah tangga | {masalah} masalah | sisa {sisa}',
    hideCursor: true
  });
  bar.start(0, 0, { tahap: TAHAP.memindai, rumahtangga: 0, masalah: 0, sisa: '?' });
  const hasil = await imporRegistri({
    berkas: path.basename(berkas),
    baris,
    peta,
    kabupaten,
    desaDikenal: await desaKabupaten(kabupaten),
    gudang,
    oleh,
    percobaan,
    kemajuan: (k) => {
      bar.setTotal(k.totalBaris ?? k.barisDibaca);
      bar.update(k.barisDibaca, {
        tahap: TAHAP[k.tahap],
        rumahtangga: k.rumahtanggaDitulis,
        masalah: k.masalah,
        sisa: k.detikTersisa === null ? '?' : `${k.detikTersisa} dtk`
      });
    }
  }).finally(() => bar.stop());

  console.log(kalimatHasil(hasil));
  const laporan = keLaporan ?? `${berkas.replace(/\.[^.]+$/, '')}.laporan.xlsx`;
  const tabel = [tabelRingkasan(hasil, path.basename(berkas)), tabelMasalah(hasil), tabelHilang(hasil)];
  if (laporan.endsWith('.csv')) await writeFile(laporan, csvDari(tabel[1]));
  else await writeFile(laporan, new Uint8Array(await (await xlsxDari(...tabel)).arrayBuffer()));
  console.log(`Laporan: ${laporan} (${new Set(hasil.masalah.map((m) => m.nomor)).size} baris bermasalah).`);
}

main().catch((error: Error) => {
  console.error(`\nImpor gagal: ${error.message}`);
  process.exit(1);
});
