import type { DiffMeasure, DiffRisk } from '$lib/domain/diff';
import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { assessmentVersions, assessments, processings, sectionAnswers } from '../db/schema';
import * as measureRepo from '../repo/measures';
import * as riskRepo from '../repo/risks';
import * as workflowRepo from '../repo/workflow';
import { NotFound } from './scope';

/**
 * Everything a version says, as plain JSON: stored with every transition and, when no report snapshot
 * is available, as the frozen snapshot of a signed-off version. The (G)MR view renders from the snapshot
 * taken when the version was shared, so the council sees exactly what the board shared.
 */
export interface VersionData {
	capturedAt: string;
	processing: { name: string; vendor: string; description: string };
	version: { id: string; number: number; status: string; reason: string };
	answers: Record<string, Record<string, unknown>>;
	/** Same record shapes as the version diff compares, so a snapshot can be diffed as it is. */
	risks: DiffRisk[];
	measures: DiffMeasure[];
	fgAdvice: { verdict: string; text: string; advisedOn: string } | null;
	boardDecision: { decision: string; motivation: string; residualRiskAcceptance: string; deviationMotivation: string | null; decidedOn: string } | null;
	apConsultations: { requestedOn: string; reference: string; answeredOn: string | null; outcome: string }[];
}

export async function loadVersionData(db: Db | Tx, versionId: string): Promise<VersionData> {
	const [row] = await db
		.select({ version: assessmentVersions, processing: processings })
		.from(assessmentVersions)
		.innerJoin(assessments, eq(assessments.id, assessmentVersions.assessmentId))
		.innerJoin(processings, eq(processings.id, assessments.processingId))
		.where(eq(assessmentVersions.id, versionId));
	if (!row) throw new NotFound('version');
	const answers = await db.select().from(sectionAnswers).where(eq(sectionAnswers.versionId, versionId)).orderBy(asc(sectionAnswers.sectionId));
	const advice = await workflowRepo.latestAdvice(db, versionId);
	const decision = await workflowRepo.latestDecision(db, versionId);
	return {
		capturedAt: new Date().toISOString(),
		processing: { name: row.processing.name, vendor: row.processing.vendor, description: row.processing.description },
		version: { id: row.version.id, number: row.version.number, status: row.version.status, reason: row.version.reason },
		answers: Object.fromEntries(answers.map((a) => [a.sectionId, a.answers])),
		risks: (await riskRepo.list(db, versionId)).map((r) => ({
			id: r.id,
			catalogueId: r.catalogueId,
			title: r.title,
			description: r.description,
			fearedEvent: r.fearedEvent,
			severity: r.severity,
			likelihood: r.likelihood,
			levelOverride: r.levelOverride,
			residualSeverity: r.residualSeverity,
			residualLikelihood: r.residualLikelihood,
			accepted: r.accepted,
			acceptanceReason: r.acceptanceReason,
			discrimination: r.discrimination
		})),
		measures: (await measureRepo.list(db, versionId)).map((x) => ({
			id: x.id,
			title: x.title,
			type: x.type,
			owner: x.owner,
			dueOn: x.dueOn,
			status: x.status,
			riskIds: x.riskIds
		})),
		fgAdvice: advice && { verdict: advice.verdict, text: advice.text, advisedOn: advice.advisedOn },
		boardDecision: decision && {
			decision: decision.decision,
			motivation: decision.motivation,
			residualRiskAcceptance: decision.residualRiskAcceptance,
			deviationMotivation: decision.deviationMotivation,
			decidedOn: decision.decidedOn
		},
		apConsultations: (await workflowRepo.consultations(db, versionId)).map((c) => ({
			requestedOn: c.requestedOn,
			reference: c.reference,
			answeredOn: c.answeredOn,
			outcome: c.outcome
		}))
	};
}
