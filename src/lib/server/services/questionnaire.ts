import { eq } from 'drizzle-orm';
import { answersProgress, flattenSectionAnswers, sectionById, sectionProgress, type Answers, type Progress, type Section } from '$lib/domain/questionnaire/api';
import { answerChanges, planSectionSave, sameValue, type AnswerIssue, type SectionRecord } from '$lib/domain/questionnaire/merge';
import { recordAudit } from '../audit';
import type { Db, Tx } from '../db';
import { assessments } from '../db/schema';
import { questionnaireState } from '../repo/questionnaire-state';
import * as sectionRepo from '../repo/section-answers';
import { currentVersion, NotFound, type Scope } from './scope';
import { assertVersionEditable } from './version-lock';

/**
 * Someone saved the section after the revision this save was based on. Carries what is stored now, so
 * the person can compare both versions and choose; a save never overwrites silently.
 */
export class EditConflict extends Error {
	readonly _tag = 'EditConflict';
	constructor(
		readonly stored: Record<string, unknown>,
		readonly revision: number,
		readonly savedBy: string | null,
		readonly savedAt: Date | null
	) {
		super(`section changed since revision; now at ${revision}`);
	}
}

/** A section whose answers are edited in the questionnaire; risks, measures and decisions have their own pages. */
export function answerSection(sectionId: string): Section {
	const section = sectionById(sectionId);
	if (!section || section.recordedIn !== 'answers') throw new NotFound('section');
	return section;
}

/** Every answer of a version keyed by question id, for conditions and references across sections. */
export async function versionAnswers(db: Db | Tx, versionId: string): Promise<Answers> {
	return flattenSectionAnswers(await sectionRepo.records(db, versionId));
}

/**
 * Every section of the current version, with the progress the navigator and the workflow guard show,
 * and the comment threads of `threadsOf` (a section kept as answers) if given.
 */
export async function readQuestionnaire(db: Db, scope: Scope, assessmentId: string, threadsOf?: string) {
	const state = await questionnaireState(db, scope.organisationId, assessmentId, threadsOf ?? null);
	if (!state) throw new NotFound('assessment');
	const { assessment, version, processingName, sections: rows, threads } = state;
	const answers = flattenSectionAnswers(sectionRepo.recordsOf(rows));
	return {
		assessment,
		version,
		processingName,
		sections: new Map(rows.map((row) => [row.sectionId, row])),
		threads,
		/** All answers keyed by question id, for conditions and references across sections. */
		answers,
		progress: answersProgress(answers)
	};
}

export interface SaveInput {
	sectionId: string;
	/** The section as the form sent it: question id → answer, or `{ items }` for a repeatable section. */
	answers: SectionRecord;
	/** The revision the form was loaded with (0 for a section never saved). */
	expectedRevision: number;
}

export interface SaveResult {
	revision: number;
	/** Answers that were not valid and so not saved; the stored answer stayed in their place. */
	issues: AnswerIssue[];
	record: Record<string, unknown>;
	changed: boolean;
	/** The section's progress with what is now stored, for the navigator beside the form. */
	progress: Progress;
	/** The version saved to, read within the organisation's scope (for what the page shows beside the answers). */
	versionId: string;
}

/**
 * Saves one section: valid answers of shown questions only (see `planSectionSave`), every changed answer
 * audited with its old and new value, in one transaction with the revision check.
 */
export async function saveSection(db: Db, scope: Scope, assessmentId: string, input: SaveInput): Promise<SaveResult> {
	const section = answerSection(input.sectionId);
	return db.transaction(async (tx) => {
		const { assessment, version } = await currentVersion(tx, scope, assessmentId);
		await assertVersionEditable(tx, version.id);
		const rows = await sectionRepo.list(tx, version.id);
		const current = rows.find((row) => row.sectionId === section.id) ?? null;
		const stored = current?.answers ?? {};
		const revision = current?.revision ?? 0;
		const records = sectionRepo.recordsOf(rows);
		const plan = planSectionSave(section, input.answers, records);
		const progress = sectionProgress(section, flattenSectionAnswers({ ...records, [section.id]: plan.record }));
		// the same content again (a double click, a re-sent form) is no conflict and no change
		if (sameValue(plan.record, stored)) return { revision, issues: plan.issues, record: stored, changed: false, progress, versionId: version.id };
		if (input.expectedRevision !== revision) throw conflictFrom(current);

		const saved = current
			? await sectionRepo.update(tx, version.id, section.id, revision, plan.record, scope.actor.userId)
			: await sectionRepo.create(tx, version.id, section.id, plan.record, scope.actor.userId);
		if (!saved) throw conflictFrom(await sectionRepo.read(tx, version.id, section.id));

		for (const change of answerChanges(section, stored, plan.record)) {
			const wrap = (value: unknown) => (value === null || !change.itemId ? value : { item: change.itemId, value });
			await recordAudit(tx, {
				organisationId: scope.organisationId,
				subjectId: assessment.id,
				actor: scope.actor,
				action: change.before === null ? 'create' : change.after === null ? 'delete' : 'update',
				entity: 'answer',
				entityId: change.questionId,
				before: wrap(change.before),
				after: wrap(change.after)
			});
		}
		await tx.update(assessments).set({ updatedAt: new Date() }).where(eq(assessments.id, assessment.id));
		return { revision: saved.revision, issues: plan.issues, record: plan.record, changed: true, progress, versionId: version.id };
	});
}

function conflictFrom(row: sectionRepo.StoredSection | null): EditConflict {
	return new EditConflict(row?.answers ?? {}, row?.revision ?? 0, row?.updatedByName ?? null, row?.updatedAt ?? null);
}

