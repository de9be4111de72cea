import { describe, expect, it } from 'vitest';
import { combineStates, nextState, SYNC_STATE_NAMES, type SyncEvent, type SyncState } from './sync-status';

const STATES = {
  mati: { name: 'mati' },
  luring: { name: 'luring' },
  menyambung: { name: 'menyambung' },
  awal: { name: 'sinkron-awal', done: 10, total: 100, startedAt: 1_000, doneAtStart: 0 },
  aktif: { name: 'aktif' },
  mengirim: { name: 'mengirim' },
  menerima: { name: 'menerima' },
  server: { name: 'galat', kind: 'server', message: '503' },
  penuh: { name: 'galat', kind: 'penyimpanan-penuh', message: '' },
  sesi: { name: 'galat', kind: 'sesi-berakhir', message: '' },
  ditolak: { name: 'galat', kind: 'ditolak', message: 'bukan anggota' }
} satisfies Record<string, SyncState>;

const EVENTS = {
  mulaiOn: { type: 'mulai', online: true },
  mulaiOff: { type: 'mulai', online: false },
  berhenti: { type: 'berhenti' },
  online: { type: 'online' },
  offline: { type: 'offline' },
  activePush: { type: 'active', direction: 'push' },
  activePull: { type: 'active', direction: 'pull' },
  changePush: { type: 'change', direction: 'push' },
  changePull: { type: 'change', direction: 'pull' },
  progress: { type: 'progress', done: 50, total: 100, at: 5_000 },
  pausedOk: { type: 'paused' },
  pausedErr: { type: 'paused', error: { kind: 'server', message: 'ECONNREFUSED' } },
  denied: { type: 'denied' },
  error401: { type: 'error', kind: 'sesi-berakhir', message: 'unauthorized' },
  complete: { type: 'complete' }
} satisfies Record<string, SyncEvent>;

type StateKey = keyof typeof STATES;
type EventKey = keyof typeof EVENTS;

/**
 * Expected result of every event in every state. `=` keeps the state as it was; `awal+` is
 * the first sync with the new counts and the old start; `awal*` a first sync starting now.
 */
const EXPECTED: Record<StateKey, Record<EventKey, StateKey | '=' | 'awal+' | 'awal*'>> = {
  mati:       { mulaiOn: 'menyambung', mulaiOff: 'luring', berhenti: 'mati', online: '=', offline: '=', activePush: '=', activePull: '=', changePush: '=', changePull: '=', progress: '=', pausedOk: '=', pausedErr: '=', denied: '=', error401: '=', complete: '=' },
  luring:     { mulaiOn: 'menyambung', mulaiOff: 'luring', berhenti: 'mati', online: 'menyambung', offline: '=', activePush: 'mengirim', activePull: 'menerima', changePush: 'mengirim', changePull: 'menerima', progress: 'awal*', pausedOk: 'aktif', pausedErr: 'server', denied: '=', error401: 'sesi', complete: 'mati' },
  menyambung: { mulaiOn: 'menyambung', mulaiOff: 'luring', berhenti: 'mati', online: '=', offline: 'luring', activePush: 'mengirim', activePull: 'menerima', changePush: 'mengirim', changePull: 'menerima', progress: 'awal*', pausedOk: 'aktif', pausedErr: 'server', denied: '=', error401: 'sesi', complete: 'mati' },
  awal:       { mulaiOn: 'menyambung', mulaiOff: 'luring', berhenti: 'mati', online: '=', offline: 'luring', activePush: '=', activePull: '=', changePush: '=', changePull: '=', progress: 'awal+', pausedOk: 'aktif', pausedErr: 'server', denied: '=', error401: 'sesi', complete: 'mati' },
  aktif:      { mulaiOn: 'menyambung', mulaiOff: 'luring', berhenti: 'mati', online: '=', offline: 'luring', activePush: 'mengirim', activePull: 'menerima', changePush: 'mengirim', changePull: 'menerima', progress: 'awal*', pausedOk: 'aktif', pausedErr: 'server', denied: '=', error401: 'sesi', complete: 'mati' },
  mengirim:   { mulaiOn: 'menyambung', mulaiOff: 'luring', berhenti: 'mati', online: '=', offline: 'luring', activePush: 'mengirim', activePull: 'menerima', changePush: 'mengirim', changePull: 'menerima', progress: 'awal*', pausedOk: 'aktif', pausedErr: 'server', denied: '=', error401: 'sesi', complete: 'mati' },
  menerima:   { mulaiOn: 'menyambung', mulaiOff: 'luring', berhenti: 'mati', online: '=', offline: 'luring', activePush: 'mengirim', activePull: 'menerima', changePush: 'mengirim', changePull: 'menerima', progress: 'awal*', pausedOk: 'aktif', pausedErr: 'server', denied: '=', error401: 'sesi', complete: 'mati' },
  server:     { mulaiOn: 'menyambung', mulaiOff: 'luring', berhenti: 'mati', online: 'menyambung', offline: 'luring', activePush: 'mengirim', activePull: 'menerima', changePush: 'mengirim', changePull: 'menerima', progress: 'awal*', pausedOk: 'aktif', pausedErr: 'server', denied: '=', error401: 'sesi', complete: '=' },
  penuh:      { mulaiOn: 'menyambung', mulaiOff: 'luring', berhenti: 'mati', online: 'menyambung', offline: 'luring', activePush: 'mengirim', activePull: 'menerima', changePush: 'mengirim', changePull: 'menerima', progress: 'awal*', pausedOk: 'aktif', pausedErr: 'server', denied: '=', error401: 'sesi', complete: '=' },
  sesi:       { mulaiOn: 'menyambung', mulaiOff: 'luring', berhenti: 'mati', online: '=', offline: '=', activePush: '=', activePull: '=', changePush: '=', changePull: '=', progress: '=', pausedOk: '=', pausedErr: '=', denied: '=', error401: 'sesi', complete: '=' },
  ditolak:    { mulaiOn: 'menyambung', mulaiOff: 'luring', berhenti: 'mati', online: '=', offline: '=', activePush: '=', activePull: '=', changePush: '=', changePull: '=', progress: '=', pausedOk: '=', pausedErr: '=', denied: '=', error401: 'sesi', complete: '=' }
};

