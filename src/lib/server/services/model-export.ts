import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { withoutPeople } from '$lib/domain/model/redact';
import { sectionById } from '$lib/domain/questionnaire/api';
import type { Db } from '../db';
import { assessmentVersions, organisations, processings, sectionAnswers } from '../db/schema';
import { MODEL_FORMAT_VERSION, type ModelDocument } from '../model/format';
import { validateModel } from '../model/parse';
import * as measureRepo from '../repo/measures';
import * as repo from '../repo/models';
import * as riskRepo from '../repo/risks';
import { currentVersion, type Scope } from './scope';
import { listMembers } from './users-admin';

/** Only a finished DPIA is shared as a model (issue 20): one with a version the board signed off. */
export class NotFinished extends Error {
	readonly _tag = 'NotFinished';
	constructor() {
		super('no signed-off version to share');
	}
}

/** The newest signed-off version of a DPIA (its number and id), or null while none is. */
export async function sharedVersion(db: Db, assessmentId: string) {
	const [row] = await db
		.select({ id: assessmentVersions.id, number: assessmentVersions.number })
		.from(assessmentVersions)
		.where(and(eq(assessmentVersions.assessmentId, assessmentId), isNotNull(assessmentVersions.frozenAt)))
		.orderBy(desc(assessmentVersions.number))
		.limit(1);
	return row ?? null;
}

/** A measure taken over from a model's supplier measure travels as one again, with its published state. */
function supplierStatus(measure: { status: string; dueOn: string | null }) {
	if (measure.status === 'done') return { status: 'in_place' as const, agreedOn: null };
	return measure.dueOn ? { status: 'agreed' as const, agreedOn: measure.dueOn } : { status: 'not_agreed' as const, agreedOn: null };
}

/**
 * A finished DPIA as a model file, for a board or a sector body that shares its work: its newest
 * signed-off version, whose number becomes the model's version, so sharing a later version again is
 * recognised as a newer version of the same model. Only the content travels: answers, risks with their
 * scores, measures (a model's supplier measures stay supplier measures) and which risks they treat. Names
 * of people (who answered, measure owners), comments, workflow records and the audit trail are left out.
 * In free text, the names the board knows (its members, its measures' owners) and every e-mail address
 * are replaced; other names a person typed are theirs to spot (the page says to check). The result is
 * checked against the model format.
 */
export async function exportAsModel(db: Db, scope: Scope, assessmentId: string, today: string): Promise<ModelDocument> {
	const { assessment, processingName } = await currentVersion(db, scope, assessmentId);
	const version = await sharedVersion(db, assessmentId);
	if (!version) throw new NotFinished();
	const [processing] = await db.select({ vendor: processings.vendor, description: processings.description }).from(processings).where(eq(processings.id, assessment.processingId));
	const [organisation] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, scope.organisationId));
	const [rows, risks, measures, basis, items, members] = await Promise.all([
		db.select().from(sectionAnswers).where(eq(sectionAnswers.versionId, version.id)),
		riskRepo.list(db, version.id),
		measureRepo.list(db, version.id),
		repo.basisOf(db, version.id),
		repo.itemsOf(db, version.id),
		listMembers(db, scope.organisationId)
	]);
	const bySupplier = new Set(items.filter((i) => i.kind === 'supplier_measure' && i.measureId).map((i) => i.measureId!));
	const answers: Record<string, unknown> = {};
	for (const row of rows) {
		const section = sectionById(row.sectionId);
		if (!section || section.recordedIn !== 'answers') continue;
		// computed answers (12.1) are worked out again by whoever uses the model
		const computed = new Set(section.questions.filter((q) => q.prefill === 'computed').map((q) => q.id));
		answers[row.sectionId] = section.repeatable ? row.answers : Object.fromEntries(Object.entries(row.answers).filter(([id]) => !computed.has(id)));
	}
	const keyOf = new Map(risks.map((r, i) => [r.id, `R${i + 1}`]));
	const measureOf = (m: (typeof measures)[number], i: number) => ({ key: `M${i + 1}`, title: m.title, description: m.description, type: m.type, riskKeys: m.riskIds.map((id) => keyOf.get(id)!).filter(Boolean) });
	const doc = {
		formatVersion: MODEL_FORMAT_VERSION,
		identity: {
			system: processingName,
			supplier: basis?.document.identity.supplier ?? (processing?.vendor || processingName),
			publisher: organisation?.name ?? '',
			modelVersion: version.number,
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
		supplierMeasures: measures.flatMap((m, i) => (bySupplier.has(m.id) ? [{ ...measureOf(m, i), ...supplierStatus(m) }] : [])),
		schoolMeasures: measures.flatMap((m, i) => (bySupplier.has(m.id) ? [] : [measureOf(m, i)])),
		schoolQuestions: []
	};
	// a supplier measure's owner is the supplier, and the identity names the system, supplier and board
	const people = [...members.map((p) => p.name), ...measures.filter((m) => !bySupplier.has(m.id)).map((m) => m.owner ?? '')];
	const { formatVersion, identity, ...content } = doc;
	return validateModel({ formatVersion, identity, ...withoutPeople(content, people) });
}
