import { and, asc, eq, notInArray } from 'drizzle-orm';
import type { Role } from '$lib/domain/roles';
import { recordAudit, type Actor } from '../audit';
import { invalidateUserSessions } from '../auth/session';
import type { Db, Tx } from '../db';
import { memberships, users } from '../db/schema';
import { resetPasswordTemporary, setMembership } from './accounts';

export type UserAdminErrorCode = 'self_lockout' | 'not_member' | 'already_member' | 'already_invited' | 'not_invited' | 'shared_account';

/** A refusal shown on the admin page; `code` maps to a message per language. */
export class UserAdminError extends Error {
	constructor(
		readonly code: UserAdminErrorCode,
		/** The name of the person concerned, for the message. */
		readonly subject = ''
	) {
		super(code);
	}
}

/** The organisation an admin manages and who they are (for the "not yourself" rules and the audit trail). */
export interface AdminScope {
	organisationId: string;
	userId: string;
	actor: Actor;
}

export async function listMembers(db: Db, organisationId: string) {
	return db
		.select({
			id: users.id,
			name: users.name,
			email: users.email,
			active: users.active,
			mustChangePassword: users.mustChangePassword,
			role: memberships.role
		})
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(eq(memberships.organisationId, organisationId))
		.orderBy(asc(users.name), asc(users.email));
}

async function membershipRole(db: Db | Tx, organisationId: string, userId: string): Promise<string | null> {
	const [row] = await db
		.select({ role: memberships.role })
		.from(memberships)
		.where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
	return row?.role ?? null;
}

export interface Member {
	role: string;
	name: string;
	email: string;
	active: boolean;
}

async function requireMember(db: Db | Tx, scope: AdminScope, userId: string): Promise<Member> {
	const [row] = await db
		.select({ role: memberships.role, name: users.name, email: users.email, active: users.active })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(and(eq(memberships.organisationId, scope.organisationId), eq(memberships.userId, userId)));
	if (!row) throw new UserAdminError('not_member');
	return row;
}

/**
 * An account is one login for every board the person works for (an FG often serves several). Its
 * password and active flag may only be changed by someone who is admin of all those boards; otherwise
 * one board's admin could lock out, or take over, another board's FG.
 */
async function requireSoleAuthority(db: Db | Tx, scope: AdminScope, userId: string, member: Member): Promise<void> {
	const administered = db
		.select({ id: memberships.organisationId })
		.from(memberships)
		.where(and(eq(memberships.userId, scope.userId), eq(memberships.role, 'admin')));
	const [elsewhere] = await db
		.select({ id: memberships.organisationId })
		.from(memberships)
		.where(and(eq(memberships.userId, userId), notInArray(memberships.organisationId, administered)))
		.limit(1);
	if (elsewhere) throw new UserAdminError('shared_account', member.name);
}

/** An admin cannot drop their own admin role: the board would risk having no admin left. */
export async function changeRole(db: Db, scope: AdminScope, userId: string, role: Role): Promise<Member> {
	if (userId === scope.userId && role !== 'admin') throw new UserAdminError('self_lockout');
	return db.transaction(async (tx) => {
		const member = await requireMember(tx, scope, userId);
		if (member.role !== role) await setMembership(tx, { userId, organisationId: scope.organisationId, role }, scope.actor);
		return { ...member, role };
	});
}

/** Deactivation blocks logging in and ends every open session at once. */
export async function setActive(db: Db, scope: AdminScope, userId: string, active: boolean): Promise<Member> {
	if (userId === scope.userId && !active) throw new UserAdminError('self_lockout');
	return db.transaction(async (tx) => {
		const member = await requireMember(tx, scope, userId);
		await requireSoleAuthority(tx, scope, userId, member);
		if (member.active === active) return member;
		await tx.update(users).set({ active }).where(eq(users.id, userId));
		if (!active) await invalidateUserSessions(tx, userId);
		await recordAudit(tx, {
			organisationId: scope.organisationId,
			actor: scope.actor,
			action: active ? 'reactivate' : 'deactivate',
			entity: 'user',
			entityId: userId,
			before: { active: member.active },
			after: { active }
		});
		return { ...member, active };
	});
}

/**
 * Gives the person a temporary password (returned once for the admin to hand over), forces a change at
 * the next login and ends their sessions. Admins change their own password on their account page.
 */
export async function resetPassword(db: Db, scope: AdminScope, userId: string): Promise<Member & { password: string }> {
	if (userId === scope.userId) throw new UserAdminError('self_lockout');
	return db.transaction(async (tx) => {
		const member = await requireMember(tx, scope, userId);
		await requireSoleAuthority(tx, scope, userId, member);
		const password = await resetPasswordTemporary(tx, userId);
		await recordAudit(tx, {
			organisationId: scope.organisationId,
			actor: scope.actor,
			action: 'password_reset',
			entity: 'user',
			entityId: userId,
			after: { mustChangePassword: true, sessionsEnded: true }
		});
		return { ...member, password };
	});
}
