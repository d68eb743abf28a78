import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { users } from './users';

/**
 * Sessions as in the Lucia guide: the cookie holds `<id>.<secret>`, we keep only SHA-256(secret)
 * (hex) so a database leak does not leak usable tokens.
 */
export const sessions = pgTable(
	'sessions',
	{
		id: text().primaryKey(),
		secretHash: text().notNull(),
		userId: uuid()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		lastVerifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.userId)]
);

/**
 * Failed-login counters per account+address pair, per account and per address (see auth/throttle.ts); in
 * the database so several app instances share them. `windowStartedAt` is the first failure of the streak.
 */
export const loginThrottles = pgTable('login_throttles', {
	key: text().primaryKey(),
	failures: integer().notNull().default(0),
	windowStartedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	lockedUntil: timestamp({ withTimezone: true })
});

/**
 * Addresses a person logged in from with the right password: their usual places (school, home). Attempts
 * on the account from such an address are exempt from the account-wide and address-wide throttles, so an
 * attacker elsewhere, or a crowd of failures at a shared address, cannot keep the person out.
 */
export const loginAddresses = pgTable(
	'login_addresses',
	{
		userId: uuid()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		address: text().notNull(),
		lastLoginAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.userId, t.address] })]
);

/** One-time password reset links; only the hash of the token is kept. */
export const passwordResets = pgTable('password_resets', {
	id: text().primaryKey(),
	secretHash: text().notNull(),
	userId: uuid()
		.notNull()
		.references(() => users.id, { onDelete: 'cascade' }),
	expiresAt: timestamp({ withTimezone: true }).notNull(),
	usedAt: timestamp({ withTimezone: true }),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/** Named API tokens with a role in one organisation, for `/api/v1`; `<id>.<secret>`, hash kept. */
export const apiTokens = pgTable(
	'api_tokens',
	{
		id: text().primaryKey(),
		secretHash: text().notNull(),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		role: text().notNull(),
		createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		lastUsedAt: timestamp({ withTimezone: true }),
		revokedAt: timestamp({ withTimezone: true })
	},
	(t) => [index().on(t.organisationId)]
);

export type Session = typeof sessions.$inferSelect;
export type ApiToken = typeof apiTokens.$inferSelect;
