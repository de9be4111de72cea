import { requireSession } from '$lib/services/route-guard';
import type { PageLoad } from './$types';

/** Public: no login, whatever the session. */
export const load: PageLoad = ({ url }) => requireSession(url, 'publik');
