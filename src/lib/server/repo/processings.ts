import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { assessments, prescans, processings, processingSchools, schools, type Prescan, type Processing } from '../db/schema';
import { preparedQuery } from '../db/prepared';
import { one } from './rows';

export type ProcessingValues = Pick<typeof processings.$inferInsert, 'name' | 'vendor' | 'description' | 'supplierId'>;

export async function read(db: Db | Tx, organisationId: string, id: string): Promise<Processing | null> {
	const query = preparedQuery(db, 'processing_by_id', () =>
		db
			.select()
			.from(processings)
			.where(and(eq(processings.organisationId, sql.placeholder('organisationId')), eq(processings.id, sql.placeholder('id'))))
			.prepare('processing_by_id')
	);
	const [row] = await query.execute({ organisationId, id });
	return row ?? null;
}

export async function create(db: Db | Tx, organisationId: string, values: ProcessingValues, createdBy: string | null): Promise<Processing> {
	return one(await db.insert(processings).values({ ...values, organisationId, createdBy }).returning());
}

/** The board's processings in use under `name`, case and outer spaces ignored, the oldest first. */
export async function withName(db: Db | Tx, organisationId: string, name: string) {
	const rows = await db
		.select({ id: processings.id, name: processings.name, createdAt: processings.createdAt })
		.from(processings)
		.where(and(eq(processings.organisationId, organisationId), isNull(processings.archivedAt), eq(sql`lower(${processings.name})`, name.trim().toLowerCase())))
		.orderBy(asc(processings.createdAt), asc(processings.id))
		.limit(5);
	// the date tells the links apart when the names are the same
	return rows.map((row) => ({ id: row.id, name: row.name, since: row.createdAt.toISOString() }));
}

export async function setSchools(db: Db | Tx, processingId: string, schoolIds: string[]): Promise<void> {
	await db.delete(processingSchools).where(eq(processingSchools.processingId, processingId));
	if (schoolIds.length) await db.insert(processingSchools).values(schoolIds.map((schoolId) => ({ processingId, schoolId })));
}

/** The schools a processing names, archived ones included (marked by `active`). */
export async function schoolsOf(db: Db | Tx, processingId: string) {
	return db
		.select({ id: schools.id, name: schools.name, active: schools.active })
		.from(processingSchools)
		.innerJoin(schools, eq(schools.id, processingSchools.schoolId))
		.where(eq(processingSchools.processingId, processingId))
		.orderBy(asc(schools.name));
}

/** Active schools of the organisation; `ids` narrows to those, to check a form's choice belongs to it. */
export async function organisationSchools(db: Db | Tx, organisationId: string, ids?: string[]) {
	const where = and(eq(schools.organisationId, organisationId), eq(schools.active, true), ids ? inArray(schools.id, ids.length ? ids : ['00000000-0000-0000-0000-000000000000']) : undefined);
	return db.select({ id: schools.id, name: schools.name }).from(schools).where(where).orderBy(asc(schools.name));
}

export async function latestPrescan(db: Db | Tx, processingId: string): Promise<Prescan | null> {
	const [row] = await db.select().from(prescans).where(eq(prescans.processingId, processingId)).orderBy(desc(prescans.createdAt)).limit(1);
	return row ?? null;
}

export async function prescanById(db: Db | Tx, processingId: string, id: string): Promise<Prescan | null> {
	const [row] = await db.select().from(prescans).where(and(eq(prescans.processingId, processingId), eq(prescans.id, id)));
	return row ?? null;
}

export async function assessmentOf(db: Db | Tx, processingId: string) {
	const [row] = await db.select().from(assessments).where(eq(assessments.processingId, processingId));
	return row ?? null;
}
