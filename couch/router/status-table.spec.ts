import { describe, expect, it } from 'vitest';
import type { RouterStatusReport } from './lag';
import { formatStatusTable } from './status-table';

const base = { docsWritten: 0, writeFailures: 0, lastError: null };

describe('formatStatusTable', () => {
  it('prints one aligned row per route, with lag, errors and a summary', () => {
    const report: RouterStatusReport = {
      checkedAt: '2025-01-02T03:04:05.000Z',
      databases: [
        {
          source: 'slrt-kec-740101',
          updateSeq: 12,
          routes: [{ ...base, source: 'slrt-kec-740101', target: 'slrt-kab-7401', lastSeq: 12, lastReplicatedAt: '2025-01-02T03:00:00.000Z', docsWritten: 7, lag: 0 }]
        },
        {
          source: 'slrt-kec-740201',
          updateSeq: '3-g1AAAAFTeJzLYWBgYMlgTmHgz0tKTc',
          routes: [
            {
              ...base,
              source: 'slrt-kec-740201',
              target: 'slrt-kab-7402',
              lastSeq: null,
              lastReplicatedAt: null,
              lag: null,
              lastError: { at: '2025-01-02T03:01:00.000Z', message: 'MissingDatabaseError: slrt-kab-7402 tidak ada' }
            }
          ]
        }
      ]
    };
    const lines = formatStatusTable(report).split('\n');
    expect(lines[0]).toMatch(/^Sumber\s+Tujuan\s+Seq sumber\s+Seq terakhir\s+Lag/);
    expect(lines[2].split(/\s{2,}/)).toEqual(['slrt-kec-740101', 'slrt-kab-7401', '12', '12', '0', '2025-01-02T03:00:00.000Z', '7', '0', '-']);
    expect(lines[3].split(/\s{2,}/).slice(0, 6)).toEqual(['slrt-kec-740201', 'slrt-kab-7402', '3-g1AAAAFTeJz…', '-', '?', 'belum pernah']);
    expect(lines[3]).toContain('MissingDatabaseError');
    expect(lines[0].indexOf('Tujuan')).toBe(lines[2].indexOf('slrt-kab-7401'));
    expect(lines.at(-1)).toBe('2 rute, 1 tertinggal; diperiksa 2025-01-02T03:04:05.000Z');
  });

  it('says so when there is nothing to route', () => {
    expect(formatStatusTable({ checkedAt: 't', databases: [] })).toBe('Belum ada rute replikasi (diperiksa t).');
  });
});
