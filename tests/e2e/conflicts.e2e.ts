/**
 * A household record changed in two places at once: the district manager sees both versions
 * side by side, takes one field from each, and the server keeps the merge, with the other
 * version closed in the manager's name. Run after `npx vite build`.
 */
import { expect, test } from '@playwright/test';
import { admin, logIn } from './support';

const KAB_DB = 'slrt-kab-7401';

/** Makes a second branch of a real household: the same parent, another address. */
async function makeConflict(): Promise<{ id: string; alamat: [string, string]; desil: [number, number] }> {
  const found = await admin('GET', `${KAB_DB}/_all_docs?startkey=%22rumahtangga%3A%22&endkey=%22rumahtangga%3A%EF%BF%B0%22&limit=1&include_docs=true`);
  const doc = (found.json.rows as { doc: Record<string, unknown> & { _id: string; _rev: string } }[])[0].doc;
  const withRevs = (await admin('GET', `${KAB_DB}/${encodeURIComponent(doc._id)}?revs=true`)).json as { _revisions: { start: number; ids: string[] } };
  const branch = (suffix: string, alamat: string, desil: number) => ({
    ...doc,
    alamat: { ...(doc.alamat as object), jalan: alamat },
    desil,
    _rev: `${withRevs._revisions.start + 1}-${suffix.repeat(32)}`,
    _revisions: { start: withRevs._revisions.start + 1, ids: [suffix.repeat(32), ...withRevs._revisions.ids] }
  });
  const docs = [branch('a', 'Jl. Pantai Nomor 1', 1), branch('b', 'Jl. Bukit Nomor 2', 3)];
  expect((await admin('POST', `${KAB_DB}/_bulk_docs`, { docs, new_edits: false })).status).toBe(201);
  return { id: doc._id, alamat: ['Jl. Pantai Nomor 1', 'Jl. Bukit Nomor 2'], desil: [1, 3] };
}

test('a district manager merges two versions of a household, and the server keeps the merge', async ({ page }) => {
  const conflict = await makeConflict();
  await logIn(page, 'manajer.kolaka');
  await expect(page).toHaveURL(/\/rujukan$/);
  await page.goto('/sinkronisasi');
  await page.getByRole('button', { name: 'Periksa konflik' }).click();
  const shown = page.locator(`[data-testid="konflik"][data-id="${conflict.id}"]`);
  await expect(shown).toBeVisible();

  // The address of one version, the desil of the other: whichever order the versions come in.
  const versionOf = async (text: string) => {
    const cells = shown.locator('tbody tr', { hasText: 'alamat' }).locator('td');
    const texts = await cells.allTextContents();
    return texts.findIndex((t) => t.includes(text)) + 1;
  };
  const bukit = await versionOf('Jl. Bukit Nomor 2');
  const pantai = 3 - bukit;
  await shown.getByLabel(`Ambil nilai alamat dari versi ${bukit}`).check();
  await shown.getByLabel(`Ambil nilai desil dari versi ${pantai}`).check();
  await shown.getByRole('button', { name: 'Gabungkan nilai yang dipilih' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Versi terpilih telah disimpan' })).toBeVisible();

  const onServer = (await admin('GET', `${KAB_DB}/${encodeURIComponent(conflict.id)}?conflicts=true`)).json;
  expect(onServer._conflicts).toBeUndefined();
  expect(onServer).toMatchObject({ alamat: expect.objectContaining({ jalan: 'Jl. Bukit Nomor 2' }), desil: 1, updatedBy: 'manajer.kolaka' });
});
