import { catalogueRiskTitle } from '$lib/domain/risk/catalogue-text';
import { catalogueReference, riskNumber } from '$lib/domain/risk/numbering';
import { getLocale } from '$lib/paraglide/runtime';
import { redirect } from '@sveltejs/kit';
import { measureForm } from '$lib/components/risk/forms';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/forms';
import { actionFailure, loadFailure } from '$lib/server/services/http';
import * as measures from '$lib/server/services/measures';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'assessment.edit');
	const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
	const found = await measures.readMeasure(event.locals.db, scope, event.params.id, event.params.measureId).catch(loadFailure);
	return {
		measure: found.measure,
		risks: found.risks.map((r, i) => ({ id: r.id, number: riskNumber(i), title: catalogueRiskTitle(r.catalogueId, r.title, getLocale()), catalogueRef: catalogueReference(r.catalogueId, getLocale()) })),
		locked: Boolean(found.version.frozenAt)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requireOrg(event, 'assessment.edit');
		const parsed = await parseForm(event.request, measureForm, { multi: ['riskIds'] });
		if (!parsed.ok) return parsed.failure;
		const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
		try {
			await measures.updateMeasure(event.locals.db, scope, event.params.id, event.params.measureId, parsed.data);
		} catch (cause) {
			return actionFailure(cause, parsed.values);
		}
		redirect(303, `/o/${ctx.organisation.slug}/assessments/${event.params.id}/measures?saved=updated`);
	}
};
