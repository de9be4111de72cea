import { requireSession } from '$lib/services/route-guard';
import type { PageLoad } from './$types';

// One page per record: not prerendered, the SPA fallback serves it.
export const prerender = false;

export const load: PageLoad = ({ url }) => requireSession(url);
