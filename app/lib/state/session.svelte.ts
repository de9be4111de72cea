/**
 * Who uses the app and whether it is open (contracts §2). Only `auth.service.ts` moves the
 * status; the sync layer reports an expired server session through `expired()`.
 *
 * - `memeriksa`: on start, until `restore()` has decided.
 * - `keluar`: nobody; the login page.
 * - `terkunci`: a known user, locked (inactivity, or started without the server): the local
 *   data stays and sync keeps running; the password opens it again.
 * - `aktif`: the user works. `serverExpired` may still be true: the work goes on locally and
 *   the user is asked for the password to let sync continue.
 */
import { areaOfRoles, jobRoleOf, type JobRole, type UserArea } from '$lib/domain/roles';

export type SessionStatus = 'memeriksa' | 'keluar' | 'terkunci' | 'aktif';

export interface SessionUser {
  name: string;
  roles: string[];
  jobRole: JobRole | null;
  area: UserArea;
}

/** Why the last session ended, when the login page has something to say about it. */
export type SignOutNotice = 'nonaktif';

export function sessionUserOf(name: string, roles: readonly string[]): SessionUser {
  return { name, roles: [...roles], jobRole: jobRoleOf(roles), area: areaOfRoles(roles) };
}

class SessionState {
  #status = $state<SessionStatus>('memeriksa');
  #user = $state<SessionUser | null>(null);
  #serverExpired = $state(false);
  #notice = $state<SignOutNotice | null>(null);

  get status(): SessionStatus {
    return this.#status;
  }
  get user(): SessionUser | null {
    return this.#user;
  }
  /** The server no longer knows this session: sync waits for the password. */
  get serverExpired(): boolean {
    return this.#serverExpired;
  }
  get notice(): SignOutNotice | null {
    return this.#notice;
  }

  /**
   * The user works. After an online login the server knows the session; after an offline
   * unlock nobody knows yet, so an expiry already reported stays until the server says more.
   */
  open(user: SessionUser, serverConfirmed: boolean): void {
    if (serverConfirmed || this.#user?.name !== user.name) this.#serverExpired = false;
    this.#user = user;
    this.#status = 'aktif';
    this.#notice = null;
  }

  lock(user: SessionUser): void {
    this.#user = user;
    this.#status = 'terkunci';
  }

  close(notice: SignOutNotice | null = null): void {
    this.#user = null;
    this.#status = 'keluar';
    this.#serverExpired = false;
    this.#notice = notice;
  }

  /** The sync layer got a 401 from `/db/`: keep working locally, ask for the password. */
  expired(): void {
    if (this.#status === 'aktif' || this.#status === 'terkunci') this.#serverExpired = true;
  }

  /** The password was accepted by the server again. */
  renewed(): void {
    this.#serverExpired = false;
  }
}

export const session = new SessionState();
