import { isUuid } from '$lib/ids';
import { error, redirect } from '@sveltejs/kit';
import { RISK_CATALOGUE } from '$lib/domain/risk/catalogue';
import { can } from '$lib/domain/roles';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { formFailure } from '$lib/server/forms';
import { actionFailure, loadFailure } from '$lib/server/services/http';
import { modelMarks } from '$lib/server/services/model-notice';
import { riskOverview } from '$lib/server/services/risk-view';
import * as risks from '$lib/server/services/risks';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'register.read');
	const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
	const found = await risks.listRisks(event.locals.db, scope, event.params.id).catch(loadFailure);
	const locale = getLocale();
	return {
		...riskOverview(found, locale),
		model: await modelMarks(event.locals.db, found.version.id),
		catalogue: RISK_CATALOGUE.map((r) => ({ id: r.id, label: r.label[locale] })),
		canEdit: can(ctx.role, 'assessment.edit') && !found.version.frozenAt,
		saved: event.url.searchParams.get('saved'),
		added: event.url.searchParams.get('added')
	};
};

export const actions: Actions = {
	catalogue: async (event) => {
		const ctx = await requireOrg(event, 'assessment.edit');
		const data = await event.request.formData();
		const catalogueId = String(data.get('catalogueId') ?? '');
		if (!RISK_CATALOGUE.some((r) => r.id === catalogueId))
			return formFailure(400, { catalogueId }, { catalogueId: m.risk_error_catalogue() });
		const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
		let added: { measures: unknown[] };
		try {
			added = await risks.addCatalogueRisk(event.locals.db, scope, event.params.id, catalogueId, getLocale());
		} catch (cause) {
			return actionFailure(cause, { catalogueId });
		}
		redirect(303, `${event.url.pathname}?added=${catalogueId}-${added.measures.length}`);
	},
	delete: async (event) => {
		const ctx = await requireOrg(event, 'assessment.edit');
		const data = await event.request.formData();
		const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
		try {
			const riskId = String(data.get('riskId') ?? '');
			// A forged or empty id is simply not found, never a database error.
			if (!isUuid(riskId)) error(404, 'Not found');
			await risks.deleteRisk(event.locals.db, scope, event.params.id, riskId);
		} catch (cause) {
			return actionFailure(cause);
		}
		redirect(303, `${event.url.pathname}?saved=deleted`);
	}
};
