import { WORKFLOW_NOTIFICATIONS } from '$lib/domain/mail/notifications';
import type { Tx } from '../db';
import type { Scope } from '../services/scope';
import { notifyRoles } from './notify';

/**
 * The mail a workflow step causes, written in the step's own transaction: it exists exactly when the step
 * does. The transition's id names the event, so the step's mails are made once whatever happens next.
 */
export async function notifyWorkflowStep(tx: Tx, scope: Scope, step: { assessmentId: string; action: string; transitionId: string; shareId: string | null }): Promise<void> {
	const kind = WORKFLOW_NOTIFICATIONS[step.action];
	if (!kind) return;
	const shareId = step.shareId;
	await notifyRoles(tx, {
		organisationId: scope.organisationId,
		assessmentId: step.assessmentId,
		kind,
		eventId: `transition:${step.transitionId}`,
		actorId: scope.actor.userId,
		origin: scope.origin,
		// the (G)MR reads what was shared with it on its own page, not the DPIA's
		path: shareId ? (slug) => `/o/${slug}/shared/${shareId}` : undefined
	});
}

/** A comment on a DPIA: its editors and FG hear of it, the writer does not. */
export async function notifyComment(tx: Tx, scope: Scope, input: { assessmentId: string; commentId: string; sectionId: string }): Promise<void> {
	await notifyRoles(tx, {
		organisationId: scope.organisationId,
		assessmentId: input.assessmentId,
		kind: 'comment',
		eventId: `comment:${input.commentId}`,
		actorId: scope.actor.userId,
		origin: scope.origin,
		path: (slug) => `/o/${slug}/assessments/${input.assessmentId}/questionnaire/${input.sectionId}`
	});
}
