/**
 * Documents the server refused (`validate_doc_update`'s `forbidden`), kept on the device with
 * the server's reason until a person corrects or discards them. PouchDB's push checkpoint
 * moves past a refused revision, so it is sent again only when the document changes: `times`
 * counts refusals and stays at 1 for a document nobody touched.
 */
export interface RejectedDoc {
  id: string;
  rev: string | null;
  /** The document type from its id (`keluhan:…`), for the list. */
  type: string;
  reason: string;
  /** When the server refused it last (ISO). */
  at: string;
  times: number;
}

export interface Refusal {
  id: string;
  rev: string | null;
  reason: string;
  at: string;
}

export function withRejected(list: readonly RejectedDoc[], refusal: Refusal): RejectedDoc[] {
  const earlier = list.find((r) => r.id === refusal.id);
  const entry: RejectedDoc = {
    ...refusal,
    type: refusal.id.split(':')[0] ?? '',
    times: (earlier?.times ?? 0) + 1
  };
  return [...list.filter((r) => r.id !== refusal.id), entry];
}

export function withoutRejected(list: readonly RejectedDoc[], id: string): RejectedDoc[] {
  return list.filter((r) => r.id !== id);
}

/** PouchDB's `denied` payload: an error from `_bulk_docs` with the server's reason. */
export function refusalOf(denied: unknown, at: string): Refusal | null {
  const d = (denied ?? {}) as { id?: unknown; rev?: unknown; reason?: unknown; message?: unknown; error?: unknown };
  if (typeof d.id !== 'string') return null;
  const reason = [d.reason, d.message, d.error].find((v): v is string => typeof v === 'string' && v.length > 0);
  return {
    id: d.id,
    rev: typeof d.rev === 'string' ? d.rev : null,
    reason: reason ?? 'Server menolak data ini tanpa keterangan.',
    at
  };
}
