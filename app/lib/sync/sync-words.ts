import type { Translate } from '../i18n/translate';
import { remainingMs } from './progress';
import type { SyncState } from './sync-status';

/**
 * The one place sync states become words (Bahasa Indonesia or English through `t`), for the
 * indicator and the details page alike. Pure: the caller passes `t`, the formatters and now.
 */
export interface SyncView {
  state: SyncState;
  mode: 'lokal' | 'jarak-jauh';
  online: boolean;
  pending: number;
  rejected: number;
  /** ISO time of the last moment both directions were caught up. */
  lastSyncAt: string | null;
}

export interface Wording {
  t: Translate;
  formatDateTime: (value: string) => string;
  formatNumber: (value: number) => string;
}

export type Tone = 'ok' | 'sibuk' | 'peringatan' | 'galat';

export interface SyncWords {
  status: string;
  tone: Tone;
  connection: string;
  /** How many saves wait to go up, 0 included; null for remote work, where nothing waits. */
  pending: string | null;
  rejected: string | null;
  lastSync: string;
  /** The error in words, and the server's detail under it. */
  error: string | null;
  errorDetail: string | null;
  /** First sync: how long is left, in words. */
  remaining: string | null;
}

function statusWords(view: SyncView, { t, formatNumber }: Wording): { status: string; tone: Tone } {
  const { state } = view;
  if (view.mode === 'jarak-jauh' && state.name !== 'galat') {
    return view.online ? { status: t('sync.status.jarakJauh'), tone: 'ok' } : { status: t('sync.status.luring'), tone: 'peringatan' };
  }
  switch (state.name) {
    case 'mati':
      return { status: t('sync.status.mati'), tone: 'peringatan' };
    case 'luring':
      return { status: t('sync.status.luring'), tone: 'peringatan' };
    case 'menyambung':
      return { status: t('sync.status.menyambung'), tone: 'sibuk' };
    case 'sinkron-awal':
      return {
        status: t('sync.status.sinkronAwal', { done: formatNumber(state.done), total: formatNumber(state.total) }),
        tone: 'sibuk'
      };
    case 'aktif':
      return { status: t('sync.status.aktif'), tone: 'ok' };
    case 'mengirim':
      return { status: t('sync.status.mengirim'), tone: 'sibuk' };
    case 'menerima':
      return { status: t('sync.status.menerima'), tone: 'sibuk' };
    case 'galat':
      return { status: t(`sync.galat.${state.kind}`), tone: state.kind === 'server' ? 'peringatan' : 'galat' };
  }
}

function remainingWords(state: SyncState, t: Translate, now: number): string | null {
  if (state.name !== 'sinkron-awal') return null;
  const ms = remainingMs(state, now);
  if (ms === null) return t('sync.menghitung');
  const seconds = Math.max(1, Math.round(ms / 1000));
  return seconds < 60 ? t('sync.sisaDetik', { n: seconds }) : t('sync.sisaMenit', { n: Math.ceil(seconds / 60) });
}

export function syncWords(view: SyncView, wording: Wording, now: number): SyncWords {
  const { t, formatDateTime, formatNumber } = wording;
  const { status, tone } = statusWords(view, wording);
  const error = view.state.name === 'galat' ? t(`sync.galat.${view.state.kind}`) : null;
  const detail = view.state.name === 'galat' && view.state.message ? t('sync.galat.rincian', { detail: view.state.message }) : null;
  return {
    status,
    tone,
    connection: view.online ? t('sync.daring') : t('sync.luring'),
    pending: view.mode === 'lokal' ? t('sync.menunggu', { n: formatNumber(view.pending) }) : null,
    rejected: view.rejected > 0 ? t('sync.ditolakJumlah', { n: formatNumber(view.rejected) }) : null,
    lastSync: view.lastSyncAt ? t('sync.terakhir', { waktu: formatDateTime(view.lastSyncAt) }) : t('sync.belumPernah'),
    error,
    errorDetail: detail,
    remaining: remainingWords(view.state, t, now)
  };
}
