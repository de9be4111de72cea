/**
 * `npm run bench` (issue 10): every item in turn, one table — ours, the baseline measured in the
 * same run, the ratio, the target, met or not — printed and written into docs/benchmarks.md
 * with the machine it ran on. An item that throws gets its error in its row; the others still
 * run. `BENCH_ITEMS=8,5` runs some only and prints them, leaving docs/benchmarks.md to full runs.
 * Not part of `npm test`: a benchmark measures time, a test must not.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { log } from './bersama';
import { mesin, teksMesin } from './mesin';
import { tabelMarkdown, type BarisBench } from './tabel';

interface Item {
  item: string;
  apa: string;
  jalankan: () => Promise<BarisBench[]>;
}

/**
 * In the order of value: what a district decides on first. Each module is loaded when
 * its turn comes, so one that fails even to load is one failed row, not a failed run.
 */
const ITEMS: Item[] = [
  { item: '8', apa: 'registry import, 300,000 rows', jalankan: async () => (await import('./impor')).benchImpor() },
  { item: '5', apa: 'supervisor queue and district dashboard views', jalankan: async () => (await import('./dasbor')).benchDasbor() },
  { item: '1', apa: 'first sync of a kecamatan into the browser', jalankan: async () => (await import('./sinkron')).benchSinkron() },
  { item: '2', apa: 'registry search in the browser', jalankan: async () => (await import('./cari-peramban')).benchCariPeramban() },
  { item: '2', apa: 'registry search (Node, in-memory adapter)', jalankan: async () => (await import('./cari-node')).benchCariNode() },
  { item: '3', apa: 'saving a complaint offline', jalankan: async () => (await import('./simpan')).benchSimpan() },
  { item: '4', apa: 'incremental sync after a day offline', jalankan: async () => (await import('./inkremental')).benchInkremental() },
  { item: '6', apa: 'app shell first load', jalankan: async () => (await import('./cangkang')).benchCangkang() },
  { item: '7', apa: '100 devices pushing at once', jalankan: async () => (await import('./perangkat')).benchPerangkat() },
  { item: '9', apa: 'replication router, whole province', jalankan: async () => (await import('./router')).benchRouter() }
];

const DOC = path.resolve('docs/benchmarks.md');
const AWAL = '<!-- bench:begin -->';
const AKHIR = '<!-- bench:end -->';

/** The run replaces what lies between the markers; the explanations around them are written by hand. */
async function tulisDoc(isi: string): Promise<void> {
  const lama = await readFile(DOC, 'utf8').catch(() => `# Benchmarks\n\n${AWAL}\n${AKHIR}\n`);
  const a = lama.indexOf(AWAL);
  const b = lama.indexOf(AKHIR);
  const baru = a >= 0 && b > a ? `${lama.slice(0, a + AWAL.length)}\n${isi}\n${lama.slice(b)}` : `${lama}\n${AWAL}\n${isi}\n${AKHIR}\n`;
  await writeFile(DOC, baru);
}

async function main(): Promise<void> {
  const m = mesin();
  const pilih = process.env.BENCH_ITEMS?.split(',').map((s) => s.trim());
  const mulai = performance.now();
  const baris: BarisBench[] = [];
  for (const it of ITEMS.filter((i) => !pilih || pilih.includes(i.item))) {
    const t0 = performance.now();
    log(`item ${it.item}: ${it.apa}…`);
    try {
      baris.push(...(await it.jalankan()));
    } catch (error) {
      const e = error as Error;
      log(`item ${it.item} failed: ${e.stack ?? e.message}`);
      baris.push({ item: it.item, apa: it.apa, kita: null, target: [], galat: `${e.name}: ${e.message}` });
    }
    log(`item ${it.item} done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  await (await import('./kecamatan')).tutupKecamatan();
  const menit = (performance.now() - mulai) / 60_000;
  const tabel = tabelMarkdown(baris);
  const isi = `${teksMesin(m)}\n- Whole run: ${menit.toFixed(1)} min\n\n${tabel}`;
  console.log(`\n${isi}\n`);
  if (pilih) return;
  await tulisDoc(isi);
  log(`written to ${path.relative(process.cwd(), DOC)}`);
}

await main();
