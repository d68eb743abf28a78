import { bigserial, date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { BoardDecision, FgVerdict, GmrResponse } from '$lib/domain/workflow/decisions';
import { assessmentVersions } from './assessments';
import { users } from './users';

/** Every status change, with who, when and a frozen snapshot of the version (domain spec §6.2). */
export const transitions = pgTable(
	'transitions',
	{
		id: bigserial({ mode: 'number' }).primaryKey(),
		versionId: uuid()
			.notNull()
			.references(() => assessmentVersions.id, { onDelete: 'cascade' }),
		action: text().notNull(),
		fromStatus: text().notNull(),
		toStatus: text().notNull(),
		note: text(),
		userId: uuid().references(() => users.id, { onDelete: 'set null' }),
		snapshot: jsonb(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.versionId, t.id)]
);

/** The FG's formal advice (Art. 35(2) AVG); the latest per version counts. */
export const fgAdvice = pgTable(
	'fg_advice',
	{
		id: uuid().primaryKey().defaultRandom(),
		versionId: uuid()
			.notNull()
			.references(() => assessmentVersions.id, { onDelete: 'cascade' }),
		verdict: text().$type<FgVerdict>().notNull(),
		text: text().notNull(),
		advisedOn: date({ mode: 'string' }).notNull(),
		userId: uuid().references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.versionId)]
);

export const boardDecisions = pgTable(
	'board_decisions',
	{
		id: uuid().primaryKey().defaultRandom(),
		versionId: uuid()
			.notNull()
			.references(() => assessmentVersions.id, { onDelete: 'cascade' }),
		decision: text().$type<BoardDecision>().notNull(),
		motivation: text().notNull(),
		/** Written acceptance of the residual risk. */
		residualRiskAcceptance: text().notNull().default(''),
		/** Required when the decision departs from the FG's advice. */
		deviationMotivation: text(),
		decidedOn: date({ mode: 'string' }).notNull(),
		userId: uuid().references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.versionId)]
);

/** Prior consultation of the Autoriteit Persoonsgegevens (Art. 36 AVG). */
export const apConsultations = pgTable(
	'ap_consultations',
	{
		id: uuid().primaryKey().defaultRandom(),
		versionId: uuid()
			.notNull()
			.references(() => assessmentVersions.id, { onDelete: 'cascade' }),
		requestedOn: date({ mode: 'string' }).notNull(),
		reference: text().notNull().default(''),
		answeredOn: date({ mode: 'string' }),
		outcome: text().notNull().default(''),
		userId: uuid().references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.versionId)]
);

/** A version shared with the (G)MR, and the council's response. */
export const gmrShares = pgTable(
	'gmr_shares',
	{
		id: uuid().primaryKey().defaultRandom(),
		versionId: uuid()
			.notNull()
			.references(() => assessmentVersions.id, { onDelete: 'cascade' }),
		sharedOn: date({ mode: 'string' }).notNull(),
		sharedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
		responseKind: text().$type<GmrResponse>(),
		responseText: text(),
		respondedOn: date({ mode: 'string' }),
		respondedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.versionId)]
);
