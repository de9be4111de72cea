/**
 * The sync status a person sees, as a pure state machine: PouchDB's replication events and the
 * browser's online/offline events go in, one state comes out. No timers, no I/O: the engine
 * (engine.ts) feeds it and the words module (sync-words.ts) turns states into sentences.
 */
export type GalatKind = 'sesi-berakhir' | 'server' | 'penyimpanan-penuh' | 'ditolak';

export type Direction = 'push' | 'pull';

export interface Progress {
  /** Documents on the device / on the server. */
  done: number;
  total: number;
  /** When this attempt started (ms), and how many documents were already here then. */
  startedAt: number;
  doneAtStart: number;
}

export type SyncState =
  | { name: 'mati' }
  | { name: 'luring' }
  | { name: 'menyambung' }
  | ({ name: 'sinkron-awal' } & Progress)
  | { name: 'aktif' }
  | { name: 'mengirim' }
  | { name: 'menerima' }
  | { name: 'galat'; kind: GalatKind; message: string };

export type SyncEvent =
  | { type: 'mulai'; online: boolean }
  | { type: 'berhenti' }
  | { type: 'online' }
  | { type: 'offline' }
  | { type: 'active'; direction: Direction }
  | { type: 'change'; direction: Direction }
  | { type: 'progress'; done: number; total: number; at: number }
  /** Both directions idle: caught up when `error` is absent, backing off after one otherwise. */
  | { type: 'paused'; error?: { kind: GalatKind; message: string } }
  /** The server refused one document: recorded elsewhere, the sync goes on. */
  | { type: 'denied' }
  /** The replication stopped for good (401, 403): it needs a person. */
  | { type: 'error'; kind: GalatKind; message: string }
  | { type: 'complete' };

export const SYNC_STATE_NAMES = ['mati', 'luring', 'menyambung', 'sinkron-awal', 'aktif', 'mengirim', 'menerima', 'galat'] as const;

export const INITIAL_STATE: SyncState = { name: 'mati' };

/** Errors no retry can fix: they stay until the sync is started again (after a new login). */
function isSticky(state: SyncState): boolean {
  return state.name === 'galat' && (state.kind === 'sesi-berakhir' || state.kind === 'ditolak');
}

function moving(direction: Direction): SyncState {
  return { name: direction === 'push' ? 'mengirim' : 'menerima' };
}

export function nextState(state: SyncState, event: SyncEvent): SyncState {
  if (event.type === 'mulai') return { name: event.online ? 'menyambung' : 'luring' };
  if (event.type === 'berhenti') return INITIAL_STATE;
  // A stopped sync ignores what its cancelled replication still reports.
  if (state.name === 'mati') return state;
  if (event.type === 'error') return { name: 'galat', kind: event.kind, message: event.message };
  if (isSticky(state)) return state;

  switch (event.type) {
    case 'offline':
      return { name: 'luring' };
    case 'online':
      return state.name === 'luring' || state.name === 'galat' ? { name: 'menyambung' } : state;
    case 'active':
    case 'change':
      // Data moving proves the connection, whatever the browser's online flag said.
      return state.name === 'sinkron-awal' ? state : moving(event.direction);
    case 'progress': {
      const done = Math.max(0, event.done);
      const total = Math.max(done, event.total);
      if (state.name === 'sinkron-awal') return { ...state, done, total };
      return { name: 'sinkron-awal', done, total, startedAt: event.at, doneAtStart: done };
    }
    case 'paused':
      return event.error ? { name: 'galat', kind: event.error.kind, message: event.error.message } : { name: 'aktif' };
    case 'denied':
      return state;
    case 'complete':
      return state.name === 'galat' ? state : INITIAL_STATE;
  }
}

/** How much each state says about the whole: the one shown for several databases is the worst. */
const WEIGHT: Record<SyncState['name'], number> = {
  galat: 7,
  'sinkron-awal': 6,
  luring: 5,
  menyambung: 4,
  mengirim: 3,
  menerima: 2,
  aktif: 1,
  mati: 0
};

/** One state for a user with several kecamatan: the worst, first syncs summed. */
export function combineStates(states: readonly SyncState[]): SyncState {
  if (states.length === 0) return INITIAL_STATE;
  const worst = states.reduce((a, b) => (WEIGHT[b.name] > WEIGHT[a.name] ? b : a));
  if (worst.name !== 'sinkron-awal') return worst;
  const firsts = states.filter((s): s is Extract<SyncState, { name: 'sinkron-awal' }> => s.name === 'sinkron-awal');
  return {
    name: 'sinkron-awal',
    done: firsts.reduce((n, s) => n + s.done, 0),
    total: firsts.reduce((n, s) => n + s.total, 0),
    doneAtStart: firsts.reduce((n, s) => n + s.doneAtStart, 0),
    startedAt: Math.min(...firsts.map((s) => s.startedAt))
  };
}
