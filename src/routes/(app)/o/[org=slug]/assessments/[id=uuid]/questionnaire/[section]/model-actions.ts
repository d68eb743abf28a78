import { fail, type RequestEvent } from '@sveltejs/kit';
import { answerReasonForm } from '$lib/components/model/forms';
import { m } from '$lib/paraglide/messages';
import { requireOrg } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/forms';
import { actionFailure } from '$lib/server/services/http';
import { explainAnswerChange, InventoryInputError } from '$lib/server/services/model-inventory';
import { scopeOf } from '$lib/server/services/scope';

type Event = RequestEvent<{ org: string; id: string; section: string }>;

export const modelActions = {
	/** Why the school departs from the model's answer, asked beside the answer it changed (issue 20). */
	modelReason: async (event: Event) => {
		const ctx = await requireOrg(event, 'assessment.edit');
		const parsed = await parseForm(event.request, answerReasonForm);
		// the section page tells this form's answer from a section save by its kind
		if (!parsed.ok) return fail(400, { kind: 'modelReason' as const, ...parsed.failure.data });
		try {
			await explainAnswerChange(event.locals.db, scopeOf(ctx), event.params.id, parsed.data.key, parsed.data.reason);
		} catch (cause) {
			if (cause instanceof InventoryInputError) return fail(400, { kind: 'modelReason' as const, values: parsed.values, errors: { reason: m.model_error_reason() } });
			return actionFailure(cause, parsed.values);
		}
		return { kind: 'modelReason' as const, saved: parsed.data.key };
	}
};
