import { eq } from 'drizzle-orm';
import type { PolicySettings } from '../db/schema';
import { inputFromAnswers, prescan, type PrescanAnswers, type PrescanInput, type PrescanResult } from '$lib/domain/prescan';
import { pageCount, REGISTER_PAGE_SIZE, type RegisterQuery } from '$lib/domain/register-query';
import { criteriaStartingPoint } from '$lib/domain/questionnaire/criteria-reasons';
import { reviewStatus, shownStatusWith } from '$lib/domain/review';
import { recordAudit } from '../audit';
import type { Db, Tx } from '../db';
import { assessments, assessmentVersions, prescans, processings, sectionAnswers, type Prescan, type Processing } from '../db/schema';
import * as repo from '../repo/processings';
import * as registerRepo from '../repo/register';
import { one } from '../repo/rows';
import { NotFound, type Scope } from './scope';
import { supplierForName } from './suppliers';

export class UnknownSchool extends Error {}

/** The register already holds a processing of the name asked for: more often a slip than a second tool. */
export class NameInUse extends Error {
	constructor(readonly existing: { id: string; name: string; since: string }[]) {
		super('a processing of this name is in the register');
	}
}

/** Refuses a name already in the board's register (the web forms ask this until the user says a second one is meant). */
export async function refuseNameInUse(tx: Tx, organisationId: string, name: string): Promise<void> {
	const existing = await repo.withName(tx, organisationId, name);
	if (existing.length) throw new NameInUse(existing);
}

export interface ProcessingInput {
	name: string;
	vendor: string;
	description: string;
	schoolIds: string[];
}

/** `refuseNameInUse`: throw NameInUse for a name in the register; the API and the imports make what they are sent. */
export async function createProcessing(db: Db, scope: Scope, input: ProcessingInput, options: { refuseNameInUse?: boolean } = {}) {
	return db.transaction(async (tx) => {
		if (options.refuseNameInUse) await refuseNameInUse(tx, scope.organisationId, input.name);
		const known = await repo.organisationSchools(tx, scope.organisationId, input.schoolIds);
		if (known.length !== new Set(input.schoolIds).size) throw new UnknownSchool();
		// a supplier typed by name is the board's supplier of that name, made on first mention
		const supplier = await supplierForName(tx, scope, input.vendor);
		const processing = await repo.create(tx, scope.organisationId, { ...input, vendor: supplier?.name ?? '', supplierId: supplier?.id ?? null }, scope.actor.userId);
		await repo.setSchools(tx, processing.id, known.map((s) => s.id));
		await recordAudit(tx, {
			organisationId: scope.organisationId,
			subjectId: processing.id,
			actor: scope.actor,
			action: 'create',
			entity: 'processing',
			entityId: processing.id,
			after: { ...input }
		});
		return processing;
	});
}

export async function readProcessing(db: Db, scope: Scope, id: string) {
	const processing = await repo.read(db, scope.organisationId, id);
	if (!processing) throw new NotFound('processing');
	const [schools, latest, assessment] = await Promise.all([repo.schoolsOf(db, id), repo.latestPrescan(db, id), repo.assessmentOf(db, id)]);
	return { processing, schools, prescan: latest, assessment };
}

/** Runs the pre-scan on the screen answers with the board's current policy and keeps the run (WP248 §III.B.a). */
export async function savePrescan(db: Db, scope: Scope, processingId: string, answers: PrescanAnswers, policy: PolicySettings) {
	return db.transaction(async (tx) => {
		if (!(await repo.read(tx, scope.organisationId, processingId))) throw new NotFound('processing');
		const input = inputFromAnswers(answers, policy);
		const result = prescan(input);
		const row = one(
			await tx
				.insert(prescans)
				.values({ organisationId: scope.organisationId, processingId, answers, input, result, outcome: result.outcome, createdBy: scope.actor.userId })
				.returning()
		);
		await tx.update(processings).set({ prescanOutcome: result.outcome, updatedAt: new Date() }).where(eq(processings.id, processingId));
		await recordAudit(tx, { organisationId: scope.organisationId, subjectId: processingId, actor: scope.actor, action: 'prescan', entity: 'prescan', entityId: row.id, after: result });
		return row;
	});
}

async function latestOrThrow(db: Db | Tx, scope: Scope, processingId: string) {
	if (!(await repo.read(db, scope.organisationId, processingId))) throw new NotFound('processing');
	const latest = await repo.latestPrescan(db, processingId);
	if (!latest) throw new NotFound('prescan');
	return latest;
}

/** The editor's reasons for not doing a DPIA; WP248 asks that they are written down. */
export async function recordReasoning(db: Db, scope: Scope, processingId: string, reasoning: string) {
	return db.transaction(async (tx) => {
		const latest = await latestOrThrow(tx, scope, processingId);
		await tx.update(prescans).set({ reasoning }).where(eq(prescans.id, latest.id));
		await recordAudit(tx, { organisationId: scope.organisationId, subjectId: processingId, actor: scope.actor, action: 'update', entity: 'prescan_reasoning', entityId: latest.id, before: { reasoning: latest.reasoning }, after: { reasoning } });
	});
}

