import { describe, expect, it } from 'vitest';
import { classifySyncError } from './sync-errors';

describe('classifySyncError', () => {
  it.each([
    [{ status: 401, name: 'unauthorized', message: 'Silakan masuk terlebih dahulu.' }, 'sesi-berakhir', 'Silakan masuk terlebih dahulu.'],
    [{ name: 'Unauthorized' }, 'sesi-berakhir', ''],
    [{ status: 403, name: 'forbidden', reason: 'You are not allowed to access this db.' }, 'ditolak', 'You are not allowed to access this db.'],
    [{ status: 500, name: 'indexed_db_went_bad', reason: { name: 'QuotaExceededError' } }, 'penyimpanan-penuh', ''],
    [{ status: 503, message: 'Service Unavailable' }, 'server', '503 Service Unavailable'],
    [new TypeError('Failed to fetch'), 'server', 'Failed to fetch'],
    [undefined, 'server', '']
  ])('%j → %s', (error, kind, message) => {
    expect(classifySyncError(error)).toEqual({ kind, message });
  });
});
