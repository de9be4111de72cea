/**
 * Login, offline unlock, inactivity lock and logout (DESIGN.md "Access"): the only code that
 * moves `session.status`.
 *
 * Disabled accounts: CouchDB has no "disabled" flag. An administrator disables a user by
 * giving the `_users` document the role `nonaktif` (and removing its area roles, so CouchDB's
 * `_security` keeps it out of every database). Its password still opens a server session, so
 * the app refuses it here: it closes that session, removes whatever this device holds for that
 * user (the account's data must not stay on a device it no longer may use) and shows the
 * reason. A user document without a password cannot log in at all; CouchDB answers it like a
 * wrong password, and so do we. The server, not this check, is what keeps data safe: the
 * firewall refuses every database request of a `nonaktif` session too (couch/server/firewall.ts);
 * the district admin deactivates through couch/server/pengguna.ts.
 */
import { jobRoleOf, type JobRole } from '$lib/domain/roles';
import {
  closeServerSession,
  currentServerSession,
  openServerSession,
  SessionError,
  type ServerSession
} from '$lib/db/session';
import { pendingUploads, wipeLocalData } from '$lib/sync/local-data';
import { clearUnlockRecord, saveUnlockRecord, unlockUser, verifyUnlock } from '$lib/sync/offline-unlock';
import { session, sessionUserOf, type SessionStatus, type SessionUser } from '$lib/state/session.svelte';
import { sync } from '$lib/state/sync.svelte';
import { watchInactivity } from './inactivity';
import { homeOf } from './role-home';

const DISABLED_ROLE = 'nonaktif';

/** The server let the user in, but SLRT does not: a disabled account, or one with no SLRT role. */
export class AccountRefusedError extends Error {
  override name = 'AccountRefusedError';
  constructor(readonly kind: 'nonaktif' | 'tanpa-peran') {
    super(`Login refused by the app: ${kind}`);
  }
}

/** This device still holds another user's unsent documents; logging in would discard them. */
export class OtherUserDataError extends Error {
  override name = 'OtherUserDataError';
  constructor(
    readonly previousName: string,
    readonly pending: number
  ) {
    super(`${pending} unsent documents of the device's previous user`);
  }
}

export type LogoutResult = { status: 'keluar' } | { status: 'perlu-konfirmasi'; pending: number };

let stopWatching: (() => void) | null = null;
let restoring: Promise<SessionStatus> | null = null;

function watchForInactivity(): void {
  stopWatching?.();
  stopWatching =
    typeof window === 'undefined' ? null : watchInactivity(lock, { target: window, visibility: document });
}

/** Starts the sync, or for the same user restarts what stopped on an error or an expired session. */
function startSync(user: SessionUser): void {
  // The sync shows its own failures on the indicator; this catches only a failed start.
  sync.start(user).catch((error: unknown) => console.error('[auth] sync tidak dapat dimulai', error));
}

function begin(user: SessionUser, serverConfirmed: boolean): void {
  session.open(user, serverConfirmed);
  watchForInactivity();
  startSync(user);
}

/**
 * Leaving must work without the network. The cookie is HttpOnly, so a server session a logout
 * could not close stays alive; `restore()` closes it at the next start, because this device
 * then has no login record for it.
 */
async function closeServerQuietly(): Promise<void> {
  await closeServerSession().catch((error: unknown) => console.warn((error as Error).message));
}

function stopWork(): void {
  stopWatching?.();
  stopWatching = null;
  sync.stop();
}

/** Removes every local database and the offline-unlock record of this device. */
async function forgetDevice(): Promise<void> {
  await wipeLocalData();
  clearUnlockRecord();
}

async function refuse(server: ServerSession, kind: AccountRefusedError['kind']): Promise<never> {
  await closeServerQuietly();
  if (kind === 'nonaktif' && unlockUser()?.name === server.name) {
    stopWork();
    await forgetDevice();
  }
  session.close(kind === 'nonaktif' ? 'nonaktif' : null);
  throw new AccountRefusedError(kind);
}

type AdmittedUser = SessionUser & { jobRole: JobRole };

