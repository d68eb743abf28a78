import { and, asc, eq, getTableColumns, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { documentFiles, documents, type DocumentRow } from '../db/schema';

export type DocumentOwner = { supplierId: string } | { processingId: string } | { versionId: string; questionId: string };

const { content: _legacyContent, ...fileFacts } = getTableColumns(documentFiles);
const listed = { ...getTableColumns(documents), sha256: fileFacts.sha256, size: fileFacts.size, contentType: fileFacts.contentType };

/** A document as a list shows it: the row with its file's hash, size and type, never the bytes. */
export type ListedDocument = DocumentRow & { sha256: string; size: number; contentType: string };

function ownerIs(owner: DocumentOwner) {
	if ('supplierId' in owner) return eq(documents.supplierId, owner.supplierId);
	if ('processingId' in owner) return eq(documents.processingId, owner.processingId);
	return and(eq(documents.versionId, owner.versionId), eq(documents.questionId, owner.questionId));
}

export function listOf(db: Db | Tx, organisationId: string, owner: DocumentOwner): Promise<ListedDocument[]> {
	return db
		.select(listed)
		.from(documents)
		.innerJoin(documentFiles, eq(documentFiles.id, documents.fileId))
		.where(and(eq(documents.organisationId, organisationId), ownerIs(owner)))
		.orderBy(asc(documents.uploadedAt), asc(documents.id));
}

/** Every document of a version's questions, for the questionnaire pages. */
export function listOfVersion(db: Db | Tx, versionId: string): Promise<ListedDocument[]> {
	return db
		.select(listed)
		.from(documents)
		.innerJoin(documentFiles, eq(documentFiles.id, documents.fileId))
		.where(eq(documents.versionId, versionId))
		.orderBy(asc(documents.questionId), asc(documents.uploadedAt), asc(documents.id));
}

/** One document of the board, without its bytes; another board's id is not found. */
export async function read(db: Db | Tx, organisationId: string, id: string): Promise<ListedDocument | undefined> {
	const [row] = await db
		.select(listed)
		.from(documents)
		.innerJoin(documentFiles, eq(documentFiles.id, documents.fileId))
		.where(and(eq(documents.organisationId, organisationId), eq(documents.id, id)));
	return row;
}

export async function insert(
	db: Db | Tx,
	row: Pick<DocumentRow, 'organisationId' | 'fileId' | 'kind' | 'fileName' | 'uploadedBy' | 'uploaderLabel'> & Partial<Pick<DocumentRow, 'supplierId' | 'processingId' | 'versionId' | 'questionId' | 'replacesId'>>
): Promise<DocumentRow> {
	const [inserted] = await db.insert(documents).values(row).returning();
	return inserted!;
}

/** Deletes a document row, and its file when no other row (an earlier or later version) still points at it. */
export async function destroy(db: Db | Tx, doc: Pick<DocumentRow, 'id' | 'fileId'>): Promise<void> {
	await db.delete(documents).where(eq(documents.id, doc.id));
	await db.delete(documentFiles).where(and(eq(documentFiles.id, doc.fileId), sql`not exists (select 1 from ${documents} where ${documents.fileId} = ${doc.fileId})`));
}

/** The next version gets the previous one's question documents: new rows, the same (unchanged) files. */
export async function copyToVersion(db: Db | Tx, fromVersionId: string, toVersionId: string): Promise<void> {
	const rows = await db.select().from(documents).where(eq(documents.versionId, fromVersionId)).orderBy(asc(documents.uploadedAt), asc(documents.id));
	for (const { id: _id, versionId: _v, ...row } of rows) await db.insert(documents).values({ ...row, versionId: toVersionId });
}

/**
 * Files no document points at, created before `createdBefore`: left by a deleted supplier or version, or
 * by an upload a crash broke off. A file being uploaded has no document yet either; the caller's cut-off
 * keeps those. Their chunks go with them (cascade). Returns how many were removed.
 */
export async function dropOrphanFiles(db: Db | Tx, createdBefore: Date): Promise<number> {
	const dropped = await db
		.delete(documentFiles)
		.where(and(lt(documentFiles.createdAt, createdBefore), sql`not exists (select 1 from ${documents} where ${documents.fileId} = ${documentFiles.id})`))
		.returning({ id: documentFiles.id });
	return dropped.length;
}
