import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GudangHttp } from '../../app/lib/db/gudang-registri';
import { DitolakServerError } from '../../app/lib/db/errors';
import { barisCsv, deteksiEncoding } from '../../app/lib/impor/csv';
import { imporRegistri } from '../../app/lib/impor/impor-registri';
import { petaOtomatis } from '../../app/lib/impor/kolom';
import type { SumberBerkas } from '../../app/lib/impor/sumber';
import { barisEkstrak, ekstrakBerCacat, JUDUL_STANDAR, selStandar } from '../../app/lib/test-data/ekstrak-registri';
import { makeRumahtangga } from '../../app/lib/test-data/household-factory';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';
import { desaKabupaten } from '../../scripts/impor/wilayah';
import { startTestInstance, type TestInstance } from '../harness/slrt-instance';
import { waitFor } from '../harness/wait';

const ADMIN = { authorization: `Basic ${Buffer.from('admin:test-admin-password').toString('base64')}` };
const sumber = (bytes: Uint8Array): SumberBerkas => async function* () {
  yield bytes;
};

describe('registry import against the embedded server', () => {
  let instance: TestInstance;
  let url: string;
  let desa: Set<string>;

  beforeAll(async () => {
    instance = await startTestInstance({ demoHouseholds: 10 });
    url = instance.slrt.url;
    desa = await desaKabupaten('74.01');
  }, 120_000);
  afterAll(() => instance?.stop());

  async function imporSebagai(nama: string, bytes: Uint8Array) {
    const login = await fetch(`${url}/db/_session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: nama, password: DEMO_PASSWORD }) });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const s = sumber(bytes);
    const encoding = await deteksiEncoding(s);
    const hasil = await imporRegistri({
      berkas: 'dtks.csv',
      baris: () => barisCsv(s, encoding),
      peta: petaOtomatis(JUDUL_STANDAR),
      kabupaten: '74.01',
      desaDikenal: desa,
      gudang: new GudangHttp(`${url}/db/slrt-kab-7401`, { headers: { cookie } }),
      oleh: nama,
      peran: 'manajer',
      percobaan: false
    });
    return { hasil };
  }

  const dokumen = async (db: string, id: string) => (await fetch(`${url}/db/${db}/${encodeURIComponent(id)}`, { headers: ADMIN })).json();
  const updateSeq = async () => (await (await fetch(`${url}/db/slrt-kab-7401`, { headers: ADMIN })).json()).update_seq;

  it("a manager's import lands the good households, reaches the kecamatan, and a second run writes nothing", async () => {
    const { bytes, salah, baik } = ekstrakBerCacat();
    const { hasil } = await imporSebagai('manajer.kolaka', bytes);
    expect([...new Set(hasil.masalah.filter((m) => m.status === 'salah').map((m) => m.nomor))]).toEqual(salah);
    expect(hasil.rumahtangga).toMatchObject({ baru: 2, ditolak: 5 });

    const id = `rumahtangga:7401011002:${baik.idDtks}`;
    const diKab = await dokumen('slrt-kab-7401', id);
    expect(diKab).toMatchObject({ createdBy: 'manajer.kolaka', peran: 'manajer', statusRegistri: 'dtks', idDtks: baik.idDtks });
    await waitFor(async () => ((await dokumen('slrt-kec-740101', id))._id === id ? true : null));

    const seq = await updateSeq();
    const kedua = await imporSebagai('manajer.kolaka', bytes);
    expect(kedua.hasil.rumahtangga).toMatchObject({ baru: 0, berubah: 0, sama: 2 });
    expect(await updateSeq()).toEqual(seq);
  });

  it('keeps the history of a household a newer extract changes', async () => {
    const rt = makeRumahtangga({ idDtks: 'BARU-01' });
    const csv = (r: typeof rt) => new TextEncoder().encode(Papa.unparse([JUDUL_STANDAR, ...barisEkstrak(r).map(selStandar)]));
    await imporSebagai('manajer.kolaka', csv(rt));
    const { hasil } = await imporSebagai('manajer.kolaka', csv({ ...rt, desil: 5 }));
    expect(hasil.rumahtangga.berubah).toBe(1);
    const id = `rumahtangga:7401011002:BARU-01`;
    expect((await dokumen('slrt-kab-7401', id)).desil).toBe(5);
    const res = await fetch(`${url}/db/slrt-kab-7401/_all_docs?include_docs=true&startkey="pembaruan:7401011002:BARU-01"&endkey="pembaruan:7401011002:BARU-01\ufff0"`, { headers: ADMIN });
    const [riwayat] = ((await res.json()) as { rows: { doc: { perubahan: unknown[]; rumahtanggaId: string } }[] }).rows;
    expect(riwayat.doc).toMatchObject({ rumahtanggaId: id, perubahan: [{ field: 'desil', sebelum: 2, sesudah: 5 }] });
  });

  it("refuses a facilitator's import with the server's reason and writes nothing", async () => {
    const seq = await updateSeq();
    await expect(imporSebagai('fasilitator.wundulako', ekstrakBerCacat().bytes)).rejects.toBeInstanceOf(DitolakServerError);
    expect(await updateSeq()).toEqual(seq);
  });

  it('runs from the command line with a report of every bad row', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'slrt-impor-'));
    const berkas = path.join(dir, 'dtks-kolaka.csv');
    const { bytes, salah } = ekstrakBerCacat();
    writeFileSync(berkas, bytes);
    const env = { ...process.env, COUCHDB_URL: `${url.replace('://', '://admin:test-admin-password@')}/db` };
    const laporan = path.join(dir, 'laporan.csv');
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/impor/cli.ts', berkas, '--kabupaten', '74.01', '--laporan', laporan], { env });
    expect(stdout).toMatch(/Impor selesai: 19 baris/);
    const { data } = Papa.parse<string[]>(readFileSync(laporan, 'utf8').replace(/^\ufeff/, ''), { skipEmptyLines: true });
    const salahDiLaporan = data.slice(1).filter((r) => r[4] === 'salah').map((r) => Number(r[0]));
    expect([...new Set(salahDiLaporan)]).toEqual(salah);

    const tanpaKabupaten = promisify(execFile)('npx', ['tsx', 'scripts/impor/cli.ts', berkas], { env });
    await expect(tanpaKabupaten).rejects.toMatchObject({ stderr: expect.stringMatching(/--kabupaten harus kode kabupaten/) });
  });

  it('reads an XLSX extract the same way: the same rows refused', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'slrt-impor-'));
    const berkas = path.join(dir, 'dtks-kolaka.xlsx');
    const { bytes, salah } = ekstrakBerCacat();
    // The same table as the CSV fixture, cell for cell (names with diacritics included).
    const { data } = Papa.parse<string[]>(new TextDecoder('windows-1252').decode(bytes));
    writeFileSync(berkas, new Uint8Array(await writeXlsxFile(data.map((r) => r.map((v) => (v === '' ? null : v)))).toBuffer()));
    const env = { ...process.env, COUCHDB_URL: `${url.replace('://', '://admin:test-admin-password@')}/db` };
    const laporan = path.join(dir, 'laporan.csv');
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/impor/cli.ts', berkas, '--kabupaten', '74.01', '--laporan', laporan, '--percobaan'], { env });
    expect(stdout).toMatch(/Uji coba \(belum ada yang ditulis\): 19 baris, .*, 5 ditolak/);
    const rows = Papa.parse<string[]>(readFileSync(laporan, 'utf8').replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
    expect([...new Set(rows.slice(1).filter((r) => r[4] === 'salah').map((r) => Number(r[0])))]).toEqual(salah);
  });
});
