import { isQuotaError, statusOf } from '../db/errors';
import type { GalatKind } from './sync-status';

/**
 * What kind of trouble a replication error is. `message` keeps the server's own detail (its
 * reason), shown under the sentence sync-words.ts makes of the kind; never personal data.
 */
export function classifySyncError(error: unknown): { kind: GalatKind; message: string } {
  const e = (error ?? {}) as { name?: unknown; reason?: unknown; message?: unknown };
  const detail = [e.reason, e.message].find((v): v is string => typeof v === 'string' && v.length > 0) ?? '';
  const status = statusOf(error);
  const name = typeof e.name === 'string' ? e.name.toLowerCase() : '';
  if (status === 401 || name === 'unauthorized') return { kind: 'sesi-berakhir', message: detail };
  if (status === 403 || name === 'forbidden') return { kind: 'ditolak', message: detail };
  if (isQuotaError(error)) return { kind: 'penyimpanan-penuh', message: detail };
  return { kind: 'server', message: status ? `${status} ${detail}`.trim() : detail };
}
