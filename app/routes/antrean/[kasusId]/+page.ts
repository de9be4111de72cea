import { requireSession } from '$lib/services/route-guard';
import type { PageLoad } from './$types';

// One page per case: served by the SPA fallback, never prerendered.
export const prerender = false;

export const load: PageLoad = ({ url }) => requireSession(url);
