import { redirect } from '@sveltejs/kit';
import * as accounts from '$lib/server/repo/accounts';
import { pendingInvitations } from '$lib/server/services/invitations';
import type { PageServerLoad } from './$types';

// The front door only routes: first run → setup, anonymous → login, member → their first organisation,
// someone not yet in any organisation but invited → the invitations (a new account after its first password).
export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.user) {
		if (!(await accounts.anyUserExists(locals.db))) redirect(303, '/setup');
		redirect(303, '/login');
	}
	const orgs = await accounts.organisationsOf(locals.db, locals.user.id);
	if (orgs[0]) redirect(303, `/o/${orgs[0].slug}`);
	if ((await pendingInvitations(locals.db, locals.user.email)).length) redirect(303, '/account/invitations');
	return { user: locals.user };
};
