import { can } from '$lib/domain/roles';
import { parseRegisterQuery } from '$lib/domain/register-query';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { todayInNl } from '$lib/server/services/http';
import { listRegister } from '$lib/server/services/register';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'register.read');
	const query = parseRegisterQuery(event.url.searchParams);
	const today = todayInNl();
	const register = await listRegister(event.locals.db, { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) }, query, today);
	return { ...register, query, today, canCreate: can(ctx.role, 'prescan.run'), canImport: can(ctx.role, 'assessment.edit') };
};
