import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';

/**
 * Answers of `/api/v1` write requests sent with an Idempotency-Key, per caller (an API token or a user)
 * and key, kept a day: a retried request gets the first answer instead of doing the work twice.
 */
export const apiIdempotency = pgTable(
	'api_idempotency',
	{
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		/** `token:<id>` or `user:<id>`: keys are the caller's own. */
		caller: text().notNull(),
		key: text().notNull(),
		/** SHA-256 of method, path and body: the same key with another request is refused. */
		requestHash: text().notNull(),
		status: integer().notNull(),
		response: jsonb().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.caller, t.key] }), index().on(t.createdAt)]
);
