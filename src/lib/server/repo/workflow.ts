import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { State } from '$lib/domain/workflow/states';
import { preparedQuery } from '../db/prepared';
import type { Db, Tx } from '../db';
import {
	apConsultations,
	assessments,
	assessmentVersions,
	boardDecisions,
	fgAdvice,
	gmrShares,
	processings,
	transitions,
	type Assessment,
	type AssessmentVersion
} from '../db/schema';

export type FgAdvice = typeof fgAdvice.$inferSelect;
export type BoardDecision = typeof boardDecisions.$inferSelect;
export type ApConsultation = typeof apConsultations.$inferSelect;
export type GmrShare = typeof gmrShares.$inferSelect;
export type Transition = typeof transitions.$inferSelect;

/** Joins a DPIA's current version: the version whose number the assessment holds as current. */
export const isCurrentVersion = and(eq(assessmentVersions.assessmentId, assessments.id), eq(assessmentVersions.number, assessments.currentVersion));
/** The DPIA named by the `assessmentId` placeholder, only within the organisation of `organisationId`. */
export const assessmentOfOrganisation = and(
	eq(assessments.id, sql.placeholder('assessmentId')),
	eq(assessments.organisationId, sql.placeholder('organisationId'))
);
/** A DPIA's processing, within the same organisation. */
export const processingOfAssessment = and(eq(processings.id, assessments.processingId), eq(processings.organisationId, assessments.organisationId));

/** An assessment of the organisation with its current version; null for another board's id. */
export async function currentOf(
	db: Db | Tx,
	organisationId: string,
	assessmentId: string
): Promise<{ assessment: Assessment; version: AssessmentVersion; processingName: string } | null> {
	// every page of a DPIA starts here, and most show the processing's name: one query for both
	const query = preparedQuery(db, 'current_version', () =>
		db
			.select({ assessment: assessments, version: assessmentVersions, processingName: processings.name })
			.from(assessments)
			.innerJoin(assessmentVersions, isCurrentVersion)
			.innerJoin(processings, processingOfAssessment)
			.where(assessmentOfOrganisation)
			.prepare('current_version')
	);
	const [row] = await query.execute({ assessmentId, organisationId });
	return row ?? null;
}

export async function versionById(db: Db | Tx, versionId: string): Promise<AssessmentVersion | null> {
	const [row] = await db.select().from(assessmentVersions).where(eq(assessmentVersions.id, versionId));
	return row ?? null;
}

export async function versionsOf(db: Db | Tx, assessmentId: string): Promise<AssessmentVersion[]> {
	return db
		.select()
		.from(assessmentVersions)
		.where(eq(assessmentVersions.assessmentId, assessmentId))
		.orderBy(asc(assessmentVersions.number));
}

export async function latestAdvice(db: Db | Tx, versionId: string): Promise<FgAdvice | null> {
	const [row] = await db
		.select()
		.from(fgAdvice)
		.where(eq(fgAdvice.versionId, versionId))
		.orderBy(desc(fgAdvice.createdAt), desc(fgAdvice.id))
		.limit(1);
	return row ?? null;
}

export async function latestDecision(db: Db | Tx, versionId: string): Promise<BoardDecision | null> {
	const [row] = await db
		.select()
		.from(boardDecisions)
		.where(eq(boardDecisions.versionId, versionId))
		.orderBy(desc(boardDecisions.createdAt))
		.limit(1);
	return row ?? null;
}

export async function consultations(db: Db | Tx, versionId: string): Promise<ApConsultation[]> {
	return db.select().from(apConsultations).where(eq(apConsultations.versionId, versionId)).orderBy(asc(apConsultations.createdAt));
}

export async function shares(db: Db | Tx, versionId: string): Promise<GmrShare[]> {
	return db.select().from(gmrShares).where(eq(gmrShares.versionId, versionId)).orderBy(asc(gmrShares.createdAt));
}

export async function history(db: Db | Tx, versionId: string): Promise<Transition[]> {
	return db.select().from(transitions).where(eq(transitions.versionId, versionId)).orderBy(asc(transitions.id));
}

export async function setStatus(db: Db | Tx, assessmentId: string, versionId: string, status: State): Promise<void> {
	await db.update(assessmentVersions).set({ status }).where(eq(assessmentVersions.id, versionId));
	await db.update(assessments).set({ status, updatedAt: new Date() }).where(eq(assessments.id, assessmentId));
}

export async function allAdvice(db: Db | Tx, versionId: string): Promise<FgAdvice[]> {
	return db.select().from(fgAdvice).where(eq(fgAdvice.versionId, versionId)).orderBy(asc(fgAdvice.createdAt));
}

export async function allDecisions(db: Db | Tx, versionId: string): Promise<BoardDecision[]> {
	return db.select().from(boardDecisions).where(eq(boardDecisions.versionId, versionId)).orderBy(asc(boardDecisions.createdAt));
}
