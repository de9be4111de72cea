import { describe, expect, it } from 'vitest';
import { createTranslator, type Locale } from '../i18n/translate';
import sync from '../i18n/messages/sync';
import { syncWords, type SyncView } from './sync-words';
import type { SyncState } from './sync-status';

function wording(locale: Locale) {
  const problems: string[] = [];
  const t = createTranslator({ sync }, () => locale, (m) => problems.push(m));
  return {
    problems,
    wording: {
      t,
      formatDateTime: (iso: string) => `[${iso}]`,
      formatNumber: (n: number) => new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB').format(n)
    }
  };
}

const base: SyncView = { state: { name: 'aktif' }, mode: 'lokal', online: true, pending: 0, rejected: 0, lastSyncAt: null };

const EVERY_STATE: SyncState[] = [
  { name: 'mati' },
  { name: 'luring' },
  { name: 'menyambung' },
  { name: 'sinkron-awal', done: 1200, total: 6700, startedAt: 0, doneAtStart: 0 },
  { name: 'aktif' },
  { name: 'mengirim' },
  { name: 'menerima' },
  { name: 'galat', kind: 'sesi-berakhir', message: '' },
  { name: 'galat', kind: 'server', message: '503 Service Unavailable' },
  { name: 'galat', kind: 'penyimpanan-penuh', message: '' },
  { name: 'galat', kind: 'ditolak', message: 'You are not allowed to access this db.' }
];

describe('syncWords', () => {
  it.each(['id', 'en'] as const)('has words for every state in %s, with every key found', (locale) => {
    const { wording: w, problems } = wording(locale);
    const sentences = EVERY_STATE.map((state) => syncWords({ ...base, state }, w, 10_000).status);
    expect(new Set(sentences).size).toBe(EVERY_STATE.length);
    for (const s of sentences) expect(s).not.toMatch(/^sync\.|\{/);
    expect(problems).toEqual([]);
  });

  it('says what the indicator must say, in Bahasa Indonesia', () => {
    const { wording: w } = wording('id');
    const words = syncWords({ ...base, state: { name: 'luring' }, online: false, pending: 1, lastSyncAt: '2025-03-01T08:00:00.000Z' }, w, 0);
    expect(words).toMatchObject({
      status: 'Luring',
      tone: 'peringatan',
      connection: 'Luring',
      pending: '1 menunggu dikirim',
      rejected: null,
      lastSync: 'Sinkron terakhir [2025-03-01T08:00:00.000Z]',
      error: null
    });
    expect(syncWords({ ...base, rejected: 2 }, w, 0)).toMatchObject({ pending: '0 menunggu dikirim', rejected: '2 ditolak server', lastSync: 'Belum pernah sinkron' });
  });

  it('formats counts of the first sync and estimates the time left', () => {
    const { wording: w } = wording('id');
    const state: SyncState = { name: 'sinkron-awal', done: 2000, total: 6700, startedAt: 0, doneAtStart: 0 };
    expect(syncWords({ ...base, state }, w, 1_000)).toMatchObject({
      status: 'Mengunduh data kecamatan: 2.000 dari 6.700',
      remaining: 'menghitung perkiraan waktu…'
    });
    // 2,000 documents in 4 s: 4,700 more take 9.4 s.
    expect(syncWords({ ...base, state }, w, 4_000).remaining).toBe('sekitar 9 detik lagi');
    // 100 documents in 4 s: 6,600 more take 264 s, said as the minutes begun.
    expect(syncWords({ ...base, state: { ...state, done: 100 } }, w, 4_000).remaining).toBe('sekitar 5 menit lagi');
  });

  it('gives the error in words and the server detail apart', () => {
    const { wording: w } = wording('en');
    const words = syncWords({ ...base, state: { name: 'galat', kind: 'server', message: '503' } }, w, 0);
    expect(words.error).toBe('The server cannot be reached yet; sync will retry automatically.');
    expect(words.errorDetail).toBe('Details: 503');
    expect(words.tone).toBe('peringatan');
    expect(syncWords({ ...base, state: { name: 'galat', kind: 'sesi-berakhir', message: '' } }, w, 0)).toMatchObject({ tone: 'galat', errorDetail: null });
  });

  it('shows no waiting count for remote work, only the connection', () => {
    const { wording: w } = wording('id');
    expect(syncWords({ ...base, mode: 'jarak-jauh' }, w, 0)).toMatchObject({ pending: null, status: 'Bekerja langsung di server', tone: 'ok' });
    expect(syncWords({ ...base, mode: 'jarak-jauh', online: false, state: { name: 'luring' } }, w, 0)).toMatchObject({ status: 'Luring' });
  });
});
