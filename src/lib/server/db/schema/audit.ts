import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only audit trail. A database trigger (migration 0000) refuses UPDATE and DELETE, so not even a
 * bug in the app can rewrite history. No foreign keys: entries must outlive what they describe.
 */
export const auditLog = pgTable(
	'audit_log',
	{
		id: bigserial({ mode: 'number' }).primaryKey(),
		organisationId: uuid(),
		/** The processing/assessment the entry belongs to, when it belongs to one. */
		subjectId: uuid(),
		actorUserId: uuid(),
		/** Name or token name at the time, so the entry stays readable when the user is gone. */
		actorLabel: text().notNull(),
		action: text().notNull(),
		entity: text().notNull(),
		entityId: text(),
		before: jsonb(),
		after: jsonb(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.organisationId, t.createdAt), index().on(t.subjectId, t.id)]
);

export type AuditEntry = typeof auditLog.$inferSelect;
