import { and, desc, eq, inArray, lte, or, sql } from 'drizzle-orm';
import { MAX_ATTEMPTS, retryDelayMs, type MailLocale } from '$lib/domain/mail/notifications';
import type { Db, Tx } from '../db';
import { mailOutbox, type OutboxRow } from '../db/schema';

export type MailKind = 'notification' | 'digest' | 'password_reset' | 'invitation';

export interface NewMail {
	eventKey: string;
	organisationId: string | null;
	userId: string | null;
	recipient: string;
	locale: MailLocale;
	kind: MailKind;
	params: Record<string, unknown>;
	origin?: string | null;
}

/**
 * Puts a mail in the outbox, in the caller's transaction. A second mail for the same event and recipient
 * is dropped by the unique key: returns false then.
 */
export async function enqueue(db: Db | Tx, mail: NewMail, now = new Date()): Promise<boolean> {
	const rows = await db
		.insert(mailOutbox)
		.values({ ...mail, origin: mail.origin ?? null, nextAttemptAt: now, createdAt: now })
		.onConflictDoNothing({ target: mailOutbox.eventKey })
		.returning({ id: mailOutbox.id });
	return rows.length > 0;
}

/** How long a process may take to send a claimed mail before another may try it. */
export const LEASE_MS = 2 * 60_000;

/**
 * Claims due mails for this process: pending ones whose time has come, and ones whose sender's lease ran
 * out (it died mid-send). SKIP LOCKED makes two processes on one PostgreSQL take different rows; the
 * status and lease keep a claimed row from being taken again once the claim is committed.
 */
export async function claimDue(db: Db, now = new Date(), limit = 10): Promise<OutboxRow[]> {
	const at = sql`${now.toISOString()}::timestamptz`;
	const due = db
		.select({ id: mailOutbox.id })
		.from(mailOutbox)
		.where(or(and(eq(mailOutbox.status, 'pending'), lte(mailOutbox.nextAttemptAt, now)), and(eq(mailOutbox.status, 'sending'), lte(mailOutbox.leaseUntil, now))))
		.orderBy(mailOutbox.nextAttemptAt)
		.limit(limit)
		.for('update', { skipLocked: true });
	return db
		.update(mailOutbox)
		.set({ status: 'sending', leaseUntil: sql`${at} + interval '${sql.raw(String(LEASE_MS / 1000))} seconds'`, attempts: sql`${mailOutbox.attempts} + 1` })
		.where(inArray(mailOutbox.id, due))
		.returning();
}

export async function markSent(db: Db, id: string, now = new Date()): Promise<void> {
	await db.update(mailOutbox).set({ status: 'sent', sentAt: now, leaseUntil: null, lastError: null }).where(eq(mailOutbox.id, id));
}

/** Without SMTP the mail stays here, for the admins' outbox page. */
export async function markKept(db: Db, id: string): Promise<void> {
	await db.update(mailOutbox).set({ status: 'kept', leaseUntil: null }).where(eq(mailOutbox.id, id));
}

/** A failed try: again later with a growing wait, or given up after MAX_ATTEMPTS. */
export async function markFailed(db: Db, row: Pick<OutboxRow, 'id' | 'attempts'>, reason: string, now = new Date()): Promise<'retry' | 'failed'> {
	const giveUp = row.attempts >= MAX_ATTEMPTS;
	await db
		.update(mailOutbox)
		.set({
			status: giveUp ? 'failed' : 'pending',
			leaseUntil: null,
			lastError: reason.slice(0, 300),
			nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts))
		})
		.where(eq(mailOutbox.id, row.id));
	return giveUp ? 'failed' : 'retry';
}

/** The board's mails, newest first, for its admins. */
export async function listForOrganisation(db: Db, organisationId: string, limit = 200) {
	return db
		.select({
			id: mailOutbox.id,
			recipient: mailOutbox.recipient,
			kind: mailOutbox.kind,
			locale: mailOutbox.locale,
			params: mailOutbox.params,
			origin: mailOutbox.origin,
			status: mailOutbox.status,
			attempts: mailOutbox.attempts,
			createdAt: mailOutbox.createdAt,
			sentAt: mailOutbox.sentAt
		})
		.from(mailOutbox)
		.where(eq(mailOutbox.organisationId, organisationId))
		.orderBy(desc(mailOutbox.createdAt))
		.limit(limit);
}
