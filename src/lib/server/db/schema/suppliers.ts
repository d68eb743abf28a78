import { sql } from 'drizzle-orm';
import { boolean, date, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Certification, SubProcessor } from '$lib/domain/supplier/record';
import { organisations } from './organisations';

/**
 * A board's suppliers (processors) and the evidence behind the DPIAs that rely on them. Sub-processors
 * and certifications are lists of plain facts, read and changed with the supplier as a whole, and kept
 * whole in each change's audit entry.
 */
export const suppliers = pgTable(
	'suppliers',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		kvkNumber: text().notNull().default(''),
		privacyContact: text().notNull().default(''),
		convenantParty: boolean().notNull().default(false),
		convenantSince: date({ mode: 'string' }),
		/** convenant_4 | own | none (domain/supplier/record.ts). */
		agreementModel: text().notNull().default('none'),
		agreementSignedOn: date({ mode: 'string' }),
		agreementValidUntil: date({ mode: 'string' }),
		privacyAnnex: boolean().notNull().default(false),
		/** ISO 3166-1 alpha-2 of where the data is stored; empty while unknown. */
		storageCountry: text().notNull().default(''),
		subProcessors: jsonb().$type<SubProcessor[]>().notNull().default([]),
		certifications: jsonb().$type<Certification[]>().notNull().default([]),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		archivedAt: timestamp({ withTimezone: true })
	},
	// one record per supplier name in a board, whatever the case (the migration from free text relies on it)
	(t) => [uniqueIndex('suppliers_org_name_idx').on(t.organisationId, sql`lower(${t.name})`)]
);

export type Supplier = typeof suppliers.$inferSelect;
