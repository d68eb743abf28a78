import { catalogueMeasureTitle, catalogueRiskTitle } from '$lib/domain/risk/catalogue-text';
import { catalogueReference, riskNumber } from '$lib/domain/risk/numbering';
import { getLocale } from '$lib/paraglide/runtime';
import { isUuid } from '$lib/ids';
import { error, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/roles';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { actionFailure, loadFailure, todayInNl } from '$lib/server/services/http';
import * as measures from '$lib/server/services/measures';
import { modelMarks } from '$lib/server/services/model-notice';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'register.read');
	const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
	const found = await measures.listMeasures(event.locals.db, scope, event.params.id).catch(loadFailure);
	return {
		measures: found.measures.map((x) => ({ ...x, title: catalogueMeasureTitle(x.title, getLocale()) })),
		risks: found.risks.map((r, i) => ({ id: r.id, number: riskNumber(i), title: catalogueRiskTitle(r.catalogueId, r.title, getLocale()), catalogueRef: catalogueReference(r.catalogueId, getLocale()) })),
		today: todayInNl(),
		model: await modelMarks(event.locals.db, found.version.id),
		canEdit: can(ctx.role, 'assessment.edit') && !found.version.frozenAt,
		saved: event.url.searchParams.get('saved')
	};
};

export const actions: Actions = {
	delete: async (event) => {
		const ctx = await requireOrg(event, 'assessment.edit');
		const data = await event.request.formData();
		const measureId = String(data.get('measureId') ?? '');
		const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
		try {
			// A forged or empty id is simply not found, never a database error.
			if (!isUuid(measureId)) error(404, 'Not found');
			await measures.deleteMeasure(event.locals.db, scope, event.params.id, measureId);
		} catch (cause) {
			return actionFailure(cause);
		}
		redirect(303, `${event.url.pathname}?saved=deleted`);
	}
};