function expected(from: StateKey, outcome: StateKey | '=' | 'awal+' | 'awal*'): SyncState {
  if (outcome === '=') return STATES[from];
  if (outcome === 'awal+') return { ...STATES.awal, done: 50, total: 100 };
  if (outcome === 'awal*') return { name: 'sinkron-awal', done: 50, total: 100, startedAt: 5_000, doneAtStart: 50 };
  if (outcome === 'server') return { name: 'galat', kind: 'server', message: 'ECONNREFUSED' };
  if (outcome === 'sesi') return { name: 'galat', kind: 'sesi-berakhir', message: 'unauthorized' };
  return STATES[outcome];
}

describe('nextState: every event in every state', () => {
  const cases = (Object.keys(EXPECTED) as StateKey[]).flatMap((state) =>
    (Object.keys(EVENTS) as EventKey[]).map((event) => [state, event, EXPECTED[state][event]] as const)
  );

  it('covers every state name and every event type', () => {
    const names = new Set(Object.values(STATES).map((s) => s.name));
    expect([...names].sort()).toEqual([...SYNC_STATE_NAMES].sort());
    expect(cases).toHaveLength(Object.keys(STATES).length * Object.keys(EVENTS).length);
  });

  it.each(cases)('%s + %s → %s', (state, event, outcome) => {
    expect(nextState(STATES[state], EVENTS[event])).toEqual(expected(state, outcome));
  });
});

describe('nextState: first sync counts', () => {
  it('never shows more done than total, nor a negative count', () => {
    const s = nextState(STATES.menyambung, { type: 'progress', done: 120, total: 100, at: 1 });
    expect(s).toMatchObject({ done: 120, total: 120 });
    expect(nextState(STATES.menyambung, { type: 'progress', done: -3, total: 10, at: 1 })).toMatchObject({ done: 0 });
  });

  it('keeps the start of the attempt while the counts grow', () => {
    let s: SyncState = nextState(STATES.menyambung, { type: 'progress', done: 1000, total: 6700, at: 10 });
    s = nextState(s, { type: 'progress', done: 2000, total: 6700, at: 20 });
    expect(s).toEqual({ name: 'sinkron-awal', done: 2000, total: 6700, startedAt: 10, doneAtStart: 1000 });
  });
});

describe('combineStates', () => {
  it('is stopped with no database', () => {
    expect(combineStates([])).toEqual({ name: 'mati' });
  });

  it('shows the worst state', () => {
    expect(combineStates([STATES.aktif, STATES.mengirim])).toEqual(STATES.mengirim);
    expect(combineStates([STATES.aktif, STATES.luring, STATES.menerima])).toEqual(STATES.luring);
    expect(combineStates([STATES.awal, STATES.server])).toEqual(STATES.server);
  });

  it('sums first syncs of several kecamatan', () => {
    const other: SyncState = { name: 'sinkron-awal', done: 5, total: 50, startedAt: 500, doneAtStart: 2 };
    expect(combineStates([STATES.awal, STATES.aktif, other])).toEqual({
      name: 'sinkron-awal',
      done: 15,
      total: 150,
      startedAt: 500,
      doneAtStart: 2
    });
  });
});
