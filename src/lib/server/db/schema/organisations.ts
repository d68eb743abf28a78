import { boolean, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/** Board-policy triggers S-1..S-4 an organisation has switched on (spec §9: default all on). */
export type PolicySettings = Record<'S-1' | 'S-2' | 'S-3' | 'S-4', boolean>;

export const organisations = pgTable('organisations', {
	id: uuid().primaryKey().defaultRandom(),
	slug: text().notNull().unique(),
	name: text().notNull(),
	policy: jsonb()
		.$type<PolicySettings>()
		.notNull()
		.default({ 'S-1': true, 'S-2': true, 'S-3': true, 'S-4': true }),
	/** SHA-256 of the secret in the organisation's iCalendar feed URL; null until an admin creates one. */
	calendarTokenHash: text(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

export const schools = pgTable(
	'schools',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		/** BRIN code of the school, when known. */
		brin: text(),
		active: boolean().notNull().default(true),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique().on(t.organisationId, t.name)]
);

export type Organisation = typeof organisations.$inferSelect;
export type School = typeof schools.$inferSelect;
