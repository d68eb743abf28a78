import { fail, type RequestEvent } from '@sveltejs/kit';
import { commentForm, threadForm } from '$lib/components/questionnaire/comment-form';
import { m } from '$lib/paraglide/messages';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/forms';
import { actionFailure } from '$lib/server/services/http';
import { addComment, setThreadResolved } from '$lib/server/services/questionnaire-comments';
import { AssessmentLocked } from '$lib/server/services/version-lock';

type Event = RequestEvent<{ org: string; id: string; section: string }>;

/** A signed-off version takes no comments; the message goes to the question's thread, not the section form. */
function refused(cause: unknown, questionId: string, values: Record<string, string | string[]>) {
	if (cause instanceof AssessmentLocked) return fail(409, { kind: 'comment' as const, questionId, values, errors: {}, message: m.wf_error_locked() });
	return actionFailure(cause, values);
}

async function setResolved(event: Event, resolved: boolean) {
	const ctx = await requireOrg(event, 'assessment.comment');
	const parsed = await parseForm(event.request, threadForm);
	if (!parsed.ok) return parsed.failure;
	const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
	try {
		await setThreadResolved(event.locals.db, scope, event.params.id, parsed.data.threadId, resolved);
	} catch (cause) {
		return refused(cause, parsed.data.questionId, parsed.values);
	}
	return { kind: 'comment' as const, questionId: parsed.data.questionId, done: resolved ? 'resolved' : 'reopened' };
}

/** Comments per question, between editor and FG; resolving and reopening is for both. */
export const commentActions = {
	comment: async (event: Event) => {
		const ctx = await requireOrg(event, 'assessment.comment');
		const parsed = await parseForm(event.request, commentForm);
		if (!parsed.ok) {
			const { values, errors } = parsed.failure.data;
			return fail(400, { kind: 'comment' as const, questionId: String(values.questionId ?? ''), values, errors });
		}
		const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user), origin: event.url.origin };
		try {
			await addComment(event.locals.db, scope, event.params.id, parsed.data);
		} catch (cause) {
			return refused(cause, parsed.data.questionId, parsed.values);
		}
		return { kind: 'comment' as const, questionId: parsed.data.questionId, done: 'added' };
	},
	resolve: (event: Event) => setResolved(event, true),
	reopen: (event: Event) => setResolved(event, false)
};
