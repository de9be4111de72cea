import { describe, expect, it } from 'vitest';
import { DocumentTidakSahError, isQuotaError, statusOf } from './errors';

describe('isQuotaError', () => {
  it.each([
    [{ name: 'QuotaExceededError', message: 'The quota has been exceeded.' }, true],
    [{ name: 'NS_ERROR_DOM_QUOTA_REACHED' }, true],
    [{ name: 'indexed_db_went_bad', status: 500, reason: { name: 'QuotaExceededError' } }, true],
    // What PouchDB's IndexedDB adapter really rejects with when the transaction hits the quota.
    [{ name: 'indexed_db_went_bad', status: 500, message: 'unknown', reason: 'QuotaExceededError' }, true],
    [{ name: 'indexed_db_went_bad', status: 500, message: 'unknown', reason: 'AbortError' }, false],
    [{ status: 500, error: { message: 'Encountered full disk while opening backing store' } }, true],
    [{ name: 'UnknownError', message: 'Quota exceeded' }, true],
    [{ name: 'conflict', status: 409 }, false],
    [new TypeError('Failed to fetch'), false],
    [null, false],
    ['QuotaExceededError', false]
  ])('%j → %s', (error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });

  it('does not loop on an error that contains itself', () => {
    const e: { name: string; error?: unknown } = { name: 'x' };
    e.error = e;
    expect(isQuotaError(e)).toBe(false);
  });
});

describe('errors', () => {
  it('reads the status of PouchDB errors', () => {
    expect(statusOf({ status: 401 })).toBe(401);
    expect(statusOf(new Error('x'))).toBeNull();
  });

  it('lists every schema issue in the message', () => {
    const e = new DocumentTidakSahError([{ path: 'uraian', message: 'Uraian keluhan wajib diisi' }, { path: '', message: 'Dokumen harus berupa objek' }]);
    expect(e.name).toBe('DocumentTidakSahError');
    expect(e.message).toBe('Data belum lengkap atau tidak sah: uraian: Uraian keluhan wajib diisi; Dokumen harus berupa objek');
  });
});
