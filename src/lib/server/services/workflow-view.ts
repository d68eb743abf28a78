import { inArray } from 'drizzle-orm';
import { getLocale } from '$lib/paraglide/runtime';
import { CHANGE_REASONS, reviewStatus } from '$lib/domain/review';
import { availableActions } from '$lib/domain/workflow/transition';
import { missingRoles } from '$lib/domain/workflow/staffing';
import type { Db } from '../db';
import { users } from '../db/schema';
import { rolesHeld } from '../repo/board-setup';
import * as workflowRepo from '../repo/workflow';
import { currentVersion } from './scope';
import type { WorkflowScope } from './workflow';
import { ACTIONS, type Action } from '$lib/domain/workflow/actions';
import { gatherFacts, judge, type Refusal } from './workflow-facts';
import { refusalMessage } from './workflow-messages';

export interface ActionOption {
	id: Action;
	allowed: boolean;
	reason?: string;
	refusal?: Refusal;
}

/** What the workflow page shows: state, history, records, and the actions of the user's role with reasons. */
export async function workflowView(db: Db, scope: WorkflowScope, assessmentId: string, today: string) {
	const { assessment, version } = await currentVersion(db, scope, assessmentId);
	const facts = await gatherFacts(db, version.id);
	const offered = new Set(availableActions(version.status, scope.role));
	const actions: ActionOption[] = ACTIONS.filter((id) => offered.has(id)).map((id) => {
		// Actions whose guard depends on the form (decision, deviation) are judged again on submit.
		const verdict = judge(version.status, id, scope.role, facts);
		return verdict.ok ? { id, allowed: true } : { id, allowed: false, reason: refusalMessage(verdict.refusal), refusal: verdict.refusal };
	});
	const history = await workflowRepo.history(db, version.id);
	const shares = await workflowRepo.shares(db, version.id);
	const userIds = [...new Set(history.map((h) => h.userId).filter((id): id is string => id !== null))];
	const names = userIds.length ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds)) : [];
	const nameOf = new Map(names.map((n) => [n.id, n.name]));
	return {
		locale: getLocale(),
		assessment: { id: assessment.id, status: assessment.status, decidedOn: assessment.decidedOn, reviewDueOn: assessment.reviewDueOn },
		version: { id: version.id, number: version.number, status: version.status, frozenAt: version.frozenAt?.toISOString() ?? null },
		actions,
		advice: await workflowRepo.latestAdvice(db, version.id),
		decision: await workflowRepo.latestDecision(db, version.id),
		consultations: await workflowRepo.consultations(db, version.id),
		shares: shares.map((s) => ({ id: s.id, sharedOn: s.sharedOn, responseKind: s.responseKind, respondedOn: s.respondedOn })),
		history: history.map((h) => ({
			id: h.id,
			action: h.action,
			from: h.fromStatus,
			to: h.toStatus,
			note: h.note,
			user: h.userId ? (nameOf.get(h.userId) ?? null) : null,
			at: h.createdAt.toISOString()
		})),
		highestResidualLevel: facts.highestResidualLevel,
		/** Roles nobody in the board holds that a step ahead needs: the DPIA would wait there for no one. */
		missingRoles: missingRoles(version.status, await rolesHeld(db, scope.organisationId)),
		reviewStatus: reviewStatus(assessment, today),
		changeReasons: CHANGE_REASONS.map((r) => ({ id: r.id, label: r.label[getLocale()] }))
	};
}
