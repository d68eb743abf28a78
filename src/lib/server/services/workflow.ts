import { formatISO } from 'date-fns';
import { reviewDueDate } from '$lib/domain/review';
import { eq } from 'drizzle-orm';
import type { Role } from '$lib/domain/roles';
import { recordAudit } from '../audit';
import type { Db } from '../db';
import { apConsultations, assessments, boardDecisions, fgAdvice, gmrShares, transitions } from '../db/schema';
import * as workflowRepo from '../repo/workflow';
import { SHARE_ACTION } from './gmr';
import { currentVersion, type Scope } from './scope';
import { freezeVersion } from './signoff';
import { buildSignoffArtifacts } from './signoff-artifacts';
import { copyVersion } from './workflow-copy';
import { loadVersionData } from './version-data';
import type { Action } from '$lib/domain/workflow/actions';
import type { BoardDecision, FgVerdict } from '$lib/domain/workflow/decisions';
import type { State } from '$lib/domain/workflow/states';
import { gatherFacts, judge, type Refusal } from './workflow-facts';
import { notifyWorkflowStep } from '../mail/workflow-events';

export type { Action } from '$lib/domain/workflow/actions';
export type { Refusal } from './workflow-facts';

/** A step the domain refused (wrong role, wrong state, a guard such as missing FG advice). */
export class WorkflowRefused extends Error {
	readonly _tag = 'WorkflowRefused';
	constructor(readonly refusal: Refusal) {
		super(`workflow refused: ${refusal.code}`);
	}
}

/** The page was loaded in another state than the one the step would start from (someone else acted). */
export class StaleState extends Error {
	readonly _tag = 'StaleState';
}

export interface ActionInput {
	/** The state the user saw; a mismatch means someone else moved the DPIA on in the meantime. */
	expectedState?: string;
	note?: string;
	advice?: { verdict: FgVerdict; text: string; advisedOn: string };
	decision?: { decision: BoardDecision; motivation: string; residualRiskAcceptance: string; deviationMotivation: string; decidedOn: string };
	consultation?: { requestedOn: string; reference: string; answeredOn: string | null; outcome: string };
	share?: { sharedOn: string };
	newVersion?: { reason: string; text: string };
}

export type WorkflowScope = Scope & { role: Role };

/** A step called without the record it stores is a programming error, not a user error. */
function need<T>(value: T | undefined, what: string): T {
	if (value === undefined) throw new Error(`workflow step needs ${what}`);
	return value;
}

/**
 * Runs one workflow step: the domain decides whether it is allowed and where it leads; this stores the
 * step's record, the transition with a snapshot, the new status and the audit entry in one transaction.
 */
export async function perform(db: Db, scope: WorkflowScope, assessmentId: string, action: Action, input: ActionInput): Promise<{ to: State }> {
	return db.transaction(async (tx) => {
		const { assessment, version } = await currentVersion(tx, scope, assessmentId);
		if (input.expectedState && input.expectedState !== version.status) throw new StaleState();
		const facts = await gatherFacts(tx, version.id, input);
		const verdict = judge(version.status, action, scope.role, facts);
		if (!verdict.ok) throw new WorkflowRefused(verdict.refusal);
		const to = verdict.to;
		const userId = scope.actor.userId;
		const now = new Date();
		let versionId = version.id;
		let shareId: string | null = null;

		switch (action) {
			case 'advise':
				await tx.insert(fgAdvice).values({ versionId, ...need(input.advice, 'advice'), userId });
				break;
			case 'decide': {
				const d = need(input.decision, 'decision');
				await tx.insert(boardDecisions).values({
					versionId,
					decision: d.decision,
					motivation: d.motivation,
					residualRiskAcceptance: d.residualRiskAcceptance,
					deviationMotivation: d.deviationMotivation || null,
					decidedOn: d.decidedOn,
					userId
				});
				break;
			}
			case 'log_consultation':
				await tx.insert(apConsultations).values({ versionId, ...need(input.consultation, 'consultation'), userId });
				break;
			case 'share_gmr':
				shareId = (
					await tx
						.insert(gmrShares)
						.values({ versionId, sharedOn: need(input.share, 'share').sharedOn, sharedBy: userId, createdAt: now })
						.returning({ id: gmrShares.id })
				)[0]!.id;
				break;
		}

		const snapshot = await loadVersionData(tx, version.id);
		const [transition] = await tx.insert(transitions).values({
			versionId: version.id,
			action,
			fromStatus: version.status,
			toStatus: to,
			note: input.note ?? input.newVersion?.text ?? null,
			userId,
			snapshot,
			// the (G)MR view finds the snapshot of a share by this shared timestamp
			createdAt: action === SHARE_ACTION ? now : undefined
		}).returning({ id: transitions.id });

		if (action === 'new_version') {
			const next = await copyVersion(tx, {
				assessmentId: assessment.id,
				organisationId: scope.organisationId,
				fromVersionId: version.id,
				number: assessment.currentVersion + 1,
				reason: `${need(input.newVersion, 'newVersion').reason}: ${input.newVersion!.text}`,
				createdBy: userId,
				status: to
			});
			versionId = next.id;
		} else {
			await workflowRepo.setStatus(tx, assessment.id, version.id, to);
		}

		if (action === 'sign_off') {
			const decision = await workflowRepo.latestDecision(tx, version.id);
			const decidedOn = decision?.decidedOn ?? formatISO(now, { representation: 'date' });
			await tx
				.update(assessments)
				.set({ decidedOn, reviewDueOn: reviewDueOn(decidedOn), highestResidualLevel: facts.highestResidualLevel })
				.where(eq(assessments.id, assessment.id));
			// after the dates and the status are set, so the frozen reports show them
			await freezeVersion(tx, version.id, userId, await buildSignoffArtifacts(tx, version.id));
		}

		await notifyWorkflowStep(tx, scope, { assessmentId: assessment.id, action, transitionId: String(transition!.id), shareId });
		await recordAudit(tx, {
			organisationId: scope.organisationId,
			subjectId: assessment.id,
			actor: scope.actor,
			action: action === 'sign_off' ? 'sign_off' : 'transition',
			entity: 'assessment',
			entityId: assessment.id,
			before: { status: version.status, version: version.number },
			after: { status: to, action, version: action === 'new_version' ? assessment.currentVersion + 1 : version.number, versionId }
		});
		return { to };
	});
}

export const reviewDueOn = reviewDueDate;
