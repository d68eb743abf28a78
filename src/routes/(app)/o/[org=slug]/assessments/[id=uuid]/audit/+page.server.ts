import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { auditTrail } from '$lib/server/services/audit-trail';
import { loadFailure } from '$lib/server/services/http';
import type { PageServerLoad } from './$types';

// Read-only on purpose: no actions here, and the audit table refuses UPDATE and DELETE.
export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'assessment.audit');
	const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
	const page = Number.parseInt(event.url.searchParams.get('page') ?? '', 10);
	const trail = await auditTrail(event.locals.db, scope, event.params.id, Number.isSafeInteger(page) && page > 0 ? page : 1).catch(loadFailure);
	return { assessmentId: event.params.id, ...trail };
};
