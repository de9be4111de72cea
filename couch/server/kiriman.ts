/**
 * What users send to `/db/`: a body too big, not JSON, or a document with a special field
 * CouchDB does not know is refused here, in Bahasa Indonesia, before it reaches CouchDB (which
 * would answer `invalid_json`, a 500, or store a 30 MB document).
 * The limits match the production proxy (couch/proxy/nginx.conf `client_max_body_size`), so a
 * device meets the same limit with or without nginx in front. The size of each document and
 * each attachment is judged per document by `validate_doc_update`, so one oversized record is
 * refused alone with its reason and the rest of a sync batch goes through.
 *
 * Server admins are not limited here: provisioning, the import and restores run on the host.
 */
import express, { type Request, type RequestHandler } from 'express';
import type { ClientRequest } from 'node:http';
import { BATAS_KIRIMAN, BATAS_UKURAN } from '../../app/lib/domain/doc-types';

/** One request: a device's push cuts its batches to half of it (app/lib/db/request-limit.ts). */
export { BATAS_KIRIMAN };
/** One attachment sent on its own (`PUT /db/<db>/<doc>/<name>`), as validate_doc_update limits one inline. */
export const BATAS_LAMPIRAN = BATAS_UKURAN.lampiran;

const TERLALU_BESAR = {
  error: 'too_large',
  reason: 'Data yang dikirim terlalu besar (batas 16 MB per kiriman). Kirim lebih sedikit data sekaligus.'
};
const LAMPIRAN_TERLALU_BESAR = {
  error: 'too_large',
  reason: 'Lampiran terlalu besar (batas 1 MB). Perkecil foto atau berkasnya, lalu kirim lagi.'
};
const BUKAN_JSON = {
  error: 'bad_request',
  reason: 'Data yang dikirim tidak dapat dibaca (bukan JSON yang sah). Data di server tidak berubah.'
};

/**
 * The special fields a document may carry (PouchDB's own list): CouchDB refuses any other
 * `_` field, PouchDB Server with a 500 in English, so it is refused here first, in words.
 */
const KOLOM_KHUSUS = new Set([
  '_id',
  '_rev',
  '_access',
  '_attachments',
  '_deleted',
  '_revisions',
  '_revs_info',
  '_conflicts',
  '_deleted_conflicts',
  '_local_seq',
  '_rev_tree',
  '_removed'
]);

/** The documents a write carries: a document PUT or POST, or the `docs` of `_bulk_docs`. */
function dokumenDalam(method: string, path: string, body: unknown): unknown[] {
  const segments = path.split('?')[0].split('/').filter(Boolean);
  const [, second] = segments;
  if (method === 'POST' && segments.length === 1) return [body];
  if (method === 'PUT' && segments.length === 2 && !second.startsWith('_')) return [body];
  if (method === 'POST' && second === '_bulk_docs' && body && typeof body === 'object') {
    const docs = (body as { docs?: unknown }).docs;
    return Array.isArray(docs) ? docs : [];
  }
  return [];
}

/** The first unknown special field of the documents, if any. */
export function kolomKhususAsing(method: string, path: string, body: unknown): string | undefined {
  for (const doc of dokumenDalam(method, path, body)) {
    if (!doc || typeof doc !== 'object') continue;
    const asing = Object.keys(doc).find((k) => k.startsWith('_') && !KOLOM_KHUSUS.has(k));
    if (asing) return asing;
  }
  return undefined;
}

/** `/<db>/<doc>/<attachment…>` of a document (not `_design`, `_local` or an endpoint). */
function isAttachmentPath(path: string): boolean {
  const segments = path.split('?')[0].split('/').filter(Boolean);
  return segments.length >= 3 && !segments[1].startsWith('_');
}

function isJson(req: Request): boolean {
  return /[/+]json\b/i.test(req.headers['content-type'] ?? '');
}

const readSmall = express.raw({ type: () => true, limit: BATAS_LAMPIRAN });
const readLarge = express.raw({ type: () => true, limit: BATAS_KIRIMAN });

/**
 * Reads the body of a user's write (bounded), then checks that JSON is JSON. The firewall,
 * which runs first, marks a server admin's request in `res.locals.serverAdmin`.
 */
export function periksaKiriman(): RequestHandler {
  return (req, res, next) => {
    if (res.locals.serverAdmin || !['POST', 'PUT'].includes(req.method)) return next();
    const attachment = req.method === 'PUT' && isAttachmentPath(req.url);
    const read = attachment ? readSmall : readLarge;
    read(req, res, (error?: unknown) => {
      if (error) {
        const tooLarge = (error as { type?: string }).type === 'entity.too.large';
        if (tooLarge) res.status(413).json(attachment ? LAMPIRAN_TERLALU_BESAR : TERLALU_BESAR);
        else res.status(400).json(BUKAN_JSON);
        return;
      }
      const body = req.body as unknown;
      if (isJson(req) && Buffer.isBuffer(body) && body.length > 0) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(body.toString('utf8'));
        } catch {
          res.status(400).json(BUKAN_JSON);
          return;
        }
        // The documents as read, for the checks that follow (jaga-peristiwa.ts).
        res.locals.isiKiriman = parsed;
        const asing = kolomKhususAsing(req.method, req.url, parsed);
        if (asing) {
          res.status(400).json({
            error: 'bad_request',
            reason: `Kolom ${asing} tidak dikenal: kolom yang diawali garis bawah (_) hanya untuk sistem. Data di server tidak berubah.`
          });
          return;
        }
      }
      next();
    });
  };
}

/** The proxy sends on the body read above (the request stream is spent by then). */
export function teruskanKiriman(proxyReq: ClientRequest, req: Request): void {
  const body = req.body as unknown;
  if (!Buffer.isBuffer(body)) return;
  proxyReq.setHeader('content-length', body.length);
  proxyReq.removeHeader('transfer-encoding');
  proxyReq.write(body);
}
