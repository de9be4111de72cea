import { describe, expect, it } from 'vitest';
import { startRekapBerkala } from './berkala';
import type { RollupReport } from './rollup';

/** A rollup the test finishes by hand, counting how many started. */
function rekapManual() {
  const selesai: (() => void)[] = [];
  let mulai = 0;
  const rekap = () =>
    new Promise<RollupReport>((resolve) => {
      const nomor = ++mulai;
      selesai.push(() => resolve({ kabupaten: ['74.01'], ditulis: nomor, tetap: 0, gagal: [] }));
    });
  return { rekap, selesaikan: () => selesai.shift()?.(), mulai: () => mulai };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('the server’s scheduled rollup', () => {
  it('waits for the router before its first run, and never blocks on it failing', async () => {
    const manual = rekapManual();
    let routerSiap!: (v: unknown) => void;
    const berkala = startRekapBerkala({ rekap: manual.rekap, log: () => {}, mulaiSetelah: new Promise((_, reject) => (routerSiap = reject)) });
    await tick();
    expect(manual.mulai()).toBe(0);
    routerSiap(new Error('Router belum menyusul'));
    await tick();
    expect(manual.mulai()).toBe(1);
    manual.selesaikan();
    await berkala.stop();
  });

  it('runs one at a time, and once more after a run asked for meanwhile', async () => {
    const manual = rekapManual();
    const berkala = startRekapBerkala({ rekap: manual.rekap, log: () => {} });
    await tick();
    const kedua = berkala.jalankan();
    const ketiga = berkala.jalankan();
    expect(manual.mulai()).toBe(1);
    manual.selesaikan();
    await tick();
    expect(manual.mulai()).toBe(2);
    manual.selesaikan();
    expect(await kedua).toMatchObject({ ditulis: 2 });
    expect(await ketiga).toMatchObject({ ditulis: 2 });
    await berkala.stop();
  });

  it('logs a failed run, and a kabupaten that failed, and goes on', async () => {
    const log: string[] = [];
    let gagal = true;
    const rekap = async (): Promise<RollupReport> => {
      if (gagal) throw new Error('koneksi terputus');
      return { kabupaten: ['74.01', '74.02'], ditulis: 3, tetap: 0, gagal: [{ kabupaten: '74.02', pesan: 'MissingDatabaseError: slrt-kab-7402' }] };
    };
    const berkala = startRekapBerkala({ rekap, log: (m) => log.push(m) });
    expect(await berkala.jalankan()).toBeNull();
    gagal = false;
    expect(await berkala.jalankan()).toMatchObject({ ditulis: 3 });
    expect(log).toEqual([
      'Rekap agregat gagal: Error: koneksi terputus; dicoba lagi pada jadwal berikutnya',
      'Rekap agregat: 3 dokumen diperbarui (74.01, 74.02)',
      'Rekap agregat 74.02 gagal: MissingDatabaseError: slrt-kab-7402; dicoba lagi pada jadwal berikutnya'
    ]);
    await berkala.stop();
  });
});
