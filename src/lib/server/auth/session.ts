import { and, eq, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { preparedQuery } from '../db/prepared';
import { memberships, organisations, sessions, users, type PolicySettings, type User } from '../db/schema';
import { hashSecret, newToken, secretMatches, splitToken } from './tokens';

/** A session ends after this long without a request (Lucia guide: inactivity timeout). */
export const INACTIVITY_TIMEOUT_MS = 24 * 60 * 60 * 1000;
/** How often a used session is marked active again (and its cookie renewed): bounds writes per user. */
export const ACTIVITY_CHECK_INTERVAL_MS = 60 * 60 * 1000;
export const SESSION_COOKIE = 'dpia_session';

export type SessionUser = Pick<User, 'id' | 'email' | 'name' | 'mustChangePassword'>;

/** A membership of the session's user with its organisation. */
export interface MembershipRow {
	id: string;
	slug: string;
	name: string;
	policy: PolicySettings;
	role: string;
}
export interface ValidSession {
	id: string;
	userId: string;
	lastVerifiedAt: Date;
	/** True when the cookie must be sent again with a fresh expiry. */
	renewed: boolean;
}

export async function createSession(db: Db, userId: string): Promise<{ token: string; id: string }> {
	const { id, token, secretHash } = newToken();
	await db.insert(sessions).values({ id, secretHash, userId });
	return { token, id };
}

/**
 * Every request with a cookie runs this one: prepared, so drizzle builds it once. The user's memberships
 * come along, by organisation name (the switcher's order), because nearly every page guards on them:
 * one query per page less.
 */
const sessionById = (db: Db) =>
	preparedQuery(db, 'session_by_id', () =>
		db
			.select({
				id: sessions.id,
				secretHash: sessions.secretHash,
				userId: sessions.userId,
				lastVerifiedAt: sessions.lastVerifiedAt,
				email: users.email,
				name: users.name,
				active: users.active,
				mustChangePassword: users.mustChangePassword,
				memberships: sql<MembershipRow[]>`coalesce((
					select json_agg(json_build_object('id', ${organisations.id}, 'slug', ${organisations.slug}, 'name', ${organisations.name}, 'policy', ${organisations.policy}, 'role', ${memberships.role}) order by ${organisations.name})
					from ${memberships} join ${organisations} on ${organisations.id} = ${memberships.organisationId}
					where ${memberships.userId} = ${users.id}), '[]')`
			})
			.from(sessions)
			.innerJoin(users, eq(users.id, sessions.userId))
			.where(eq(sessions.id, sql.placeholder('id')))
			.prepare('session_by_id')
	);

export async function validateSession(
	db: Db,
	token: string,
	now = new Date()
): Promise<{ session: ValidSession; user: SessionUser; memberships: MembershipRow[] } | null> {
	const parts = splitToken(token);
	if (!parts) return null;
	const [row] = await sessionById(db).execute({ id: parts.id });
	if (!row || !secretMatches(parts.secret, row.secretHash)) return null;
	const idle = now.getTime() - row.lastVerifiedAt.getTime();
	if (idle >= INACTIVITY_TIMEOUT_MS || !row.active) {
		await db.delete(sessions).where(eq(sessions.id, row.id));
		return null;
	}
	let lastVerifiedAt = row.lastVerifiedAt;
	const renewed = idle >= ACTIVITY_CHECK_INTERVAL_MS;
	if (renewed) {
		lastVerifiedAt = now;
		await db.update(sessions).set({ lastVerifiedAt }).where(eq(sessions.id, row.id));
	}
	return {
		session: { id: row.id, userId: row.userId, lastVerifiedAt, renewed },
		user: { id: row.userId, email: row.email, name: row.name, mustChangePassword: row.mustChangePassword },
		memberships: row.memberships
	};
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user, or every one but `exceptId` (after a password change). */
export async function invalidateUserSessions(db: Db, userId: string, exceptId?: string): Promise<void> {
	await db
		.delete(sessions)
		.where(exceptId ? and(eq(sessions.userId, userId), ne(sessions.id, exceptId)) : eq(sessions.userId, userId));
}

export async function deleteIdleSessions(db: Db, now = new Date()): Promise<void> {
	await db.delete(sessions).where(lt(sessions.lastVerifiedAt, new Date(now.getTime() - INACTIVITY_TIMEOUT_MS)));
}

export { hashSecret };