/** The FG's view on a "not required" outcome, kept with the run it is about. */
export async function recordFgView(db: Db, scope: Scope, processingId: string, view: string) {
	return db.transaction(async (tx) => {
		const latest = await latestOrThrow(tx, scope, processingId);
		await tx.update(prescans).set({ fgView: view, fgViewBy: scope.actor.userId, fgViewAt: new Date() }).where(eq(prescans.id, latest.id));
		await recordAudit(tx, { organisationId: scope.organisationId, subjectId: processingId, actor: scope.actor, action: 'update', entity: 'prescan_fg_view', entityId: latest.id, before: { fgView: latest.fgView }, after: { fgView: view } });
	});
}

/**
 * Opens the DPIA of a processing (or returns the one it has). The pre-scan answers fill questionnaire §0
 * and 4.4, so nobody types them twice.
 */
export async function startAssessment(db: Db, scope: Scope, processingId: string) {
	return db.transaction(async (tx) => {
		const processing = await repo.read(tx, scope.organisationId, processingId);
		if (!processing) throw new NotFound('processing');
		const existing = await repo.assessmentOf(tx, processingId);
		if (existing) return existing;
		const latest = await repo.latestPrescan(tx, processingId);
		const assessment = one(await tx.insert(assessments).values({ organisationId: scope.organisationId, processingId }).returning());
		const version = one(
			await tx.insert(assessmentVersions).values({ assessmentId: assessment.id, organisationId: scope.organisationId, number: 1, createdBy: scope.actor.userId }).returning()
		);
		await tx.insert(sectionAnswers).values([
			{ versionId: version.id, sectionId: '0', updatedBy: scope.actor.userId, answers: intakeAnswers(processing, latest) },
			{ versionId: version.id, sectionId: '4', updatedBy: scope.actor.userId, answers: { '4.4': (latest?.answers as PrescanAnswers | null)?.serviceMainlyForMinors ?? false } }
		]);
		await recordAudit(tx, { organisationId: scope.organisationId, subjectId: assessment.id, actor: scope.actor, action: 'create', entity: 'assessment', entityId: assessment.id, after: { processingId, version: 1 } });
		return assessment;
	});
}

/**
 * §0 as the pre-scan left it: the criteria it found are offered as the start of 0.6's reasoning, which
 * counts as answered only once someone writes why (`hasWrittenReasoning`); reasoning written at the
 * pre-scan is kept.
 */
function intakeAnswers(processing: Processing, latest: Prescan | null): Record<string, unknown> {
	const input = latest?.input as PrescanInput | undefined;
	const result = latest?.result as PrescanResult | undefined;
	const ids = (result?.reasons ?? []).map((r) => r.id);
	return {
		'0.1': processing.name,
		'0.2': processing.description,
		'0.3': 'new',
		'0.4': { value: input?.subjects ?? [], detail: {} },
		'0.5': ids,
		...(result ? { '0.6': { value: result.outcome, detail: [criteriaStartingPoint(ids, 'nl'), latest?.reasoning ?? ''].filter(Boolean).join('\n') } } : {}),
		...(latest?.fgView ? { '0.7': latest.fgView } : {})
	};
}

/**
 * One page of the register with its filters applied, each row with its schools and where its review
 * stands, and the board's open schools for the filter. A page past the end shows the last page rather
 * than nothing.
 */
export async function listRegister(db: Db, scope: Scope, query: RegisterQuery, today: string) {
	const fetch = (page: number) => registerRepo.list(db, scope.organisationId, query, { limit: REGISTER_PAGE_SIZE, offset: (page - 1) * REGISTER_PAGE_SIZE }, today);
	let page = query.page;
	const [first, { schools, suppliers, models }] = await Promise.all([fetch(page), registerRepo.filterChoices(db, scope.organisationId)]);
	let found = first;
	if (found.rows.length === 0 && page > pageCount(found.total)) {
		page = pageCount(found.total);
		found = await fetch(page);
	}
	return {
		rows: found.rows.map(({ schoolIds, ...row }) => {
			const review = reviewStatus(row, today);
			return {
				...row,
				status: row.status && shownStatusWith(row.status, review, row),
				schools: schools.filter((school) => schoolIds.includes(school.id)).map((school) => school.name),
				review
			};
		}),
		total: found.total,
		page,
		pages: pageCount(found.total),
		schools: schools.filter((school) => school.active).map(({ id, name }) => ({ id, name })),
		// an archived supplier stays a choice while the filter is on it, so the form shows what is applied
		suppliers: suppliers.filter((s) => s.active || s.id === query.supplierId).map(({ id, name }) => ({ id, name })),
		models: models.map(({ id, name }) => ({ id, name }))
	};
}