/** Accepts the server's user or throws `AccountRefusedError`. */
async function admit(server: ServerSession): Promise<AdmittedUser> {
  const jobRole = jobRoleOf(server.roles);
  if (server.roles.includes(DISABLED_ROLE)) return refuse(server, 'nonaktif');
  if (!jobRole) return refuse(server, 'tanpa-peran');
  return { ...sessionUserOf(server.name, server.roles), jobRole };
}

/**
 * Online login. Throws `SessionError` (wrong password, rate limit, no connection, server),
 * `AccountRefusedError`, or `OtherUserDataError` when another user's documents wait to go up
 * (call again with `discardOtherUser` once the person has agreed). Returns the role's home.
 */
export async function logIn(name: string, password: string, options: { discardOtherUser?: boolean } = {}): Promise<string> {
  const previous = unlockUser();
  const switching = previous !== null && previous.name !== name;
  if (switching && !options.discardOtherUser) {
    const pending = await pendingUploads();
    if (pending > 0) throw new OtherUserDataError(previous.name, pending);
  }
  const user = await admit(await openServerSession(name, password));
  // One user per device: a kecamatan's data never stays for somebody else.
  if (switching) {
    stopWork();
    await forgetDevice();
  }
  await saveUnlockRecord(user, password);
  begin(user, true);
  return homeOf(user.jobRole);
}

/** The user this device can be unlocked for without the server, if any. */
export function rememberedName(): string | null {
  return unlockUser()?.name ?? null;
}

/**
 * Offline unlock with the password kept as a salted hash on this device; `name` when the person
 * typed one (the login page), else the remembered user. True when the password fits.
 */
export async function unlock(password: string, name?: string): Promise<boolean> {
  const user = await verifyUnlock(password, name === undefined ? {} : { name });
  if (!user) return false;
  begin(sessionUserOf(user.name, user.roles), false);
  return true;
}

/** Locks the screen; the data stays and sync keeps running. */
export function lock(): void {
  const user = session.user;
  if (session.status !== 'aktif' || !user) return;
  stopWatching?.();
  stopWatching = null;
  session.lock(user);
}

/** The server session expired: the password renews it, so sync can continue. */
export async function renewServerSession(password: string): Promise<void> {
  const user = session.user;
  if (!user) return;
  const renewed = await admit(await openServerSession(user.name, password));
  await saveUnlockRecord(renewed, password);
  session.open(renewed, true);
  startSync(renewed);
}

/**
 * Logout: asks first (`perlu-konfirmasi`) when documents still wait to go up, unless `force`.
 * Then stops sync, ends the server session (if reachable) and removes every local database and
 * the offline-unlock record.
 */
export async function logOut(options: { force?: boolean } = {}): Promise<LogoutResult> {
  if (!options.force) {
    const pending = await pendingUploads();
    if (pending > 0) return { status: 'perlu-konfirmasi', pending };
  }
  stopWork();
  await closeServerQuietly();
  await forgetDevice();
  session.close();
  return { status: 'keluar' };
}

async function decideOnStart(): Promise<SessionStatus> {
  const remembered = unlockUser();
  let server: ServerSession | null;
  try {
    server = await currentServerSession();
  } catch (error) {
    if (!(error instanceof SessionError)) throw error;
    console.warn(error.message);
    if (remembered) {
      session.lock(sessionUserOf(remembered.name, remembered.roles));
      return 'terkunci';
    }
    session.close();
    return 'keluar';
  }
  if (server && remembered?.name === server.name) {
    try {
      begin(await admit(server), true);
      return 'aktif';
    } catch (error) {
      if (error instanceof AccountRefusedError) return 'keluar';
      throw error;
    }
  }
  // A server session this device has no login for (an answer that arrived after a logout set
  // the cookie again, or the browser lost the record) must not open the app without a password.
  if (server) await closeServerQuietly();
  session.close();
  return 'keluar';
}

/**
 * On start, once: a live server session of the user this device remembers opens the app;
 * without the server, that user gets the unlock page; otherwise the login page. Later calls
 * return the first answer.
 */
export function restore(): Promise<SessionStatus> {
  restoring ??= decideOnStart();
  return restoring;
}
