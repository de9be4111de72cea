/**
 * Which local saves the server has not yet acknowledged: id → the revision saved here.
 *
 * Why track saves rather than compare the local `update_seq` with the push checkpoint: the
 * local sequence also counts every document the pull brings down, so the difference counts
 * pulled documents as "waiting" until the push has walked past them, and the checkpoint id is
 * PouchDB's internal hash. Tracking our own saves counts exactly what a person saved and the
 * server has not confirmed; the push's `change` events confirm, `denied` moves a document to
 * the rejected list, and once the sync is idle a `_revs_diff` against the server settles any
 * entry whose confirmation was missed (a reload between the write and the event).
 */
export type PendingRevs = Readonly<Record<string, string>>;

/** `3-abc…` → 3. */
export function revGeneration(rev: string): number {
  const n = Number.parseInt(rev, 10);
  return Number.isFinite(n) ? n : 0;
}

export function withSaved(pending: PendingRevs, id: string, rev: string): PendingRevs {
  return { ...pending, [id]: rev };
}

/** The push wrote these revisions to the server: a save is confirmed by its revision or a later one. */
export function withPushed(pending: PendingRevs, pushed: readonly { _id: string; _rev?: string }[]): PendingRevs {
  const next: Record<string, string> = { ...pending };
  for (const doc of pushed) {
    const saved = next[doc._id];
    if (saved !== undefined && doc._rev !== undefined && revGeneration(doc._rev) >= revGeneration(saved)) delete next[doc._id];
  }
  return next;
}

export function without(pending: PendingRevs, ids: readonly string[]): PendingRevs {
  const next: Record<string, string> = { ...pending };
  for (const id of ids) delete next[id];
  return next;
}

/** The `_revs_diff` question to ask the server about every waiting save. */
export function revsDiffQuery(pending: PendingRevs): Record<string, string[]> {
  return Object.fromEntries(Object.entries(pending).map(([id, rev]) => [id, [rev]]));
}

/**
 * Keeps the saves the server still reports missing; `_revs_diff` leaves out what it has.
 * `checked` is the query the answer belongs to: a save made after it stays waiting.
 */
export function stillMissing(
  pending: PendingRevs,
  checked: Record<string, string[]>,
  missing: Readonly<Record<string, { missing: readonly string[] }>>
): PendingRevs {
  const next: Record<string, string> = {};
  for (const [id, rev] of Object.entries(pending)) {
    const asked = checked[id]?.includes(rev) ?? false;
    if (!asked || (missing[id]?.missing.includes(rev) ?? false)) next[id] = rev;
  }
  return next;
}

export function pendingCount(pending: PendingRevs): number {
  return Object.keys(pending).length;
}
