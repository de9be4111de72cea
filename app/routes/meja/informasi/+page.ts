import { requireSession } from '$lib/services/route-guard';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ url }) => requireSession(url);
