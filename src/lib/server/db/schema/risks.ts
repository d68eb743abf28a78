import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { MitigationType } from '$lib/domain/risk/feared-events';
import type { MeasureStatus } from '$lib/domain/risk/measure-status';
import { assessmentVersions } from './assessments';

/** Risk register (questionnaire §16); scales and levels: `$lib/domain/risk`. */
export const risks = pgTable(
	'risks',
	{
		id: uuid().primaryKey().defaultRandom(),
		versionId: uuid()
			.notNull()
			.references(() => assessmentVersions.id, { onDelete: 'cascade' }),
		/** R01..R15 when taken from the catalogue, null for an own risk. */
		catalogueId: text(),
		title: text().notNull(),
		description: text().notNull().default(''),
		origin: text().notNull().default(''),
		fearedEvent: text().notNull().default(''),
		severity: integer().notNull(),
		severityMotivation: text().notNull().default(''),
		likelihood: integer().notNull(),
		likelihoodMotivation: text().notNull().default(''),
		levelOverride: text(),
		overrideReason: text(),
		discrimination: boolean().notNull().default(false),
		residualSeverity: integer(),
		residualLikelihood: integer(),
		accepted: boolean().notNull().default(false),
		acceptanceReason: text(),
		position: integer().notNull().default(0),
		revision: integer().notNull().default(0),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.versionId, t.position)]
);

/** Measures (questionnaire §17), each linked to one or more risks. */
export const measures = pgTable(
	'measures',
	{
		id: uuid().primaryKey().defaultRandom(),
		versionId: uuid()
			.notNull()
			.references(() => assessmentVersions.id, { onDelete: 'cascade' }),
		title: text().notNull(),
		description: text().notNull().default(''),
		type: text().$type<MitigationType>().notNull(),
		owner: text().notNull().default(''),
		dueOn: date({ mode: 'string' }),
		status: text().$type<MeasureStatus>().notNull().default('planned'),
		position: integer().notNull().default(0),
		revision: integer().notNull().default(0),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index().on(t.versionId, t.position),
		index().on(t.dueOn, t.status),
		// overdue measures (register and dashboard) only ever look at open ones
		index('measures_open_due_idx').on(t.versionId, t.dueOn).where(sql`${t.status} <> 'done'`)
	]
);

export const measureRisks = pgTable(
	'measure_risks',
	{
		measureId: uuid()
			.notNull()
			.references(() => measures.id, { onDelete: 'cascade' }),
		riskId: uuid()
			.notNull()
			.references(() => risks.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.measureId, t.riskId] }), index().on(t.riskId)]
);

export type Risk = typeof risks.$inferSelect;
export type Measure = typeof measures.$inferSelect;
