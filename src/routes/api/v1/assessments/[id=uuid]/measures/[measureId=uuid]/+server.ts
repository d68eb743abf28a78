import { m } from '$lib/paraglide/messages';
import { apiHandler, requireApi } from '$lib/server/api';
import { idempotent, invalidInput, readBody } from '$lib/server/api-v1/idempotency';
import { measureStatusRequest } from '$lib/server/api-v1/schemas';
import { setMeasureStatus } from '$lib/server/services/measure-status';
import { NotFound } from '$lib/server/services/scope';
import { AssessmentLocked } from '$lib/server/services/version-lock';
import type { RequestEvent } from './$types';

/** `{ "status": "planned" | "in_progress" | "done" }`: a measure's progress, with the measure form's rules. */
export const PATCH = apiHandler(async (event: RequestEvent) => {
	const ctx = await requireApi(event, 'assessment.edit');
	const body = await readBody(event.request);
	return idempotent(event, ctx, body.text, async () => {
		if (body.value === undefined) return { status: 400, body: { error: { code: 'invalid_json', message: m.api_not_json() } } };
		const parsed = measureStatusRequest.safeParse(body.value);
		if (!parsed.success) return invalidInput(parsed.error);
		try {
			const measure = await setMeasureStatus(event.locals.db, { organisationId: ctx.organisation.id, actor: ctx.actor }, event.params.id, event.params.measureId, parsed.data.status);
			return { status: 200, body: { id: measure.id, title: measure.title, owner: measure.owner, dueOn: measure.dueOn, status: measure.status } };
		} catch (cause) {
			if (cause instanceof NotFound) return { status: 404, body: { error: { code: 'not_found', message: m.api_not_found() } } };
			if (cause instanceof AssessmentLocked) return { status: 409, body: { error: { code: 'locked', message: m.api_locked() } } };
			throw cause;
		}
	});
});
