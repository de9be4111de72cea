/**
 * Item 2, the household page (issue 4's record index, catatan-index.ts): on a device that holds
 * the kecamatan, the app starts (a reload of /cari, as each morning), and the moment the search
 * says every household is ready the facilitator finds a household by its No. KK and opens it.
 * Timed: search ready → the household's records on screen, and the page's main thread over that
 * span (CPU profile), which is where the record index is read when it is built after the search.
 */
import type { Page } from 'playwright-core';
import type { Rumahtangga } from '../../app/lib/domain/household';
import { KEC_DB, type Kecamatan } from './kecamatan';
import { mulaiProfil } from './profil';
import type { BarisBench } from './tabel';

type Jejak = { __bench?: { siap?: number } };

/** A household with records (the first with a complaint), so its page reads some. */
async function rumahtanggaBercatatan(k: Kecamatan): Promise<Rumahtangga> {
  const q = `startkey=${encodeURIComponent('"keluhan:"')}&endkey=${encodeURIComponent('"keluhan:\ufff0"')}&include_docs=true&limit=1`;
  const { rows } = await k.admin<{ rows: { doc: { rumahtanggaId: string } }[] }>(`${KEC_DB}/_all_docs?${q}`);
  return k.admin<Rumahtangga>(`${KEC_DB}/${encodeURIComponent(rows[0].doc.rumahtanggaId)}`);
}

/** On `page` (item 1's, whose watcher marks "siap dicari"): ms from search ready to the household's page drawn, and the profile. */
async function bukaSetelahSiap(page: Page, rt: Rumahtangga) {
  const mulai = Date.now();
  await page.goto('/cari');
  await page.waitForFunction((t0) => ((window as unknown as Jejak).__bench?.siap ?? 0) >= t0, mulai, { timeout: 10 * 60_000, polling: 20 });
  const profil = await mulaiProfil(page);
  const siap = await page.evaluate(() => (window as unknown as { __bench: { siap: number } }).__bench.siap);
  await page.locator('#cari-teks').fill(rt.noKK);
  await page.locator(`a[data-testid="hasil-cari"][data-id="${rt._id}"]`).click();
  await page.locator('[data-testid="kasus-buka"]').waitFor({ timeout: 10 * 60_000 });
  const selesai = Date.now();
  return { ms: selesai - siap, mulaiMs: siap - mulai, profil: await profil.ringkasan() };
}

export async function benchHalamanRt(k: Kecamatan, page: Page, label: string): Promise<BarisBench[]> {
  const rt = await rumahtanggaBercatatan(k);
  const r = await bukaSetelahSiap(page, rt);
  const persen = Math.round(r.profil.sibuk * 100);
  const fungsi = r.profil.fungsi.slice(0, 3).map((f) => `${f.nama} ${Math.round(f.bagian * 100)}%`).join(', ');
  return [
    {
      item: '2',
      apa: `household page right after the search is ready: its records on screen (browser, ${label})`,
      kita: { nilai: r.ms / 1000, satuan: 's' },
      dasar: null,
      target: [],
      catatan: `app start (reload of /cari) → "… siap dicari" took ${(r.mulaiMs / 1000).toFixed(1)} s; then No. KK typed, the result clicked, until the page's cases are drawn (the record index is read in between)`
    },
    {
      item: '2',
      apa: `household page right after the search is ready: main thread busy (browser, ${label})`,
      kita: { nilai: r.profil.sibukMs, satuan: 'ms', keterangan: `(${persen}% of the span)` },
      dasar: null,
      target: [],
      catatan: `CPU profile from "siap dicari" until the page is drawn; self time ${fungsi}`
    }
  ];
}
