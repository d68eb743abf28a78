import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Sector } from '$lib/domain/schools';
import type { Db, Tx } from '../db';
import { schools, type School } from '../db/schema';
import { one } from './rows';

export interface SchoolFacts {
	name: string;
	brin: string | null;
	sector: Sector;
}

/** Every school of the board, open ones first, each group by name. */
export async function list(db: Db | Tx, organisationId: string): Promise<School[]> {
	return db.select().from(schools).where(eq(schools.organisationId, organisationId)).orderBy(desc(schools.active), asc(schools.name));
}

export async function read(db: Db | Tx, organisationId: string, id: string): Promise<School | null> {
	const [row] = await db
		.select()
		.from(schools)
		.where(and(eq(schools.organisationId, organisationId), eq(schools.id, id)));
	return row ?? null;
}

/** The board's school of this name, case ignored, archived ones included (they keep their name). */
export async function readByName(db: Db | Tx, organisationId: string, name: string): Promise<School | null> {
	const [row] = await db
		.select()
		.from(schools)
		.where(and(eq(schools.organisationId, organisationId), sql`lower(${schools.name}) = lower(${name})`));
	return row ?? null;
}

export async function readByBrin(db: Db | Tx, organisationId: string, brin: string): Promise<School | null> {
	const [row] = await db
		.select()
		.from(schools)
		.where(and(eq(schools.organisationId, organisationId), eq(schools.brin, brin)));
	return row ?? null;
}

export async function insert(db: Db | Tx, organisationId: string, facts: SchoolFacts): Promise<School> {
	return one(await db.insert(schools).values({ ...facts, organisationId }).returning());
}

export async function update(db: Db | Tx, organisationId: string, id: string, values: Partial<SchoolFacts> & { active?: boolean }): Promise<School> {
	return one(
		await db
			.update(schools)
			.set(values)
			.where(and(eq(schools.organisationId, organisationId), eq(schools.id, id)))
			.returning()
	);
}
