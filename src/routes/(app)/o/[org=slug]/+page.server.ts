import { can } from '$lib/domain/roles';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { dashboard } from '$lib/server/services/dashboard';
import { todayInNl } from '$lib/server/services/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'shared.read');
	// the (G)MR sees only what was shared with it (spec §6.2), so no register numbers for that role
	if (!can(ctx.role, 'register.read')) return { board: null };
	const board = await dashboard(event.locals.db, { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) }, todayInNl());
	return { board };
};
