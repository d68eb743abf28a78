import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { PrescanOutcome } from '$lib/domain/prescan/types';
import { organisations, schools } from './organisations';
import { suppliers } from './suppliers';
import { users } from './users';

/** The register of processings (verwerkingen): a tool, system or processing a board uses or plans. */
export const processings = pgTable(
	'processings',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		/** The supplier's name as shown in reports; kept equal to the linked supplier's name. */
		vendor: text().notNull().default(''),
		supplierId: uuid().references(() => suppliers.id, { onDelete: 'set null' }),
		/** Set when the linked supplier's chain changed in a way that calls for a review (spec §6.3), with why. */
		supplierChange: jsonb().$type<{ at: string; changes: unknown[] }>(),
		description: text().notNull().default(''),
		/** Latest pre-scan outcome, denormalised for the register list. */
		prescanOutcome: text().$type<PrescanOutcome>(),
		createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		archivedAt: timestamp({ withTimezone: true })
	},
	(t) => [
		index().on(t.organisationId, t.name),
		index().on(t.supplierId),
		// the register's page order (repo/processings `list`): alphabetical regardless of case, id breaks ties
		index('processings_register_order_idx').on(t.organisationId, sql`lower(${t.name})`, t.id)
	]
);

export const processingSchools = pgTable(
	'processing_schools',
	{
		processingId: uuid()
			.notNull()
			.references(() => processings.id, { onDelete: 'cascade' }),
		schoolId: uuid()
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.processingId, t.schoolId] }), index().on(t.schoolId)]
);

/**
 * Every pre-scan run is kept (WP248 §III.B.a: a "not required" outcome must be kept with its reasons
 * and the FG's view).
 */
export const prescans = pgTable(
	'prescans',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		processingId: uuid()
			.notNull()
			.references(() => processings.id, { onDelete: 'cascade' }),
		input: jsonb().notNull(),
		/** The screen answers behind `input`, for runs made in the app (absent for API/CLI runs). */
		answers: jsonb(),
		result: jsonb().notNull(),
		outcome: text().$type<PrescanOutcome>().notNull(),
		/** The editor's reasoning when the outcome is not_required. */
		reasoning: text(),
		fgView: text(),
		fgViewBy: uuid().references(() => users.id, { onDelete: 'set null' }),
		fgViewAt: timestamp({ withTimezone: true }),
		createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.processingId, t.createdAt)]
);

export type Processing = typeof processings.$inferSelect;
export type Prescan = typeof prescans.$inferSelect;
