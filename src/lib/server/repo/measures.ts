import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { one } from './rows';
import { measureRisks, measures, type Measure } from '../db/schema';

export type MeasureValues = Omit<typeof measures.$inferInsert, 'id' | 'versionId' | 'createdAt' | 'updatedAt' | 'revision' | 'position'>;
export type MeasureWithRisks = Measure & { riskIds: string[] };

export async function list(db: Db | Tx, versionId: string): Promise<MeasureWithRisks[]> {
	const rows = await db
		.select()
		.from(measures)
		.where(eq(measures.versionId, versionId))
		.orderBy(asc(measures.position), asc(measures.createdAt));
	if (rows.length === 0) return [];
	const links = await db
		.select()
		.from(measureRisks)
		.where(inArray(measureRisks.measureId, rows.map((r) => r.id)));
	return rows.map((row) => ({ ...row, riskIds: links.filter((l) => l.measureId === row.id).map((l) => l.riskId) }));
}

export async function read(db: Db | Tx, versionId: string, id: string): Promise<MeasureWithRisks | null> {
	const [row] = await db.select().from(measures).where(and(eq(measures.versionId, versionId), eq(measures.id, id)));
	if (!row) return null;
	const links = await db.select().from(measureRisks).where(eq(measureRisks.measureId, id));
	return { ...row, riskIds: links.map((l) => l.riskId) };
}

export async function create(db: Db | Tx, versionId: string, values: MeasureValues, riskIds: string[]): Promise<MeasureWithRisks> {
	const { next } = one(await db
		.select({ next: sql<number>`coalesce(max(${measures.position}), -1)::int + 1` })
		.from(measures)
		.where(eq(measures.versionId, versionId)));
	const row = one(await db.insert(measures).values({ ...values, versionId, position: next }).returning());
	await link(db, row.id, riskIds);
	return { ...row, riskIds };
}

export async function update(
	db: Db | Tx,
	versionId: string,
	id: string,
	values: Partial<MeasureValues>,
	riskIds?: string[]
): Promise<MeasureWithRisks | null> {
	const [row] = await db
		.update(measures)
		.set({ ...values, revision: sql`${measures.revision} + 1`, updatedAt: new Date() })
		.where(and(eq(measures.versionId, versionId), eq(measures.id, id)))
		.returning();
	if (!row) return null;
	if (riskIds) {
		await db.delete(measureRisks).where(eq(measureRisks.measureId, id));
		await link(db, id, riskIds);
	}
	return read(db, versionId, id);
}

export async function destroy(db: Db | Tx, versionId: string, id: string): Promise<boolean> {
	const rows = await db
		.delete(measures)
		.where(and(eq(measures.versionId, versionId), eq(measures.id, id)))
		.returning({ id: measures.id });
	return rows.length > 0;
}

export async function link(db: Db | Tx, measureId: string, riskIds: string[]): Promise<void> {
	if (riskIds.length === 0) return;
	await db.insert(measureRisks).values(riskIds.map((riskId) => ({ measureId, riskId })));
}
