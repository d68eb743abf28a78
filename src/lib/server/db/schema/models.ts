import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { assessmentVersions } from './assessments';
import { organisations } from './organisations';
import { measures, risks } from './risks';
import { suppliers } from './suppliers';
import { users } from './users';

/** A model DPIA in a board's library: one publisher's assessment of one system, in numbered versions. */
export const dpiaModels = pgTable(
	'dpia_models',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		publisher: text().notNull(),
		system: text().notNull(),
		/** The board's supplier the model names, made on first mention as for a processing. */
		supplierId: uuid().references(() => suppliers.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	// a newer version of the same publisher's model of the same system joins it, whatever the case
	(t) => [uniqueIndex('dpia_models_identity_idx').on(t.organisationId, sql`lower(${t.publisher})`, sql`lower(${t.system})`)]
);

export const dpiaModelVersions = pgTable(
	'dpia_model_versions',
	{
		id: uuid().primaryKey().defaultRandom(),
		modelId: uuid()
			.notNull()
			.references(() => dpiaModels.id, { onDelete: 'cascade' }),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		version: integer().notNull(),
		modelDate: date({ mode: 'string' }).notNull(),
		/** The whole checked model document (server/model/format.ts). */
		document: jsonb().notNull(),
		/** sha256 of the canonical document: the same version added twice is recognised by it. */
		sha256: text().notNull(),
		example: boolean().notNull().default(false),
		addedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
		addedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique().on(t.modelId, t.version), index().on(t.organisationId)]
);

/** The model version a DPIA version builds on, and the reasons for answers the school changed locally. */
export const modelBases = pgTable('model_bases', {
	versionId: uuid()
		.primaryKey()
		.references(() => assessmentVersions.id, { onDelete: 'cascade' }),
	modelVersionId: uuid()
		.notNull()
		.references(() => dpiaModelVersions.id, { onDelete: 'restrict' }),
	/** Answer key (`5.1`, or a list section's id) → why the school departs from the model's answer. */
	answerChanges: jsonb().$type<Record<string, { reason: string; at: string; by: string }>>().notNull().default({}),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/**
 * The inventarisatie: for each generic risk and each measure of the model, the row it became in this DPIA
 * version and the school's decision about it (risks: applies / not_applicable; school measures: in_place /
 * will_do / not_applicable; supplier measures are carried over as published and need no decision).
 */
export const modelItems = pgTable(
	'model_items',
	{
		id: uuid().primaryKey().defaultRandom(),
		versionId: uuid()
			.notNull()
			.references(() => assessmentVersions.id, { onDelete: 'cascade' }),
		/** risk | supplier_measure | school_measure */
		kind: text().notNull(),
		/** The item's key in the model document. */
		key: text().notNull(),
		riskId: uuid().references(() => risks.id, { onDelete: 'set null' }),
		measureId: uuid().references(() => measures.id, { onDelete: 'set null' }),
		decision: text(),
		reason: text().notNull().default(''),
		decidedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
		decidedAt: timestamp({ withTimezone: true })
	},
	(t) => [unique().on(t.versionId, t.kind, t.key)]
);

export type DpiaModel = typeof dpiaModels.$inferSelect;
export type DpiaModelVersion = typeof dpiaModelVersions.$inferSelect;
export type ModelItem = typeof modelItems.$inferSelect;
