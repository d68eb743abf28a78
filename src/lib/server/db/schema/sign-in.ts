import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';

/**
 * A board's OpenID Connect sign-in (one provider per board). The client secret is kept encrypted when
 * OIDC_SECRET_KEY is set (see auth/secret-box.ts) and is never sent to a page again.
 */
export const signInProviders = pgTable('sign_in_providers', {
	organisationId: uuid()
		.primaryKey()
		.references(() => organisations.id, { onDelete: 'cascade' }),
	/** entra | google | surfconext | issuer: see `$lib/domain/sign-in-providers`. */
	kind: text().notNull(),
	issuer: text().notNull(),
	/** Entra: the directory (tenant) id; Google: the Workspace domain (`hd`). */
	tenant: text(),
	hostedDomain: text(),
	clientId: text().notNull(),
	clientSecret: text().notNull(),
	allowedDomains: jsonb().$type<string[]>().notNull().default([]),
	/** Off by default: a sign-in only finds existing members. On: a newcomer becomes a viewer. */
	createAccounts: boolean().notNull().default(false),
	/** On: members who are not admin of the board may not log in with a password. */
	passwordLoginOff: boolean().notNull().default(false),
	updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/**
 * A sign-in on its way through the provider: the state (hashed, so the table alone cannot finish one),
 * PKCE verifier and nonce. Deleted when the provider sends the person back, so a state works once.
 */
export const signInAttempts = pgTable(
	'sign_in_attempts',
	{
		stateHash: text().primaryKey(),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		codeVerifier: text().notNull(),
		nonce: text().notNull(),
		next: text(),
		expiresAt: timestamp({ withTimezone: true }).notNull()
	},
	(t) => [index().on(t.expiresAt)]
);

export type SignInProvider = typeof signInProviders.$inferSelect;
