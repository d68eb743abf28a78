import { redirect } from '@sveltejs/kit';
import * as accounts from '$lib/server/repo/accounts';
import type { PageServerLoad } from './$types';

// The front door only routes: first run → setup, anonymous → login, member → their first organisation.
export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.user) {
		if (!(await accounts.anyUserExists(locals.db))) redirect(303, '/setup');
		redirect(303, '/login');
	}
	const orgs = await accounts.organisationsOf(locals.db, locals.user.id);
	if (orgs[0]) redirect(303, `/o/${orgs[0].slug}`);
	return { user: locals.user };
};
