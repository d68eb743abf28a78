import { and, eq } from 'drizzle-orm';
import { normaliseEmail } from '$lib/domain/accounts';
import type { Role } from '$lib/domain/roles';
import { recordAudit, type Actor } from '../audit';
import { hashPassword } from '../auth/password';
import { invalidateUserSessions } from '../auth/session';
import { randomSecret } from '../auth/tokens';
import type { Db, Tx } from '../db';
import { memberships, organisations, schools, users, type Organisation, type User } from '../db/schema';
import { one } from '../repo/rows';

export type AccountErrorCode = 'slug_taken' | 'email_taken' | 'no_such_user' | 'no_such_organisation' | 'setup_done';

/** A refusal the caller shows to a person (web form or CLI); `code` maps to a message per language. */
export class AccountError extends Error {
	constructor(readonly code: AccountErrorCode) {
		super(code);
	}
}

export const SYSTEM_ACTOR: Actor = { userId: null, label: 'system' };

export async function findUserByEmail(db: Db | Tx, email: string): Promise<User | null> {
	const [user] = await db.select().from(users).where(eq(users.email, normaliseEmail(email)));
	return user ?? null;
}

export async function findOrganisation(db: Db | Tx, slug: string): Promise<Organisation | null> {
	const [organisation] = await db.select().from(organisations).where(eq(organisations.slug, slug));
	return organisation ?? null;
}

export async function createOrganisation(
	db: Db | Tx,
	input: { name: string; slug: string; schools?: string[] },
	actor: Actor = SYSTEM_ACTOR
): Promise<Organisation> {
	if (await findOrganisation(db, input.slug)) throw new AccountError('slug_taken');
	const organisation = one(await db.insert(organisations).values({ name: input.name.trim(), slug: input.slug }).returning());
	const names = [...new Set((input.schools ?? []).map((s) => s.trim()).filter(Boolean))];
	if (names.length) await db.insert(schools).values(names.map((name) => ({ organisationId: organisation.id, name })));
	await recordAudit(db, {
		organisationId: organisation.id,
		actor,
		action: 'create',
		entity: 'organisation',
		entityId: organisation.id,
		after: { name: organisation.name, slug: organisation.slug, schools: names }
	});
	return organisation;
}

export async function createUser(
	db: Db | Tx,
	input: { email: string; name: string; password: string; mustChangePassword?: boolean }
): Promise<User> {
	const email = normaliseEmail(input.email);
	if (await findUserByEmail(db, email)) throw new AccountError('email_taken');
	const passwordHash = await hashPassword(input.password);
	return one(
		await db
			.insert(users)
			.values({ email, name: input.name.trim(), passwordHash, mustChangePassword: input.mustChangePassword ?? false })
			.returning()
	);
}

/** Gives a person a role in an organisation, or changes the role they have there. */
export async function setMembership(
	db: Db | Tx,
	input: { userId: string; organisationId: string; role: Role },
	actor: Actor = SYSTEM_ACTOR
): Promise<void> {
	const [before] = await db
		.select({ role: memberships.role })
		.from(memberships)
		.where(and(eq(memberships.userId, input.userId), eq(memberships.organisationId, input.organisationId)));
	await db
		.insert(memberships)
		.values(input)
		.onConflictDoUpdate({ target: [memberships.userId, memberships.organisationId], set: { role: input.role } });
	await recordAudit(db, {
		organisationId: input.organisationId,
		actor,
		action: before ? 'role_change' : 'create',
		entity: 'membership',
		entityId: input.userId,
		before: before ?? null,
		after: { role: input.role }
	});
}

/** Sets a new password and ends every session of that person (a reset means "someone else may know it"). */
export async function setPassword(db: Db | Tx, userId: string, password: string, mustChange: boolean): Promise<void> {
	const passwordHash = await hashPassword(password);
	await db.update(users).set({ passwordHash, mustChangePassword: mustChange }).where(eq(users.id, userId));
	await invalidateUserSessions(db as Db, userId);
}

/** A temporary password to hand over once; the person must choose their own at the next login. */
export async function resetPasswordTemporary(db: Db | Tx, userId: string): Promise<string> {
	const temporary = temporaryPassword();
	await setPassword(db, userId, temporary, true);
	return temporary;
}

/** Readable groups of unambiguous characters, e.g. "k7mq-x2pd-9hwt-r4na": long enough, easy to type over. */
export function temporaryPassword(): string {
	return (randomSecret(16).match(/.{4}/g) ?? []).join('-');
}
