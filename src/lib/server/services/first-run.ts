import { sql } from 'drizzle-orm';
import { actorOf, recordAudit } from '../audit';
import type { Db } from '../db';
import { users, type Organisation, type User } from '../db/schema';
import { AccountError, createOrganisation, createUser, setMembership } from './accounts';

export interface FirstRunInput {
	organisationName: string;
	slug: string;
	name: string;
	email: string;
	password: string;
}

/**
 * Creates the first organisation and its admin in one transaction. The advisory lock serialises two
 * people submitting setup at the same moment on PostgreSQL: the second finds a user and is refused.
 */
export async function completeFirstRun(db: Db, input: FirstRunInput): Promise<{ organisation: Organisation; admin: User }> {
	return db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext('dpia-wijzer-first-run'))`);
		const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(users);
		if ((row?.n ?? 0) > 0) throw new AccountError('setup_done');

		const admin = await createUser(tx, { email: input.email, name: input.name, password: input.password });
		const actor = actorOf(admin);
		const organisation = await createOrganisation(tx, { name: input.organisationName, slug: input.slug }, actor);
		await recordAudit(tx, {
			organisationId: organisation.id,
			actor,
			action: 'create',
			entity: 'user',
			entityId: admin.id,
			after: { email: admin.email, name: admin.name, via: 'setup' }
		});
		await setMembership(tx, { userId: admin.id, organisationId: organisation.id, role: 'admin' }, actor);
		return { organisation, admin };
	});
}
