import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { assessments, processings, suppliers, type Supplier } from '../db/schema';

export type SupplierFacts = Omit<Supplier, 'id' | 'organisationId' | 'createdAt' | 'updatedAt' | 'archivedAt'>;

/**
 * A board's suppliers by name (case ignored), each with how many processings in use rely on it. A join, not a
 * subquery in the select list: drizzle writes the columns of a one-table select without their table, so a
 * correlated subquery's `id` there was the processing's own and the count was always 0.
 */
export function list(db: Db | Tx, organisationId: string) {
	return db
		.select({ supplier: suppliers, processings: count(processings.id) })
		.from(suppliers)
		.leftJoin(processings, and(eq(processings.supplierId, suppliers.id), isNull(processings.archivedAt)))
		.where(eq(suppliers.organisationId, organisationId))
		.groupBy(suppliers.id)
		.orderBy(asc(suppliers.archivedAt), asc(sql`lower(${suppliers.name})`), asc(suppliers.id));
}

/** One supplier of the board; another board's id is not found. */
export async function read(db: Db | Tx, organisationId: string, id: string): Promise<Supplier | undefined> {
	const [row] = await db.select().from(suppliers).where(and(eq(suppliers.organisationId, organisationId), eq(suppliers.id, id)));
	return row;
}

export async function readByName(db: Db | Tx, organisationId: string, name: string): Promise<Supplier | undefined> {
	const [row] = await db
		.select()
		.from(suppliers)
		.where(and(eq(suppliers.organisationId, organisationId), eq(sql`lower(${suppliers.name})`, name.trim().toLowerCase())));
	return row;
}

export async function insert(db: Db | Tx, organisationId: string, facts: SupplierFacts): Promise<Supplier> {
	const [row] = await db.insert(suppliers).values({ organisationId, ...facts }).returning();
	return row!;
}

/**
 * Inserts unless the board has a supplier of that name (case ignored): undefined then. A concurrent
 * insert of the same name waits for the other transaction and then inserts nothing, instead of failing
 * on the unique index.
 */
export async function insertIfAbsent(db: Db | Tx, organisationId: string, facts: SupplierFacts): Promise<Supplier | undefined> {
	const [row] = await db.insert(suppliers).values({ organisationId, ...facts }).onConflictDoNothing().returning();
	return row;
}

export async function update(db: Db | Tx, id: string, facts: Partial<SupplierFacts> & { archivedAt?: Date | null }): Promise<void> {
	await db.update(suppliers).set({ ...facts, updatedAt: new Date() }).where(eq(suppliers.id, id));
}

/** The processings that rely on a supplier, with their DPIA's state: what a change of the supplier reaches. */
export function processingsOf(db: Db | Tx, supplierId: string) {
	return db
		.select({
			id: processings.id,
			name: processings.name,
			archivedAt: processings.archivedAt,
			supplierChange: processings.supplierChange,
			assessmentId: assessments.id,
			status: assessments.status,
			highestResidualLevel: assessments.highestResidualLevel,
			reviewDueOn: assessments.reviewDueOn
		})
		.from(processings)
		.leftJoin(assessments, eq(assessments.processingId, processings.id))
		.where(eq(processings.supplierId, supplierId))
		.orderBy(asc(sql`lower(${processings.name})`), asc(processings.id));
}

/** Links (or with null unlinks) a processing; the report name follows the supplier's. */
export async function link(db: Db | Tx, processingId: string, supplier: Pick<Supplier, 'id' | 'name'> | null): Promise<void> {
	await db
		.update(processings)
		.set({ supplierId: supplier?.id ?? null, vendor: supplier?.name ?? '', updatedAt: new Date() })
		.where(eq(processings.id, processingId));
}

export async function renameInProcessings(db: Db | Tx, supplierId: string, name: string): Promise<void> {
	await db.update(processings).set({ vendor: name }).where(eq(processings.supplierId, supplierId));
}

/** Marks the live processings of a supplier for review after a change of its chain (spec §6.3). */
export async function markChanged(db: Db | Tx, supplierId: string, change: { at: string; changes: unknown[] }): Promise<string[]> {
	const rows = await db
		.update(processings)
		.set({ supplierChange: change })
		.where(and(eq(processings.supplierId, supplierId), isNull(processings.archivedAt)))
		.returning({ id: processings.id });
	return rows.map((r) => r.id);
}
