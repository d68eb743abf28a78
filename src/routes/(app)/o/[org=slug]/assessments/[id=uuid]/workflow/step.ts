import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { actorOf } from '$lib/server/audit';
import type { OrgContext } from '$lib/server/auth/guard';
import { parseForm, safeValues } from '$lib/server/forms';
import { ReportBudgetExceeded, ReportsBusy } from '$lib/server/pdf';
import { actionFailure } from '$lib/server/services/http';
import { perform, StaleState, WorkflowRefused, type Action, type ActionInput } from '$lib/server/services/workflow';
import { refusalMessage } from '$lib/server/services/workflow-messages';

/**
 * The shared body of every workflow form action (each action still calls the guard itself): parse the
 * form, run the step, and turn a refusal into a message on the form, keeping what was typed.
 */
export async function step<S extends z.ZodType>(
	event: RequestEvent,
	ctx: OrgContext,
	action: Action,
	schema: S,
	toInput: (data: z.output<S>) => ActionInput
) {
	const parsed = await parseForm(event.request, schema);
	if (!parsed.ok) return parsed.failure;
	const expectedState = typeof parsed.values.state === 'string' ? parsed.values.state : undefined;
	const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user), role: ctx.role, origin: event.url.origin };
	let to: string;
	try {
		({ to } = await perform(event.locals.db, scope, event.params.id!, action, { ...toInput(parsed.data), expectedState }));
	} catch (cause) {
		const values = safeValues(parsed.values);
		if (cause instanceof StaleState) return fail(409, { action, values, errors: {} as Record<string, string>, message: m.wf_error_stale() });
		if (cause instanceof WorkflowRefused) {
			const errors: Record<string, string> = cause.refusal.field ? { [cause.refusal.field]: refusalMessage(cause.refusal) } : {};
			return fail(409, { action, values, errors, message: refusalMessage(cause.refusal) });
		}
		// sign-off renders the reports whose hashes it records; nothing was saved when that could not be done
		if (cause instanceof ReportsBusy) return fail(503, { action, values, errors: {} as Record<string, string>, message: m.report_busy_text() });
		if (cause instanceof ReportBudgetExceeded) return fail(503, { action, values, errors: {} as Record<string, string>, message: m.report_budget_title() });
		return actionFailure(cause, parsed.values);
	}
	redirect(303, `/o/${ctx.organisation.slug}/assessments/${event.params.id}/workflow?done=${encodeURIComponent(to)}`);
}
