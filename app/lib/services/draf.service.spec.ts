import '../test-data/browser-globals';
import { describe, expect, it } from 'vitest';
import { bacaDraf, hapusDraf, kunciDraf, simpanDraf } from './draf.service';

describe('drafts of the visit forms', () => {
  const a = { name: 'fasilitator.wundulako' };
  const b = { name: 'frontoffice.wundulako' };
  const rt = 'rumahtangga:7401011002:740101100200001';

  it('keeps one draft per user, form and household', () => {
    const keys = new Set([
      kunciDraf(a, 'keluhan', rt),
      kunciDraf(b, 'keluhan', rt),
      kunciDraf(a, 'kebutuhan', rt),
      kunciDraf(a, 'keluhan', 'rumahtangga:7401011002:lain'),
      kunciDraf(a, 'keluhan')
    ]);
    expect(keys.size).toBe(5);
  });

  it('gives back what was typed, the latest version, until the recording is saved', async () => {
    const kunci = kunciDraf(a, 'kebutuhan', rt);
    expect(await bacaDraf(kunci)).toBeNull();
    await simpanDraf(kunci, { programId: 'pkh', nik: '', alasan: 'Anak' });
    await simpanDraf(kunci, { programId: 'pkh', nik: '', alasan: 'Anak balita' });
    expect(await bacaDraf(kunci)).toEqual({ programId: 'pkh', nik: '', alasan: 'Anak balita' });
    expect(await bacaDraf(kunciDraf(b, 'kebutuhan', rt))).toBeNull();
    await hapusDraf(kunci);
    expect(await bacaDraf(kunci)).toBeNull();
  });

  it('never lets a write queued before a clear come back after it', async () => {
    const kunci = kunciDraf(a, 'keluhan', rt);
    const write = simpanDraf(kunci, { uraian: 'lama' });
    const clear = hapusDraf(kunci);
    await Promise.all([write, clear]);
    expect(await bacaDraf(kunci)).toBeNull();
  });
});
