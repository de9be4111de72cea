/**
 * For specs of the secretariat's services: a real data port on PouchDB in Node (import
 * './browser-globals' first) over the kecamatan database, with the project's own design
 * documents, so the views the screens query run as they do on the server. The services read
 * the acting role from the store's placement; `sebagai` gives the store the role of the district
 * desk (manager, back office), which works remotely in the app.
 */
import { designDocsFor } from '../../../design-docs/build';
import { openLocal } from '../db/pouch';
import { openUserStore, type UserStore } from '../db/user-store';
import type { JobRole } from '../domain/roles';

export const KEC_DB = 'slrt-kec-740101';

/** Empties the database and installs its views; documents of other types are written directly. */
export async function siapkanDb() {
  const db = openLocal(KEC_DB);
  const all = await db.allDocs();
  await db.bulkDocs(all.rows.filter((r) => !r.id.startsWith('_design/')).map((r) => ({ _id: r.id, _rev: r.value.rev, _deleted: true })) as never[]);
  for (const ddoc of designDocsFor(KEC_DB)) {
    if (!ddoc.views) continue;
    const existing = await db.get(ddoc._id).catch(() => null);
    if (!existing) await db.put({ _id: ddoc._id, views: ddoc.views } as never);
  }
  return db;
}

/** The data port of `name` on the kecamatan database, acting as `jobRole`. */
export function sebagai(name: string, jobRole: JobRole): UserStore {
  const store = openUserStore({ name, roles: ['supervisor', 'kec:740101'] });
  return { ...store, placement: { ...store.placement, jobRole } };
}
