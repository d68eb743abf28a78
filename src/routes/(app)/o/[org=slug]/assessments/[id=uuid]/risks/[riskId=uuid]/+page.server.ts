import { redirect } from '@sveltejs/kit';
import { riskForm } from '$lib/components/risk/forms';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/forms';
import { actionFailure, loadFailure } from '$lib/server/services/http';
import * as risks from '$lib/server/services/risks';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'assessment.edit');
	const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
	const { version, risk } = await risks.readRisk(event.locals.db, scope, event.params.id, event.params.riskId).catch(loadFailure);
	return { risk, locked: Boolean(version.frozenAt) };
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requireOrg(event, 'assessment.edit');
		const parsed = await parseForm(event.request, riskForm);
		if (!parsed.ok) return parsed.failure;
		const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
		try {
			await risks.updateRisk(event.locals.db, scope, event.params.id, event.params.riskId, parsed.data);
		} catch (cause) {
			return actionFailure(cause, parsed.values);
		}
		redirect(303, `/o/${ctx.organisation.slug}/assessments/${event.params.id}/risks?saved=updated`);
	}
};
