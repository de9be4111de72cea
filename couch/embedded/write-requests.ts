/**
 * Which requests to PouchDB Server change a database's documents, so the router hears of
 * them. `_local` checkpoints are left out on purpose: the router writes them itself, and
 * counting them would make every replication trigger another one.
 */
const READ_ONLY_POSTS = new Set(['_all_docs', '_bulk_get', '_revs_diff', '_find', '_explain', '_changes']);

export function isWriteRequest(method: string, urlPath: string): boolean {
  if (!['PUT', 'POST', 'DELETE'].includes(method)) return false;
  const segments = urlPath.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
  const [db, second] = segments;
  if (!db || db.startsWith('_')) return false;
  if (segments.length === 1) return method === 'POST';
  if (second === '_local') return false;
  if (method === 'POST' && READ_ONLY_POSTS.has(second)) return false;
  if (second === '_design') return segments[3] === undefined || !segments[3].startsWith('_');
  return second === '_bulk_docs' || !second.startsWith('_');
}
