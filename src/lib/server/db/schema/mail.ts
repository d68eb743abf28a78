import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { invitations, users } from './users';

/**
 * Mails the app decided to send (README "Mail"). A row is written in the transaction of the change that
 * causes it, so it exists exactly when the change does; `eventKey` (one event, one recipient) is unique, so
 * an event retried or seen by two processes makes one row. The text is rendered when the row is sent, from
 * `kind` and `params`: links that carry a secret (reset, invitation) are minted then and never stored raw.
 * `status`: pending -> sending (claimed until `leaseUntil`) -> sent | failed; `kept` without SMTP.
 */
export const mailOutbox = pgTable(
	'mail_outbox',
	{
		id: uuid().primaryKey().defaultRandom(),
		eventKey: text().notNull().unique(),
		/** The board the mail is about, for the admins' outbox page; null for mails about the account itself. */
		organisationId: uuid().references(() => organisations.id, { onDelete: 'cascade' }),
		userId: uuid().references(() => users.id, { onDelete: 'cascade' }),
		recipient: text().notNull(),
		locale: text().notNull(),
		kind: text().notNull(),
		params: jsonb().$type<Record<string, unknown>>().notNull(),
		/** The origin of the request that caused the mail, for its links when ORIGIN is not set. */
		origin: text(),
		status: text().notNull().default('pending'),
		attempts: integer().notNull().default(0),
		nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		leaseUntil: timestamp({ withTimezone: true }),
		lastError: text(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp({ withTimezone: true })
	},
	(t) => [
		index('mail_outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.status} in ('pending', 'sending')`),
		index().on(t.organisationId, t.createdAt)
	]
);

/** A person's mail settings: their language and, per notification kind, now | digest | off. */
export const mailPreferences = pgTable('mail_preferences', {
	userId: uuid()
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	locale: text().notNull().default('nl'),
	modes: jsonb().$type<Record<string, string>>().notNull().default({}),
	updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/** Notifications waiting for a person's daily digest; `digestedAt` is set in the digest's transaction. */
export const mailDigestItems = pgTable(
	'mail_digest_items',
	{
		id: uuid().primaryKey().defaultRandom(),
		eventKey: text().notNull().unique(),
		userId: uuid()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		kind: text().notNull(),
		params: jsonb().$type<Record<string, unknown>>().notNull(),
		origin: text(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		digestedAt: timestamp({ withTimezone: true })
	},
	(t) => [index('mail_digest_items_open_idx').on(t.userId).where(sql`${t.digestedAt} is null`)]
);

/** Single-use links in invitation mails; only SHA-256 of the secret is kept, as for sessions. */
export const invitationTokens = pgTable(
	'invitation_tokens',
	{
		id: text().primaryKey(),
		secretHash: text().notNull(),
		invitationId: uuid()
			.notNull()
			.references(() => invitations.id, { onDelete: 'cascade' }),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		usedAt: timestamp({ withTimezone: true }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.invitationId)]
);

export type OutboxRow = typeof mailOutbox.$inferSelect;
