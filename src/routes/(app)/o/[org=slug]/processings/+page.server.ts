import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { can } from '$lib/domain/roles';
import { todayInNl } from '$lib/server/services/http';
import { listRegister } from '$lib/server/services/register';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'register.read');
	const rows = await listRegister(event.locals.db, { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) });
	return { rows, today: todayInNl(), canCreate: can(ctx.role, 'prescan.run') };
};
