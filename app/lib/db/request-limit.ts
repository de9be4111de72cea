import { BATAS_KIRIMAN } from '../domain/doc-types';

/**
 * The push sends each batch of documents in one `_bulk_docs` request, photos inline (base64),
 * and the server refuses a request over BATAS_KIRIMAN (16 MB; a refused batch would be
 * retried for ever). Sizing batches by count alone had to assume photos everywhere: batches of
 * 25, four sequential round trips for 100 complaints without one (docs/benchmarks.md, item 4).
 * Instead a batch is cut by what it will really send into requests within REQUEST_BUDGET, sent
 * one after another. Half the server's limit: the estimate counts characters, and UTF-8 text or
 * JSON escapes take more bytes than that.
 */
export const REQUEST_BUDGET = BATAS_KIRIMAN / 2;

const base64Length = (bytes: number) => 4 * Math.ceil(bytes / 3);

/**
 * Characters of a document as `_bulk_docs` sends it: its JSON, with each attachment's data
 * base64. The push reads attachments as binary (a Blob in the browser, a Buffer in Node; the
 * HTTP adapter turns them into base64 just before sending); one given as a base64 string is
 * already in the JSON.
 */
export function sentSize(doc: object): number {
  let binary = 0;
  // The holder's own value: a Buffer has already become {type, data} by `toJSON` in `value`.
  const json = JSON.stringify(doc, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    const bytes = typeof Blob !== 'undefined' && raw instanceof Blob ? raw.size : ArrayBuffer.isView(raw) ? raw.byteLength : null;
    if (bytes === null) return value;
    binary += base64Length(bytes);
    return '';
  });
  return json.length + binary;
}

/**
 * `docs` in order, cut into consecutive parts of at most `budget` by `size`. A document larger
 * than the budget on its own goes alone: the server then judges it by itself (and refuses only it).
 */
export function splitBySize<T>(docs: readonly T[], budget: number, size: (doc: T) => number): T[][] {
  const parts: T[][] = [];
  let part: T[] = [];
  let used = 0;
  for (const doc of docs) {
    const n = size(doc);
    if (part.length > 0 && used + n > budget) {
      parts.push(part);
      part = [];
      used = 0;
    }
    part.push(doc);
    used += n;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

type BulkRequest = object[] | ({ docs: object[] } & Record<string, unknown>);
type BulkDocs = (request: BulkRequest, options?: Record<string, unknown>) => Promise<unknown[]>;

/**
 * Makes `db` (a server database) send every `bulkDocs` in requests within `budget`; their
 * answers are joined in order, as one request would give them. Should a later part fail, the
 * whole call fails and the replication tries the batch again: it asks the server first
 * (`_revs_diff`), so what the earlier parts stored is not sent twice.
 */
export function limitBulkDocs<D extends object>(db: D, budget = REQUEST_BUDGET): D {
  const target = db as unknown as { bulkDocs: BulkDocs };
  const send = target.bulkDocs.bind(db);
  target.bulkDocs = async (request, options) => {
    const docs = Array.isArray(request) ? request : request.docs;
    const parts = splitBySize(docs, budget, sentSize);
    if (parts.length <= 1) return send(request, options);
    const answers: unknown[] = [];
    for (const part of parts) answers.push(...(await send(Array.isArray(request) ? part : { ...request, docs: part }, options)));
    return answers;
  };
  return db;
}
