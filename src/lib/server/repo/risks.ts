import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { preparedQuery } from '../db/prepared';
import { one } from './rows';
import { measureRisks, risks, type Risk } from '../db/schema';

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
