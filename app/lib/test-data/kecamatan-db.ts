import { openLocal } from '../db/pouch';

/**
 * The device's copy of kecamatan Wundulako for service specs (after `browser-globals`): what
 * the sync would have brought, written straight into it, and a clean copy between tests.
 */
export const KECAMATAN_DB = 'slrt-kec-740101';

/** Writes documents as the sync would: those of other people, straight into the database. */
export async function tiba(...docs: object[]): Promise<void> {
  await openLocal(KECAMATAN_DB).bulkDocs(docs as never[]);
}

/** Deletes every document but the design documents (their views outlive the test). */
export async function kosongkan(): Promise<void> {
  const db = openLocal(KECAMATAN_DB);
  const all = await db.allDocs();
  await db.bulkDocs(all.rows.filter((r) => !r.id.startsWith('_design/')).map((r) => ({ _id: r.id, _rev: r.value.rev, _deleted: true })) as never[]);
}
