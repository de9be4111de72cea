/**
 * Which page a session status allows: the decisions behind `requireSession` (route-guard.ts)
 * and behind the lock screen that covers a page while it is open (`coveredByLock`).
 */
import type { JobRole } from '$lib/domain/roles';
import type { SessionStatus } from '$lib/state/session.svelte';
import { homeOf } from './role-home';

/**
 * `pengguna`: a page for a logged-in user; `masuk` and `kunci`: the login and unlock pages;
 * `awal`: the start page, which only sends the user on; `publik`: a page for anyone (the
 * citizen's status page), never redirected, not even by the inactivity lock.
 */
export type PageAccess = 'pengguna' | 'masuk' | 'kunci' | 'awal' | 'publik';

/** Pages with `publik` access: the lock that follows an open page leaves them alone. */
const PUBLIC_PATHS: ReadonlySet<string> = new Set(['/lacak']);

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.has(pathname);
}

const RETURN_PARAM = 'kembali';

/** An in-app path to come back to after unlocking; anything else (another origin) is dropped. */
export function returnPathOf(url: URL): string | null {
  const path = url.searchParams.get(RETURN_PARAM);
  return path && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : null;
}

/** The unlock page, remembering where the user was. */
export function lockPath(url: URL): string {
  const here = url.pathname + url.search;
  return here === '/' || url.pathname === '/kunci' ? '/kunci' : `/kunci?${RETURN_PARAM}=${encodeURIComponent(here)}`;
}

/**
 * Whether the lock screen covers the page at `pathname`: a lock while a page is open keeps the
 * page (and whatever was half typed) under it, except on the pages that are the way in and the
 * public ones (the status page a citizen may use on the same device).
 */
export function coveredByLock(status: SessionStatus, pathname: string): boolean {
  return status === 'terkunci' && pathname !== '/kunci' && pathname !== '/masuk' && !isPublicPath(pathname);
}

/** Where to send the user instead of `url`, or null to stay. */
export function redirectFor(status: SessionStatus, jobRole: JobRole | null, access: PageAccess, url: URL): string | null {
  if (access === 'publik') return null;
  if (status === 'keluar' || status === 'memeriksa') return access === 'masuk' ? null : '/masuk';
  if (status === 'terkunci') return access === 'kunci' ? null : access === 'pengguna' ? lockPath(url) : '/kunci';
  if (access === 'pengguna') return null;
  // An active session always has a job role (auth.service refuses one without).
  return returnPathOf(url) ?? (jobRole ? homeOf(jobRole) : null);
}
