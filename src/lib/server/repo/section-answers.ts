import { and, asc, eq, sql } from 'drizzle-orm';
import type { SectionRecord } from '$lib/domain/questionnaire/records';
import { preparedQuery } from '../db/prepared';
import type { Db, Tx } from '../db';
import { sectionAnswers, users, type SectionAnswers } from '../db/schema';

export type StoredSection = Pick<SectionAnswers, 'sectionId' | 'answers' | 'revision' | 'updatedAt'> & { updatedByName: string | null };

const columns = {
	sectionId: sectionAnswers.sectionId,
	answers: sectionAnswers.answers,
	revision: sectionAnswers.revision,
	updatedAt: sectionAnswers.updatedAt,
	updatedByName: users.name
};

/** Every section's stored answers of a version, with who saved each last. */
export async function list(db: Db | Tx, versionId: string): Promise<StoredSection[]> {
	// every questionnaire page reads them all (progress, conditions across sections)
	const query = preparedQuery(db, 'version_sections', () =>
		db
			.select(columns)
			.from(sectionAnswers)
			.leftJoin(users, eq(users.id, sectionAnswers.updatedBy))
			.where(eq(sectionAnswers.versionId, sql.placeholder('versionId')))
			.orderBy(asc(sectionAnswers.sectionId))
			.prepare('version_sections')
	);
	return query.execute({ versionId });
}

/** Stored sections keyed by section id: what conditions across sections and a model's attribution compare with. */
export function recordsOf(rows: readonly StoredSection[]): Record<string, SectionRecord> {
	return Object.fromEntries(rows.map((row) => [row.sectionId, row.answers]));
}

/** Every section's answers of a version, keyed by section id. */
export async function records(db: Db | Tx, versionId: string): Promise<Record<string, SectionRecord>> {
	return recordsOf(await list(db, versionId));
}

export async function read(db: Db | Tx, versionId: string, sectionId: string): Promise<StoredSection | null> {
	const [row] = await db
		.select(columns)
		.from(sectionAnswers)
		.leftJoin(users, eq(users.id, sectionAnswers.updatedBy))
		.where(and(eq(sectionAnswers.versionId, versionId), eq(sectionAnswers.sectionId, sectionId)));
	return row ?? null;
}

/**
 * The first save of a section. Null when someone else created the row in the meantime: the caller then
 * has a conflict, exactly as with a stale revision.
 */
export async function create(db: Db | Tx, versionId: string, sectionId: string, answers: Record<string, unknown>, userId: string | null) {
	const [row] = await db
		.insert(sectionAnswers)
		.values({ versionId, sectionId, answers, revision: 1, updatedBy: userId })
		.onConflictDoNothing()
		.returning({ revision: sectionAnswers.revision });
	return row ?? null;
}

/** Compare-and-set on the revision, so two saves based on the same revision cannot both win. */
export async function update(
	db: Db | Tx,
	versionId: string,
	sectionId: string,
	expectedRevision: number,
	answers: Record<string, unknown>,
	userId: string | null
) {
	const [row] = await db
		.update(sectionAnswers)
		.set({ answers, revision: expectedRevision + 1, updatedBy: userId, updatedAt: new Date() })
		.where(and(eq(sectionAnswers.versionId, versionId), eq(sectionAnswers.sectionId, sectionId), eq(sectionAnswers.revision, expectedRevision)))
		.returning({ revision: sectionAnswers.revision });
	return row ?? null;
}
