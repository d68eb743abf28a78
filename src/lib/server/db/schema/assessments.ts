import { date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { State } from '$lib/domain/workflow/states';
import { organisations } from './organisations';
import { processings } from './register';
import { users } from './users';

/** The DPIA of one processing. Its content lives in numbered versions; a signed-off version is frozen. */
export const assessments = pgTable(
	'assessments',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		processingId: uuid()
			.notNull()
			.unique()
			.references(() => processings.id, { onDelete: 'cascade' }),
		/** Workflow state of the current version (ids: `$lib/domain/workflow`), denormalised for the register. */
		status: text().$type<State>().notNull().default('concept'),
		currentVersion: integer().notNull().default(1),
		/** Highest residual risk level of the current version, denormalised for the register. */
		highestResidualLevel: text(),
		decidedOn: date({ mode: 'string' }),
		reviewDueOn: date({ mode: 'string' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.organisationId, t.status), index().on(t.organisationId, t.reviewDueOn)]
);

export const assessmentVersions = pgTable(
	'assessment_versions',
	{
		id: uuid().primaryKey().defaultRandom(),
		assessmentId: uuid()
			.notNull()
			.references(() => assessments.id, { onDelete: 'cascade' }),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		number: integer().notNull(),
		status: text().$type<State>().notNull().default('concept'),
		/** Why this version was opened (the significant change), empty for version 1. */
		reason: text().notNull().default(''),
		createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		frozenAt: timestamp({ withTimezone: true }),
		frozenBy: uuid().references(() => users.id, { onDelete: 'set null' }),
		/** Everything the reports need, captured at sign-off so a frozen version renders byte-identically. */
		snapshot: jsonb(),
		fullReportSha256: text(),
		gmrReportSha256: text(),
		/** The same for the English reports: a reader in English checks their file the same way. */
		fullReportSha256En: text(),
		gmrReportSha256En: text(),
		/**
		 * The linked supplier's record as it was at sign-off (issue 21): later edits of the supplier do not
		 * change what this version relied on. Null before sign-off and for a processing without a supplier.
		 */
		supplierSnapshot: jsonb()
	},
	(t) => [unique().on(t.assessmentId, t.number), index().on(t.organisationId)]
);

/** Answers per questionnaire section; `revision` is the optimistic-concurrency version number. */
export const sectionAnswers = pgTable(
	'section_answers',
	{
		versionId: uuid()
			.notNull()
			.references(() => assessmentVersions.id, { onDelete: 'cascade' }),
		sectionId: text().notNull(),
		answers: jsonb().$type<Record<string, unknown>>().notNull().default({}),
		revision: integer().notNull().default(0),
		updatedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique().on(t.versionId, t.sectionId)]
);

export const commentThreads = pgTable(
	'comment_threads',
	{
		id: uuid().primaryKey().defaultRandom(),
		versionId: uuid()
			.notNull()
			.references(() => assessmentVersions.id, { onDelete: 'cascade' }),
		sectionId: text().notNull(),
		questionId: text().notNull(),
		resolvedAt: timestamp({ withTimezone: true }),
		resolvedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.versionId, t.sectionId)]
);

export const comments = pgTable(
	'comments',
	{
		id: uuid().primaryKey().defaultRandom(),
		threadId: uuid()
			.notNull()
			.references(() => commentThreads.id, { onDelete: 'cascade' }),
		authorId: uuid().references(() => users.id, { onDelete: 'set null' }),
		authorName: text().notNull(),
		body: text().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.threadId, t.createdAt)]
);

export type Assessment = typeof assessments.$inferSelect;
export type AssessmentVersion = typeof assessmentVersions.$inferSelect;
export type SectionAnswers = typeof sectionAnswers.$inferSelect;
