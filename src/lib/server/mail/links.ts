import { eq } from 'drizzle-orm';
import { newToken } from '../auth/tokens';
import type { Db, Tx } from '../db';
import { invitations, invitationTokens, passwordResets } from '../db/schema';

export const RESET_VALID_MS = 30 * 60_000;
export const INVITATION_VALID_MS = 7 * 24 * 60 * 60_000;
export const RESET_PATH = '/password-reset';
export const INVITATION_PATH = '/invitation';

/**
 * Secret links are made when their mail is sent, not when it is queued: the outbox never holds a usable
 * token, and a mail that waits for a retry gets a link that is valid from the moment it goes out.
 */
export async function mintResetLink(db: Db | Tx, userId: string, now = new Date()): Promise<string> {
	const { id, secretHash, token } = newToken();
	await db.insert(passwordResets).values({ id, secretHash, userId, expiresAt: new Date(now.getTime() + RESET_VALID_MS), createdAt: now });
	return `${RESET_PATH}/${token}`;
}

/** Null when the invitation was withdrawn or answered before its mail went out: then nothing is sent. */
export async function mintInvitationLink(db: Db | Tx, invitationId: string, now = new Date()): Promise<string | null> {
	const [invitation] = await db.select({ id: invitations.id }).from(invitations).where(eq(invitations.id, invitationId));
	if (!invitation) return null;
	const { id, secretHash, token } = newToken();
	await db.insert(invitationTokens).values({ id, secretHash, invitationId, expiresAt: new Date(now.getTime() + INVITATION_VALID_MS), createdAt: now });
	return `${INVITATION_PATH}/${token}`;
}
