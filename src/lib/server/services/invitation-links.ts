import { and, eq, isNull } from 'drizzle-orm';
import { isRole } from '$lib/domain/roles';
import { recordAudit } from '../audit';
import { createSession } from '../auth/session';
import { secretMatches, splitToken } from '../auth/tokens';
import type { Db } from '../db';
import { invitations, invitationTokens, organisations } from '../db/schema';
import { createUser, findUserByEmail, setMembership } from './accounts';

export type InvitationLinkState = 'valid' | 'used' | 'expired';

export interface InvitationLink {
	state: InvitationLinkState;
	tokenId: string;
	invitationId: string;
	email: string;
	organisation: string;
	/** Whether the address has an account: told only to the holder of the link, who owns the address. */
	hasAccount: boolean;
}

/** What an invitation link is; null when it is no link of ours or its invitation was withdrawn. */
export async function invitationLinkState(db: Db, token: string, now = new Date()): Promise<InvitationLink | null> {
	const parts = splitToken(token);
	if (!parts) return null;
	const [row] = await db
		.select({ token: invitationTokens, email: invitations.email, organisation: organisations.name })
		.from(invitationTokens)
		.innerJoin(invitations, eq(invitations.id, invitationTokens.invitationId))
		.innerJoin(organisations, eq(organisations.id, invitations.organisationId))
		.where(eq(invitationTokens.id, parts.id));
	if (!row || !secretMatches(parts.secret, row.token.secretHash)) return null;
	const state: InvitationLinkState = row.token.usedAt ? 'used' : row.token.expiresAt <= now ? 'expired' : 'valid';
	return { state, tokenId: row.token.id, invitationId: row.token.invitationId, email: row.email, organisation: row.organisation, hasAccount: Boolean(await findUserByEmail(db, row.email)) };
}

export type AcceptResult = { ok: true; sessionToken: string; slug: string } | { ok: false; reason: 'not_found' | 'used' | 'expired' | 'has_account' };

/**
 * A person without an account accepts through the link: the account is made with the password they
 * choose, they become a member with the invited role, and they are logged in. The link is used up in the
 * statement that checks it. Someone with an account logs in instead and answers there.
 */
export async function acceptWithNewAccount(db: Db, token: string, input: { name: string; password: string }, now = new Date()): Promise<AcceptResult> {
	const link = await invitationLinkState(db, token, now);
	if (!link) return { ok: false, reason: 'not_found' };
	if (link.state !== 'valid') return { ok: false, reason: link.state };
	if (link.hasAccount) return { ok: false, reason: 'has_account' };
	const result = await db.transaction(async (tx) => {
		const [claimed] = await tx
			.update(invitationTokens)
			.set({ usedAt: now })
			.where(and(eq(invitationTokens.id, link.tokenId), isNull(invitationTokens.usedAt)))
			.returning({ id: invitationTokens.id });
		if (!claimed) return null;
		const [invitation] = await tx.delete(invitations).where(eq(invitations.id, link.invitationId)).returning();
		if (!invitation || !isRole(invitation.role)) return null;
		const user = await createUser(tx, { email: invitation.email, name: input.name, password: input.password });
		const actor = { userId: user.id, label: user.name };
		await setMembership(tx, { userId: user.id, organisationId: invitation.organisationId, role: invitation.role }, actor);
		await recordAudit(tx, { organisationId: invitation.organisationId, actor, action: 'invitation_accept', entity: 'invitation', entityId: invitation.id, after: { role: invitation.role, byMail: true } });
		const [org] = await tx.select({ slug: organisations.slug }).from(organisations).where(eq(organisations.id, invitation.organisationId));
		return { userId: user.id, slug: org!.slug };
	});
	if (!result) return { ok: false, reason: 'used' };
	const session = await createSession(db, result.userId);
	return { ok: true, sessionToken: session.token, slug: result.slug };
}
