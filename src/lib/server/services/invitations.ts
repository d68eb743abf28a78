import { and, asc, eq } from 'drizzle-orm';
import { normaliseEmail } from '$lib/domain/accounts';
import { isRole, type Role } from '$lib/domain/roles';
import { recordAudit, type Actor } from '../audit';
import { hashPassword } from '../auth/password';
import type { SessionUser } from '../auth/session';
import type { Db, Tx } from '../db';
import { invitations, memberships, organisations, users } from '../db/schema';
import { createUser, findUserByEmail, setMembership, temporaryPassword } from './accounts';
import { queueInvitationMail } from '../mail/invitation-mail';
import { mailEnabled } from '../mail/config';
import { UserAdminError, type AdminScope } from './users-admin';

export interface Invited {
	invitationId: string;
	/**
	 * Shown to the admin once, whether or not the address already has an account: a new address gets an
	 * account with this temporary password, an existing one keeps its own password and the value is
	 * thrown away. Either way the admin's answer is the same, so it tells nothing about other boards.
	 */
	temporaryPassword: string | null;
}

/**
 * Invites an e-mail address into the board. Nothing is attached until the person accepts at their next
 * login, and nothing the admin gets back depends on whether the address has an account elsewhere.
 */
export async function invite(
	db: Db,
	scope: AdminScope,
	input: { email: string; name: string; role: Role },
	options: { origin?: string | null; env?: Record<string, string | undefined> } = {}
): Promise<Invited> {
	const email = normaliseEmail(input.email);
	const password = temporaryPassword();
	// With mail, the person gets a single-use link instead and the admin sees no password at all.
	const byMail = mailEnabled(options.env);
	return db.transaction(async (tx) => {
		const [member] = await tx
			.select({ id: users.id })
			.from(memberships)
			.innerJoin(users, eq(users.id, memberships.userId))
			.where(and(eq(memberships.organisationId, scope.organisationId), eq(users.email, email)));
		if (member) throw new UserAdminError('already_member');
		const [pending] = await tx
			.select({ id: invitations.id })
			.from(invitations)
			.where(and(eq(invitations.organisationId, scope.organisationId), eq(invitations.email, email)));
		if (pending) throw new UserAdminError('already_invited');

		if (byMail) {
			// no account yet: the person makes one (or logs in) through the link
		} else if (await findUserByEmail(tx, email)) {
			// The same argon2 work as creating the account, so the answer's timing does not tell either.
			await hashPassword(password);
		} else {
			const name = input.name.trim() || email.split('@')[0]!;
			await createUser(tx, { email, name, password, mustChangePassword: true });
		}
		const [row] = await tx
			.insert(invitations)
			.values({ organisationId: scope.organisationId, email, role: input.role, invitedBy: scope.userId })
			.returning({ id: invitations.id });
		await recordAudit(tx, {
			organisationId: scope.organisationId,
			actor: scope.actor,
			action: 'invite',
			entity: 'invitation',
			entityId: row!.id,
			after: { email, role: input.role }
		});
		if (byMail) {
			await queueInvitationMail(tx, { invitationId: row!.id, organisationId: scope.organisationId, email, origin: options.origin ?? null });
			return { invitationId: row!.id, temporaryPassword: null };
		}
		return { invitationId: row!.id, temporaryPassword: password };
	});
}

/** The board's open invitations, as the admin typed them. */
export async function listInvitations(db: Db, organisationId: string) {
	return db
		.select({ id: invitations.id, email: invitations.email, role: invitations.role, createdAt: invitations.createdAt })
		.from(invitations)
		.where(eq(invitations.organisationId, organisationId))
		.orderBy(asc(invitations.email));
}

/** The admin takes an invitation back before it is answered. */
export async function withdrawInvitation(db: Db, scope: AdminScope, invitationId: string): Promise<{ email: string }> {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.delete(invitations)
			.where(and(eq(invitations.id, invitationId), eq(invitations.organisationId, scope.organisationId)))
			.returning({ email: invitations.email, role: invitations.role });
		if (!row) throw new UserAdminError('not_invited');
		await recordAudit(tx, { organisationId: scope.organisationId, actor: scope.actor, action: 'invitation_withdraw', entity: 'invitation', entityId: invitationId, before: row });
		return { email: row.email };
	});
}

export interface PendingInvitation {
	id: string;
	organisation: string;
	role: Role;
}

/** What waits for this person: the boards that invited their address. */
export async function pendingInvitations(db: Db | Tx, email: string): Promise<PendingInvitation[]> {
	const rows = await db
		.select({ id: invitations.id, organisation: organisations.name, role: invitations.role })
		.from(invitations)
		.innerJoin(organisations, eq(organisations.id, invitations.organisationId))
		.where(eq(invitations.email, normaliseEmail(email)))
		.orderBy(asc(organisations.name));
	return rows.flatMap((r) => (isRole(r.role) ? [{ ...r, role: r.role }] : []));
}

export class InvitationNotFound extends Error {
	readonly _tag = 'InvitationNotFound';
}

/**
 * The person answers: accepting makes them a member with the invited role, declining drops it. Both are
 * audited in the inviting board, where the admin now sees the person as they are. Only an invitation to
 * the person's own address can be answered.
 */
export async function answerInvitation(db: Db, user: SessionUser, invitationId: string, accept: boolean): Promise<{ organisation: string; slug: string }> {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.delete(invitations)
			.where(and(eq(invitations.id, invitationId), eq(invitations.email, normaliseEmail(user.email))))
			.returning({ organisationId: invitations.organisationId, role: invitations.role });
		if (!row || !isRole(row.role)) throw new InvitationNotFound();
		const actor: Actor = { userId: user.id, label: user.name };
		if (accept) await setMembership(tx, { userId: user.id, organisationId: row.organisationId, role: row.role }, actor);
		await recordAudit(tx, {
			organisationId: row.organisationId,
			actor,
			action: accept ? 'invitation_accept' : 'invitation_decline',
			entity: 'invitation',
			entityId: invitationId,
			after: { role: row.role }
		});
		const [org] = await tx.select({ name: organisations.name, slug: organisations.slug }).from(organisations).where(eq(organisations.id, row.organisationId));
		return { organisation: org!.name, slug: org!.slug };
	});
}
