/**
 * `npm run rollup`: the aggregate documents of every kabupaten on the server (or those named,
 * `-- 74.01,74.02`) rewritten from their dashboards' views, once. The SLRT server also runs it
 * on start and every 15 minutes.
 */
import { couchUrlFromEnv } from '../../couch/router/cli-env';
import { rollup } from '../../couch/rollup/rollup';

try {
  const kabupaten = process.argv[2]?.split(',').map((s) => s.trim());
  const report = await rollup({ couchUrl: couchUrlFromEnv(process.env), kabupaten });
  console.log(`Rekap agregat selesai: ${report.kabupaten.length} kabupaten, ${report.ditulis} dokumen ditulis, ${report.tetap} tidak berubah.`);
  for (const g of report.gagal) console.error(`Kabupaten ${g.kabupaten} gagal direkap: ${g.pesan}`);
  if (report.gagal.length > 0) process.exit(1);
} catch (error) {
  console.error(`Rekap agregat gagal: ${(error as Error).message}`);
  process.exit(1);
}
