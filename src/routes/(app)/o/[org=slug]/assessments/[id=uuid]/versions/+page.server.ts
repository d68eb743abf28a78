import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { loadFailure } from '$lib/server/services/http';
import { listVersions } from '$lib/server/services/versions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'register.read');
	const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
	return listVersions(event.locals.db, scope, event.params.id).catch(loadFailure);
};
