import { and, count, eq, isNull } from 'drizzle-orm';
import { isRole, type Role } from '$lib/domain/roles';
import type { BoardSetup } from '$lib/domain/first-steps';
import type { Db, Tx } from '../db';
import { invitations, memberships, schools, suppliers } from '../db/schema';
import { one } from './rows';

/** The roles the board's members hold, and those its open invitations offer: an invited FG is on the way. */
export async function rolesHeld(db: Db | Tx, organisationId: string): Promise<Role[]> {
	const [members, invited] = await Promise.all([
		db.selectDistinct({ role: memberships.role }).from(memberships).where(eq(memberships.organisationId, organisationId)),
		db.selectDistinct({ role: invitations.role }).from(invitations).where(eq(invitations.organisationId, organisationId))
	]);
	return [...new Set([...members, ...invited].map((r) => r.role))].filter(isRole);
}

/** What the first-steps list ticks off; the number of processings comes with the dashboard's own counts. */
export async function boardSetup(db: Db | Tx, organisationId: string): Promise<Omit<BoardSetup, 'processings'>> {
	const [activeSchools, activeSuppliers, roles] = await Promise.all([
		db
			.select({ n: count() })
			.from(schools)
			.where(and(eq(schools.organisationId, organisationId), eq(schools.active, true))),
		db
			.select({ n: count() })
			.from(suppliers)
			.where(and(eq(suppliers.organisationId, organisationId), isNull(suppliers.archivedAt))),
		rolesHeld(db, organisationId)
	]);
	return { activeSchools: one(activeSchools).n, activeSuppliers: one(activeSuppliers).n, roles };
}
