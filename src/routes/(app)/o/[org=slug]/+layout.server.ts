import { requestMemberships, requireOrg } from '$lib/server/auth/guard';
import * as accounts from '$lib/server/repo/accounts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'shared.read');
	// On a GET the guard has just read the memberships; the switcher reuses them rather than asking again.
	const cached = requestMemberships(event, ctx.user.id);
	const organisations = cached
		? (await cached).map(({ id, slug, name, role }) => ({ id, slug, name, role }))
		: await accounts.organisationsOf(event.locals.db, ctx.user.id);
	return {
		user: { id: ctx.user.id, name: ctx.user.name, email: ctx.user.email },
		role: ctx.role,
		organisation: { id: ctx.organisation.id, slug: ctx.organisation.slug, name: ctx.organisation.name },
		organisations
	};
};
