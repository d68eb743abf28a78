import { boolean, index, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';

export const users = pgTable('users', {
	id: uuid().primaryKey().defaultRandom(),
	/** Stored lower-cased and trimmed; the login name. */
	email: text().notNull().unique(),
	name: text().notNull(),
	passwordHash: text().notNull(),
	active: boolean().notNull().default(true),
	/** Set after an admin reset with a temporary password: the next login must choose a new one. */
	mustChangePassword: boolean().notNull().default(false),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/** A person's role in one organisation. Role values: see `$lib/domain/roles`. */
export const memberships = pgTable(
	'memberships',
	{
		userId: uuid()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		role: text().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.userId, t.organisationId] }), index().on(t.organisationId)]
);

/**
 * A board's invitation to an e-mail address, waiting for the person to accept at their next login. Until
 * then the board's admin sees only the address typed and the role: whether an account exists for it, and
 * whose, stays with the person (an account may belong to other boards too).
 */
export const invitations = pgTable(
	'invitations',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		/** Normalised as users.email is, so the login finds it. */
		email: text().notNull(),
		role: text().notNull(),
		invitedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique().on(t.organisationId, t.email), index().on(t.email)]
);

export type User = typeof users.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
