import { and, eq, isNull } from 'drizzle-orm';
import { normaliseEmail } from '$lib/domain/accounts';
import { isMailLocale, type MailLocale } from '$lib/domain/mail/notifications';
import { recordAudit } from '../audit';
import { secretMatches, splitToken } from '../auth/tokens';
import { lockedUntil, recordFailures, type ThrottleRule } from '../auth/throttle';
import type { Db } from '../db';
import { mailPreferences, passwordResets, users } from '../db/schema';
import { mailEnabled } from '../mail/config';
import { enqueue } from '../mail/outbox';
import { setPassword } from './accounts';

const MINUTE = 60_000;

/**
 * Reset requests are counted like failed logins (auth/throttle.ts), in their own counters: a few per
 * address a day before the waits begin, so nobody can flood a person's mailbox, and more per client
 * address, so one client cannot probe many addresses. Unknown addresses count the same as known ones.
 */
export function resetThrottleRules(email: string, ip: string): ThrottleRule[] {
	return [
		{ key: `reset-account:${normaliseEmail(email)}`, lockFrom: 3, baseMs: 5 * MINUTE },
		{ key: `reset-ip:${ip}`, lockFrom: 10, baseMs: MINUTE }
	];
}

export type ResetRequestResult = { ok: true } | { ok: false; reason: 'unavailable' } | { ok: false; reason: 'throttled'; retryAt: Date };

/**
 * "Forgot password": when the address belongs to an active account, a mail with a single-use link is
 * queued; either way the answer is the same. The link's token is made when the mail is sent.
 */
export async function requestPasswordReset(
	db: Db,
	input: { email: string; ip: string; locale: MailLocale; origin: string | null },
	now = new Date(),
	env: Record<string, string | undefined> = process.env
): Promise<ResetRequestResult> {
	if (!mailEnabled(env)) return { ok: false, reason: 'unavailable' };
	const rules = resetThrottleRules(input.email, input.ip);
	const locked = await lockedUntil(db, rules.map((r) => r.key), now);
	if (locked) return { ok: false, reason: 'throttled', retryAt: locked };
	await recordFailures(db, rules, now);
	const [user] = await db
		.select({ id: users.id, email: users.email, name: users.name, active: users.active, locale: mailPreferences.locale })
		.from(users)
		.leftJoin(mailPreferences, eq(mailPreferences.userId, users.id))
		.where(eq(users.email, normaliseEmail(input.email)));
	if (!user || !user.active) return { ok: true };
	await db.transaction(async (tx) => {
		await enqueue(
			tx,
			{
				eventKey: `reset:${user.id}:${now.getTime()}:${crypto.randomUUID()}`,
				organisationId: null,
				userId: user.id,
				recipient: user.email,
				locale: isMailLocale(user.locale) ? user.locale : input.locale,
				kind: 'password_reset',
				params: {},
				origin: input.origin
			},
			now
		);
		await recordAudit(tx, { organisationId: null, actor: { userId: user.id, label: user.name }, action: 'password_reset_request', entity: 'user', entityId: user.id });
	});
	return { ok: true };
}

export type ResetTokenState = 'valid' | 'used' | 'expired';

/** What a reset link is: null when it is no link of ours at all (the page answers 404 then). */
export async function resetTokenState(db: Db, token: string, now = new Date()): Promise<{ state: ResetTokenState; userId: string; id: string } | null> {
	const parts = splitToken(token);
	if (!parts) return null;
	const [row] = await db.select().from(passwordResets).where(eq(passwordResets.id, parts.id));
	if (!row || !secretMatches(parts.secret, row.secretHash)) return null;
	const state: ResetTokenState = row.usedAt ? 'used' : row.expiresAt <= now ? 'expired' : 'valid';
	return { state, userId: row.userId, id: row.id };
}

export type ResetResult = { ok: true; email: string } | { ok: false; reason: 'not_found' | 'used' | 'expired' };

/**
 * Sets the new password through a reset link. The link is used up in the same statement that checks it,
 * so two submits of one link cannot both succeed; every other open link of the person is used up too,
 * and all their sessions end.
 */
export async function resetPassword(db: Db, input: { token: string; password: string }, now = new Date()): Promise<ResetResult> {
	const found = await resetTokenState(db, input.token, now);
	if (!found) return { ok: false, reason: 'not_found' };
	if (found.state !== 'valid') return { ok: false, reason: found.state };
	return db.transaction(async (tx): Promise<ResetResult> => {
		const [claimed] = await tx
			.update(passwordResets)
			.set({ usedAt: now })
			.where(and(eq(passwordResets.id, found.id), isNull(passwordResets.usedAt)))
			.returning({ userId: passwordResets.userId });
		if (!claimed) return { ok: false, reason: 'used' };
		const [user] = await tx.select({ id: users.id, name: users.name, email: users.email, active: users.active }).from(users).where(eq(users.id, claimed.userId));
		if (!user || !user.active) return { ok: false, reason: 'expired' };
		await tx.update(passwordResets).set({ usedAt: now }).where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)));
		await setPassword(tx, user.id, input.password, false);
		await recordAudit(tx, { organisationId: null, actor: { userId: user.id, label: user.name }, action: 'password_reset', entity: 'user', entityId: user.id, after: { sessionsEnded: true } });
		return { ok: true, email: user.email };
	});
}
