import { eq } from 'drizzle-orm';
import { sectionById } from '$lib/domain/questionnaire/api';
import type { Db } from '../db';
import { organisations, processings, sectionAnswers } from '../db/schema';
import { MODEL_FORMAT_VERSION, type ModelDocument } from '../model/format';
import { validateModel } from '../model/parse';
import * as measureRepo from '../repo/measures';
import * as repo from '../repo/models';
import * as riskRepo from '../repo/risks';
import { currentVersion, type Scope } from './scope';

/**
 * A DPIA as a model file, for a board or a sector body that shares its work. Only the content travels:
 * answers, risks with their scores, measures and which risks they treat. Names of people (who answered,
 * measure owners), comments, workflow records and the audit trail are left out. Free-text answers are
 * the board's own words and go as written. The result is checked against the model format.
 */
export async function exportAsModel(db: Db, scope: Scope, assessmentId: string, today: string): Promise<ModelDocument> {
	const { version, assessment, processingName } = await currentVersion(db, scope, assessmentId);
	const [processing] = await db.select({ vendor: processings.vendor, description: processings.description }).from(processings).where(eq(processings.id, assessment.processingId));
	const [organisation] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, scope.organisationId));
	const [rows, risks, measures, basis] = await Promise.all([
		db.select().from(sectionAnswers).where(eq(sectionAnswers.versionId, version.id)),
		riskRepo.list(db, version.id),
		measureRepo.list(db, version.id),
		repo.basisOf(db, version.id)
	]);
	const answers: Record<string, unknown> = {};
	for (const row of rows) {
		const section = sectionById(row.sectionId);
		if (!section || section.recordedIn !== 'answers') continue;
		// computed answers (12.1) are worked out again by whoever uses the model
		const computed = new Set(section.questions.filter((q) => q.prefill === 'computed').map((q) => q.id));
		answers[row.sectionId] = section.repeatable ? row.answers : Object.fromEntries(Object.entries(row.answers).filter(([id]) => !computed.has(id)));
	}
	const keyOf = new Map(risks.map((r, i) => [r.id, `R${i + 1}`]));
	const doc = {
		formatVersion: MODEL_FORMAT_VERSION,
		identity: {
			system: processingName,
			supplier: basis?.document.identity.supplier ?? (processing?.vendor || processingName),
			publisher: organisation?.name ?? '',
			modelVersion: 1,
			date: today,
			sourceUrl: null
		},
		scope: { description: processing?.description ?? '', processes: [] },
		answers,
		risks: risks.map((r) => ({
			key: keyOf.get(r.id)!,
			catalogueId: r.catalogueId,
			title: r.title,
			description: r.description,
			fearedEvent: r.fearedEvent,
			severity: r.severity,
			likelihood: r.likelihood,
			residualSeverity: r.residualLikelihood === null ? null : r.residualSeverity,
			residualLikelihood: r.residualSeverity === null ? null : r.residualLikelihood,
			origin: r.origin,
			severityMotivation: r.severityMotivation,
			likelihoodMotivation: r.likelihoodMotivation
		})),
		supplierMeasures: [],
		schoolMeasures: measures.map((m, i) => ({ key: `M${i + 1}`, title: m.title, description: m.description, type: m.type, riskKeys: m.riskIds.map((id) => keyOf.get(id)!).filter(Boolean) })),
		schoolQuestions: []
	};
	return validateModel(doc);
}
