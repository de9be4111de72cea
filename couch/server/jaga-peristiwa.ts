/**
 * Events stay as written, on Apache CouchDB too. A replication push (`_bulk_docs` with
 * `new_edits: false`) may carry a revision that is not a child of the stored one; Apache
 * CouchDB then judges it as a brand-new document (`validate_doc_update` sees no `oldDoc`), so
 * a member could add its own version of a colleague's complaint beside the original, and win
 * by picking a high revision id. PouchDB Server refuses it already; here it is refused on both,
 * before CouchDB sees it: a pushed event whose id the database holds under another revision.
 * A device re-sending a revision the server has is let through (a lost answer, a retry).
 */
import type { RequestHandler } from 'express';
import { DOC_TYPES, isDocType } from '../../app/lib/domain/doc-types';
import { couchAdmin, describeError } from '../router/couch-admin';
import { TIDAK_TERSEDIA } from './tidak-tersedia';

interface Dikirim {
  _id: string;
  _rev: string;
  type: string;
}

/** The events of a replication push: ids and revisions to check against the database. */
export function peristiwaDorongan(body: unknown): Dikirim[] {
  if (!body || typeof body !== 'object' || (body as { new_edits?: unknown }).new_edits !== false) return [];
  const docs = (body as { docs?: unknown }).docs;
  if (!Array.isArray(docs)) return [];
  return (docs as unknown[]).filter((d): d is Dikirim => {
    if (!d || typeof d !== 'object') return false;
    const { _id, _rev, type } = d as Record<string, unknown>;
    return typeof _id === 'string' && typeof _rev === 'string' && isDocType(type) && DOC_TYPES[type].kind === 'event';
  });
}

/** The pushed events that would fork one the database holds: (id, stored revision) per offender. */
export function cabangBaru(dikirim: readonly Dikirim[], tersimpan: ReadonlyMap<string, string>): Dikirim[] {
  return dikirim.filter((d) => {
    const rev = tersimpan.get(d._id);
    return rev !== undefined && rev !== d._rev;
  });
}

export function jagaPeristiwa(options: { couchAdminUrl: string; log: (message: string) => void }): RequestHandler {
  const couch = couchAdmin(options.couchAdminUrl);
  return async (req, res, next) => {
    const segments = req.path.split('/').filter(Boolean);
    if (res.locals.serverAdmin || req.method !== 'POST' || segments[1] !== '_bulk_docs') return next();
    const dikirim = peristiwaDorongan(res.locals.isiKiriman);
    if (dikirim.length === 0) return next();
    try {
      const { rows } = await couch.json<{ rows: { id?: string; key: string; value?: { rev: string; deleted?: boolean } }[] }>(
        `/${encodeURIComponent(decodeURIComponent(segments[0]))}/_all_docs`,
        { method: 'POST', body: JSON.stringify({ keys: dikirim.map((d) => d._id) }) }
      );
      const tersimpan = new Map(rows.filter((r) => r.value && !r.value.deleted).map((r) => [r.key, r.value!.rev]));
      const [cabang] = cabangBaru(dikirim, tersimpan);
      if (!cabang) return next();
      res.status(403).json({
        error: 'forbidden',
        reason: `Data ${cabang.type} ${cabang._id} sudah tersimpan dan tidak dapat diubah atau digandakan. Catat kejadian baru bila ada perubahan.`
      });
    } catch (error) {
      options.log(`Pemeriksaan kiriman peristiwa gagal: ${describeError(error)}`);
      res.status(503).json(TIDAK_TERSEDIA);
    }
  };
}
