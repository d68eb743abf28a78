import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { preparedQuery } from '../db/prepared';
import { fromJson, one } from './rows';
import { assessments, assessmentVersions, measureRisks, risks, type AssessmentVersion, type Risk } from '../db/schema';
import { assessmentOfOrganisation, isCurrentVersion } from './workflow';

export type RiskValues = Omit<typeof risks.$inferInsert, 'id' | 'versionId' | 'createdAt' | 'updatedAt' | 'revision' | 'position'>;

export async function list(db: Db | Tx, versionId: string): Promise<Risk[]> {
	const query = preparedQuery(db, 'version_risks', () =>
		db.select().from(risks).where(eq(risks.versionId, sql.placeholder('versionId'))).orderBy(asc(risks.position), asc(risks.createdAt)).prepare('version_risks')
	);
	return query.execute({ versionId });
}

export async function read(db: Db | Tx, versionId: string, id: string): Promise<Risk | null> {
	const [row] = await db.select().from(risks).where(and(eq(risks.versionId, versionId), eq(risks.id, id)));
	return row ?? null;
}

export async function create(db: Db | Tx, versionId: string, values: RiskValues): Promise<Risk> {
	const { next } = one(await db
		.select({ next: sql<number>`coalesce(max(${risks.position}), -1)::int + 1` })
		.from(risks)
		.where(eq(risks.versionId, versionId)));
	const row = one(await db.insert(risks).values({ ...values, versionId, position: next }).returning());
	return row;
}

export async function update(db: Db | Tx, versionId: string, id: string, values: Partial<RiskValues>): Promise<Risk | null> {
	const [row] = await db
		.update(risks)
		.set({ ...values, revision: sql`${risks.revision} + 1`, updatedAt: new Date() })
		.where(and(eq(risks.versionId, versionId), eq(risks.id, id)))
		.returning();
	return row ?? null;
}

export async function destroy(db: Db | Tx, versionId: string, id: string): Promise<boolean> {
	const rows = await db.delete(risks).where(and(eq(risks.versionId, versionId), eq(risks.id, id))).returning({ id: risks.id });
	return rows.length > 0;
}

/** Measure→risk links of the given risks. */
export async function linksOf(db: Db | Tx, riskIds: string[]): Promise<{ measureId: string; riskId: string }[]> {
	if (riskIds.length === 0) return [];
	return db.select().from(measureRisks).where(inArray(measureRisks.riskId, riskIds));
}

/**
 * The current version of a DPIA of the organisation with its risks, in their order, and the measures
 * linked to each: the risk page in one query (a query costs a page more than its rows, see
 * `questionnaire-state.ts`). Null for another board's id.
 */
export async function ofCurrentVersion(
	db: Db | Tx,
	organisationId: string,
	assessmentId: string
): Promise<{ version: AssessmentVersion; risks: Risk[]; links: { measureId: string; riskId: string }[] } | null> {
	const query = preparedQuery(db, 'current_risks', () =>
		db
			.select({
				version: assessmentVersions,
				risk: risks,
				measureIds: sql`array_to_json(array(select ${measureRisks.measureId} from ${measureRisks} where ${measureRisks.riskId} = ${risks.id}))`.mapWith(
					fromJson<string[]>
				)
			})
			.from(assessments)
			.innerJoin(assessmentVersions, isCurrentVersion)
			.leftJoin(risks, eq(risks.versionId, assessmentVersions.id))
			.where(assessmentOfOrganisation)
			.orderBy(asc(risks.position), asc(risks.createdAt))
			.prepare('current_risks')
	);
	const rows = await query.execute({ assessmentId, organisationId });
	if (rows.length === 0) return null;
	// a version without risks still gives its one row, with no risk in it
	const found = rows.flatMap(({ risk, measureIds }) => (risk ? [{ risk, measureIds }] : []));
	return {
		version: rows[0]!.version,
		risks: found.map(({ risk }) => risk),
		links: found.flatMap(({ risk, measureIds }) => measureIds.map((measureId) => ({ measureId, riskId: risk.id })))
	};
}
