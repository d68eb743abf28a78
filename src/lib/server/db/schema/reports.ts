import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { assessmentVersions } from './assessments';
import { bytea } from './bytea';

/**
 * The reports of a signed-off version, kept as the bytes whose SHA-256 sign-off recorded. A frozen
 * version's download is this file, not a new render: it stays the signed document after an upgrade of
 * the renderer or its font, and a large DPIA's report costs no render at all.
 */
export const signedReports = pgTable(
	'signed_reports',
	{
		versionId: uuid()
			.notNull()
			.references(() => assessmentVersions.id, { onDelete: 'cascade' }),
		report: text().notNull(),
		lang: text().notNull(),
		pdf: bytea().notNull(),
		sha256: text().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.versionId, t.report, t.lang] })]
);
