import { requireOrg } from '$lib/server/auth/guard';
import { listShared } from '$lib/server/services/gmr';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'shared.read');
	return { shares: await listShared(event.locals.db, ctx.organisation.id) };
};
