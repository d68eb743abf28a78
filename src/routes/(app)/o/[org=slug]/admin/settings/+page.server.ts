import { policyForm } from '$lib/components/admin/forms';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/forms';
import { updatePolicy } from '$lib/server/services/policy-settings';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'org.manage');
	return { policy: ctx.organisation.policy };
};

export const actions: Actions = {
	policy: async (event) => {
		const ctx = await requireOrg(event, 'org.manage');
		const parsed = await parseForm(event.request, policyForm);
		if (!parsed.ok) return parsed.failure;
		const changed = await updatePolicy(event.locals.db, { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) }, parsed.data);
		return { changed };
	}
};
