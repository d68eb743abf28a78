import { sql } from 'drizzle-orm';
import { boolean, jsonb, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Sector } from '../../../domain/schools';

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
		/** BRIN number, with the vestigingsnummer when given, normalised ("12AB" or "12AB00"); null when not known. */
		brin: text(),
		/** po | vo | so | vso (`SECTORS`); null for schools made before the sector was asked. */
		sector: text().$type<Sector>(),
		/** False once archived: no longer offered for new processings, still shown where it is named. */
		active: boolean().notNull().default(true),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique().on(t.organisationId, t.name), uniqueIndex('schools_organisation_brin_idx').on(t.organisationId, t.brin).where(sql`${t.brin} is not null`)]
);

export type Organisation = typeof organisations.$inferSelect;
export type School = typeof schools.$inferSelect;
