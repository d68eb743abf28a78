import { eq, inArray } from 'drizzle-orm';
import { hashPassword } from '$lib/server/auth/password';
import { openDatabase, type Database, type OpenOptions } from '$lib/server/db/open';
import { users } from '$lib/server/db/schema';
import { lifecycleFixture } from '$lib/server/testing/lifecycle-fixture';

export const PASSWORD = 'een lange zin als wachtwoord';

/**
 * Opens the database the instances migrated (no migrate here: the point is that they did it) and writes
 * an organisation with a member per role and a DPIA; editor, admin and gmr get a real password. A
 * PostgreSQL URL, or the options that open a PGlite directory the app is not running on.
 */
export async function seed(target: string | OpenOptions): Promise<{ database: Database; fx: Awaited<ReturnType<typeof lifecycleFixture>> }> {
	const database = await openDatabase(typeof target === 'string' ? { url: target, poolSize: 2 } : target);
	const fx = await lifecycleFixture(database.db, 'stichting-noord');
	await lifecycleFixture(database.db, 'stichting-zuid');
	const passwordHash = await hashPassword(PASSWORD);
	const ids = [fx.people.editor.id, fx.people.admin.id, fx.people.gmr.id];
	await database.db.update(users).set({ passwordHash }).where(inArray(users.id, ids));
	return { database, fx };
}

export async function passwordHashOf(database: Database, userId: string): Promise<string> {
	const [row] = await database.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId));
	return row!.hash;
}
