import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit';
import { hashPassword, verifyAgainstNothing, verifyPassword } from '../auth/password';
import { createSession, invalidateUserSessions } from '../auth/session';
import { clearThrottle, loginGate, recordFailures, rememberAddress } from '../auth/throttle';
import type { Db } from '../db';
import { users, type User } from '../db/schema';
import { findUserByEmail } from './accounts';
import { passwordLoginBlocked } from './sign-in-providers';

export type LoginResult =
	| { ok: true; user: Pick<User, 'id' | 'name' | 'email' | 'mustChangePassword'>; token: string }
	/** `invalid` covers unknown, deactivated and wrong-password alike, so the answer reveals no account. */
	| { ok: false; reason: 'invalid' }
	/** `retryAt`: when the next attempt will be heard, for the message. */
	| { ok: false; reason: 'throttled'; retryAt: Date }
	/** The right password, but the person's board wants its members to use the school account. */
	| { ok: false; reason: 'sso_only' };

/**
 * Checks e-mail and password and opens a session. A locked account or address is refused before any
 * password check; otherwise argon2 always runs (against a dummy hash for unknown accounts) so the time
 * taken does not tell whether the account exists.
 */
export async function logIn(db: Db, input: { email: string; password: string; ip: string }, now = new Date()): Promise<LoginResult> {
	const gate = await loginGate(db, input.email, input.ip, now);
	if (gate.lockedUntil) return { ok: false, reason: 'throttled', retryAt: gate.lockedUntil };

	const user = await findUserByEmail(db, input.email);
	const valid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstNothing(input.password);
	if (!user || !valid || !user.active) {
		const locked = await recordFailures(db, gate.rules.active, now);
		if (user) {
			await recordAudit(db, {
				organisationId: null,
				actor: { userId: user.id, label: user.name },
				action: 'login_failed',
				entity: 'user',
				entityId: user.id,
				after: { reason: !user.active ? 'inactive' : 'password', locked: Boolean(locked) }
			});
		}
		return locked ? { ok: false, reason: 'throttled', retryAt: locked } : { ok: false, reason: 'invalid' };
	}

	if (await passwordLoginBlocked(db, user.id)) return { ok: false, reason: 'sso_only' };
	await clearThrottle(db, gate.rules.pair.key);
	await rememberAddress(db, user.id, input.ip, now);
	const session = await createSession(db, user.id);
	await recordAudit(db, { organisationId: null, actor: { userId: user.id, label: user.name }, action: 'login', entity: 'user', entityId: user.id });
	return { ok: true, token: session.token, user: { id: user.id, name: user.name, email: user.email, mustChangePassword: user.mustChangePassword } };
}

export type PasswordChangeResult =
	| { ok: true }
	| { ok: false; reason: 'wrong_current' }
	| { ok: false; reason: 'same_as_current' }
	| { ok: false; reason: 'throttled'; retryAt: Date };

/**
 * A person changes their own password. The current one is checked (and wrong guesses throttled like a
 * login, since a borrowed session must not become a way to test passwords); every other session ends,
 * because a change usually means "someone else may know the old one".
 */
export async function changeOwnPassword(
	db: Db,
	input: { userId: string; sessionId: string; current: string; next: string; ip: string },
	now = new Date()
): Promise<PasswordChangeResult> {
	const [user] = await db.select().from(users).where(eq(users.id, input.userId));
	if (!user) throw new Error('session user no longer exists');
	const gate = await loginGate(db, user.email, input.ip, now);
	if (gate.lockedUntil) return { ok: false, reason: 'throttled', retryAt: gate.lockedUntil };
	if (!(await verifyPassword(user.passwordHash, input.current))) {
		const locked = await recordFailures(db, gate.rules.active, now);
		return locked ? { ok: false, reason: 'throttled', retryAt: locked } : { ok: false, reason: 'wrong_current' };
	}
	if (input.current === input.next) return { ok: false, reason: 'same_as_current' };

	const passwordHash = await hashPassword(input.next);
	await db.transaction(async (tx) => {
		await tx.update(users).set({ passwordHash, mustChangePassword: false }).where(eq(users.id, user.id));
		await invalidateUserSessions(tx, user.id, input.sessionId);
		await recordAudit(tx, {
			organisationId: null,
			actor: { userId: user.id, label: user.name },
			action: 'password_change',
			entity: 'user',
			entityId: user.id,
			after: { otherSessionsEnded: true }
		});
	});
	return { ok: true };
}
