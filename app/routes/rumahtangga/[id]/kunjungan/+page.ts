import { requireSession } from '$lib/services/route-guard';
import type { PageLoad } from './$types';

// One page per household id: served by the SPA fallback, not prerendered.
export const prerender = false;

export const load: PageLoad = ({ url }) => requireSession(url);
