import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { assessmentVersions } from './assessments';
import { bytea } from './bytea';
import { organisations } from './organisations';
import { processings } from './register';
import { suppliers } from './suppliers';
import { users } from './users';

/**
 * An uploaded file, kept in the database so PGlite and PostgreSQL behave alike and a backup holds
 * everything. Never changed once complete: a new DPIA version points its documents at the same bytes
 * instead of copying 20 MB, and a replacement is a new file. The bytes are in `document_chunks`; a row
 * without a document pointing at it is an upload still streaming in, or one a crash broke off, or a file
 * whose supplier or version was deleted; those are removed after a day (`documents/orphans.ts`).
 */
export const documentFiles = pgTable(
	'document_files',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		/** Hex SHA-256 of `content`, so a reader can check a download against the register. */
		sha256: text().notNull(),
		size: integer().notNull(),
		/** Detected from the content at upload (`$lib/domain/documents`), never taken from the browser. */
		contentType: text().notNull(),
		/**
		 * Files stored before chunking (issue 21, first version) keep their bytes here and are read in one
		 * piece; a chunked file leaves it null.
		 */
		content: bytea(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.organisationId)]
);

/**
 * A file's bytes in pieces of `DOCUMENT_CHUNK_BYTES`, numbered from 0. An upload writes them one by one as
 * they arrive and a download reads them one by one: neither holds a whole file in memory, and on PGlite
 * (one query at a time) other requests get their turn between two pieces.
 */
export const documentChunks = pgTable(
	'document_chunks',
	{
		fileId: uuid()
			.notNull()
			.references(() => documentFiles.id, { onDelete: 'cascade' }),
		seq: integer().notNull(),
		data: bytea().notNull()
	},
	(t) => [primaryKey({ columns: [t.fileId, t.seq] })]
);

/**
 * A document attached to a supplier, to a processing of the register, or to a document question of a DPIA
 * version. Exactly one owner is set
 * (the check below). A signed-off version's rows are never changed (version-lock); the next
 * version gets copies pointing at the same file, and a replacement there names the row it replaces.
 */
export const documents = pgTable(
	'documents',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		fileId: uuid()
			.notNull()
			.references(() => documentFiles.id),
		supplierId: uuid().references(() => suppliers.id, { onDelete: 'cascade' }),
		processingId: uuid().references(() => processings.id, { onDelete: 'cascade' }),
		versionId: uuid().references(() => assessmentVersions.id, { onDelete: 'cascade' }),
		/** The document question (1.4, 6.5, 8.4 ...) of `versionId`; null for a supplier's or a processing's. */
		questionId: text(),
		/** For a supplier: agreement | annex | dtia | certificate | subprocessors | other. */
		kind: text().notNull().default('other'),
		/** Sanitised original name (`safeFileName`), as shown and as offered on download. */
		fileName: text().notNull(),
		/** The document this one replaced: an earlier version of the same document. */
		replacesId: uuid(),
		uploadedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
		uploaderLabel: text().notNull(),
		uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index().on(t.supplierId),
		index().on(t.processingId),
		index().on(t.versionId, t.questionId),
		index().on(t.fileId),
		check(
			'documents_one_owner',
			sql`num_nonnulls(${t.supplierId}, ${t.processingId}, ${t.versionId}) = 1 and (${t.versionId} is null) = (${t.questionId} is null)`
		)
	]
);

export type DocumentRow = typeof documents.$inferSelect;
export type DocumentFile = typeof documentFiles.$inferSelect;
