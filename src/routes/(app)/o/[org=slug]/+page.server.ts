import { can } from '$lib/domain/roles';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { dashboard } from '$lib/server/services/dashboard';
import { todayInNl } from '$lib/server/services/http';
import { scopeOf } from '$lib/server/services/scope';
import { expiringEvidence } from '$lib/server/services/supplier-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'shared.read');
	// the (G)MR sees only what was shared with it (spec §6.2), so no register numbers for that role
	if (!can(ctx.role, 'register.read')) return { board: null, evidence: [] };
	const today = todayInNl();
	const [board, evidence] = await Promise.all([
		dashboard(event.locals.db, { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) }, today),
		expiringEvidence(event.locals.db, scopeOf(ctx), today)
	]);
	return { board, evidence };
};
