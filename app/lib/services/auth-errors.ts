/** Login, unlock and logout failures in the user's words; the detail goes to the log. */
import { SessionError } from '$lib/db/session';
import { t } from '$lib/i18n';
import { AccountRefusedError } from './auth.service';

export function describeAuthError(error: unknown): string {
  if (error instanceof SessionError) {
    switch (error.kind) {
      case 'salah':
        return t('auth.login.wrong');
      case 'tak-terhubung':
        return t('auth.login.offline');
      case 'dibatasi':
        return error.reason ? t('auth.login.limited', { reason: error.reason }) : t('auth.login.limitedDefault');
      case 'server': {
        const status = error.status ?? '—';
        return error.reason ? t('auth.login.serverReason', { reason: error.reason, status }) : t('auth.login.server', { status });
      }
    }
  }
  if (error instanceof AccountRefusedError) {
    return error.kind === 'nonaktif' ? t('auth.login.disabled') : t('auth.login.noRole');
  }
  console.error(error);
  return t('auth.unexpected', { detail: error instanceof Error ? error.message || error.name : String(error) });
}

/** No answer from the server at all, or a server that cannot serve: offline unlock may help. */
export function isServerOutOfReach(error: unknown): boolean {
  return error instanceof SessionError && (error.kind === 'tak-terhubung' || error.kind === 'server');
}
