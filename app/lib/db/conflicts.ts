import { DOC_TYPES, type DocType } from '../domain/doc-types';
import { revGeneration } from './pending';
import type { Db } from './pouch';

/**
 * Conflicts happen only on mutable documents (events are written once, by one device). A
 * conflict is shown with every version; nothing is removed until a person picks one.
 */
export const MUTABLE_TYPES = (Object.keys(DOC_TYPES) as DocType[]).filter((t) => DOC_TYPES[t].kind === 'mutable');

export interface ConflictVersion {
  rev: string;
  doc: Record<string, unknown>;
}

export interface Conflict {
  id: string;
  type: DocType;
  /** The version CouchDB shows by default first, then the others. */
  versions: ConflictVersion[];
}

export interface FieldRow {
  field: string;
  /** One value per version, in the order of `versions`; undefined where a version lacks it. */
  values: unknown[];
  same: boolean;
}

const BOOKKEEPING = new Set(['_id', '_rev', '_conflicts', '_revisions', '_attachments']);

/** The fields of every version side by side, the ones that differ first. */
export function fieldRows(versions: readonly ConflictVersion[]): FieldRow[] {
  const fields = new Set<string>();
  for (const v of versions) for (const k of Object.keys(v.doc)) if (!BOOKKEEPING.has(k)) fields.add(k);
  const rows = [...fields].map((field) => {
    const values = versions.map((v) => v.doc[field]);
    const first = JSON.stringify(values[0]);
    return { field, values, same: values.every((value) => JSON.stringify(value) === first) };
  });
  return [...rows.filter((r) => !r.same), ...rows.filter((r) => r.same)];
}

/**
 * A merge: for each field that differs, the value of the version picked for it (the first
 * version where nothing is picked); a field absent from the picked version is left out.
 */
export function mergedContent(versions: readonly ConflictVersion[], picks: Readonly<Record<string, number>>): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const row of fieldRows(versions)) {
    const value = row.values[row.same ? 0 : (picks[row.field] ?? 0)];
    if (value !== undefined) merged[row.field] = value;
  }
  return merged;
}

const PAGE = 500;

export async function listConflicts(db: Db): Promise<Conflict[]> {
  const found: Conflict[] = [];
  for (const type of MUTABLE_TYPES) {
    let startkey = `${type}:`;
    let skip = 0;
    for (;;) {
      const page = await db.allDocs({ startkey, endkey: `${type}:\ufff0`, include_docs: true, conflicts: true, limit: PAGE, skip });
      for (const row of page.rows) {
        const doc = row.doc as (Record<string, unknown> & { _rev: string; _conflicts?: string[] }) | undefined;
        if (!doc?._conflicts?.length) continue;
        const others = await Promise.all(
          doc._conflicts.map(async (rev) => ({ rev, doc: (await db.get(row.id, { rev })) as Record<string, unknown> }))
        );
        found.push({ id: row.id, type, versions: [{ rev: doc._rev, doc }, ...others] });
      }
      if (page.rows.length < PAGE) break;
      startkey = page.rows[page.rows.length - 1].id;
      skip = 1;
    }
  }
  return found;
}

export class KonflikBerubahError extends Error {
  override name = 'KonflikBerubahError';
  constructor(id: string) {
    super(`Versi data ${id} sudah berubah sejak ditampilkan. Muat ulang halaman, lalu pilih lagi.`);
  }
}

export class PilihanVersiGagalError extends Error {
  override name = 'PilihanVersiGagalError';
  constructor(id: string, reason: string) {
    super(`Pilihan versi data ${id} tidak tersimpan${reason ? `: ${reason}` : '.'}`);
  }
}

/**
 * Keeps `keepRev`, or a merge of the versions (`merged`, from mergedContent): that content
 * becomes the next revision of the current winner (so it wins everywhere), and every other
 * branch is closed. Nothing happens unless `keepRev` is still one of the versions. Returns
 * the newest revision written (what the server must get for the choice to count as sent).
 */
export async function resolveConflict(
  db: Db,
  id: string,
  keepRev: string,
  by: { name: string; at: string },
  merged?: Record<string, unknown>
): Promise<string> {
  const winner = (await db.get(id, { conflicts: true })) as Record<string, unknown> & { _rev: string; _conflicts?: string[] };
  const losers = winner._conflicts ?? [];
  if (winner._rev !== keepRev && !losers.includes(keepRev)) throw new KonflikBerubahError(id);
  const docs: Record<string, unknown>[] = [];
  if (merged) {
    docs.push({ ...merged, _id: id, _rev: winner._rev, updatedBy: by.name, updatedAt: by.at });
  } else if (keepRev !== winner._rev) {
    const kept = (await db.get(id, { rev: keepRev })) as Record<string, unknown>;
    docs.push({ ...kept, _rev: winner._rev, updatedBy: by.name, updatedAt: by.at });
  }
  // The server accepts a closed version only with the name of who closed it.
  for (const rev of losers) docs.push({ _id: id, _rev: rev, _deleted: true, updatedBy: by.name, updatedAt: by.at });
  const results = await db.bulkDocs(docs as never[]);
  const failed = results.find((r) => 'error' in r && r.error) as { message?: string; reason?: string } | undefined;
  if (failed) throw new PilihanVersiGagalError(id, failed.reason ?? failed.message ?? '');
  const revs = results.map((r) => ('rev' in r && r.rev ? r.rev : winner._rev));
  return revs.reduce((a, b) => (revGeneration(b) > revGeneration(a) ? b : a), winner._rev);
}
