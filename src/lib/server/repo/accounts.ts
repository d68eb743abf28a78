import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { memberships, organisations, users } from '../db/schema';

export async function anyUserExists(db: Db): Promise<boolean> {
	const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
	return (row?.n ?? 0) > 0;
}

/** The organisations a person belongs to, with their role in each, for the switcher. */
export async function organisationsOf(db: Db, userId: string) {
	return db
		.select({ id: organisations.id, slug: organisations.slug, name: organisations.name, role: memberships.role })
		.from(memberships)
		.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
		.where(eq(memberships.userId, userId))
		.orderBy(asc(organisations.name));
}
