import { answerReasonForm, measureDecisionForm, riskDecisionForm } from '$lib/components/model/forms';
import { can } from '$lib/domain/roles';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { requireOrg } from '$lib/server/auth/guard';
import { formFailure, parseForm, type FormValues } from '$lib/server/forms';
import { actionFailure, loadFailure } from '$lib/server/services/http';
import { decideRisk, decideSchoolMeasure, explainAnswerChange, InventoryInputError } from '$lib/server/services/model-inventory';
import { inventoryView } from '$lib/server/services/model-view';
import { scopeOf } from '$lib/server/services/scope';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'register.read');
	const view = await inventoryView(event.locals.db, scopeOf(ctx), event.params.id, getLocale() === 'en' ? 'en' : 'nl').catch(loadFailure);
	return { view, canEdit: can(ctx.role, 'assessment.edit') && Boolean(view.inventory?.editable) };
};

const ERRORS = { reason: () => m.model_error_reason(), owner: () => m.model_error_owner(), dueOn: () => m.model_error_due() };

function failure(cause: unknown, values: FormValues) {
	if (cause instanceof InventoryInputError) return formFailure(400, values, { [cause.field]: ERRORS[cause.field]() });
	return actionFailure(cause, values);
}

export const actions: Actions = {
	risk: async (event) => {
		const ctx = await requireOrg(event, 'assessment.edit');
		const parsed = await parseForm(event.request, riskDecisionForm);
		if (!parsed.ok) return parsed.failure;
		try {
			await decideRisk(event.locals.db, scopeOf(ctx), event.params.id, parsed.data.key, parsed.data.decision, parsed.data.reason);
		} catch (cause) {
			return failure(cause, parsed.values);
		}
		return { saved: parsed.data.key };
	},
	measure: async (event) => {
		const ctx = await requireOrg(event, 'assessment.edit');
		const parsed = await parseForm(event.request, measureDecisionForm);
		if (!parsed.ok) return parsed.failure;
		const { key, decision, owner, dueOn, reason } = parsed.data;
		try {
			await decideSchoolMeasure(event.locals.db, scopeOf(ctx), event.params.id, key, { decision, owner, dueOn: dueOn || null, reason });
		} catch (cause) {
			return failure(cause, parsed.values);
		}
		return { saved: key };
	},
	answer: async (event) => {
		const ctx = await requireOrg(event, 'assessment.edit');
		const parsed = await parseForm(event.request, answerReasonForm);
		if (!parsed.ok) return parsed.failure;
		try {
			await explainAnswerChange(event.locals.db, scopeOf(ctx), event.params.id, parsed.data.key, parsed.data.reason);
		} catch (cause) {
			return failure(cause, parsed.values);
		}
		return { saved: parsed.data.key };
	}
};
