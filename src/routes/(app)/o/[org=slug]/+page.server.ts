import { requireOrg } from '$lib/server/auth/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await requireOrg(event, 'shared.read');
	return {};
};
