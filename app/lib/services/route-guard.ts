/** The guard each page's `+page.ts` load calls: `await requireSession(url)` (or with its access). */
import { redirect } from '@sveltejs/kit';
import { session } from '$lib/state/session.svelte';
import { restore } from './auth.service';
import { redirectFor, type PageAccess } from './page-access';

/** For a page's load: waits for the start-up check, then redirects if this page is not for now. */
export async function requireSession(url: URL, access: PageAccess = 'pengguna'): Promise<void> {
  await restore();
  const to = redirectFor(session.status, session.user?.jobRole ?? null, access, url);
  if (to !== null) redirect(307, to);
}
