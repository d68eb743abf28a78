import { safeFileName, type SupplierDocumentKind } from '$lib/domain/documents';
import { chainOf, withHistory } from '$lib/domain/documents/history';
import { isVisible, questionById, sectionById, takesDocuments } from '$lib/domain/questionnaire/api';
import { takesUploadNow } from '$lib/domain/questionnaire/view';
import { recordAudit } from '../audit';
import type { Db, Tx } from '../db';
import { fileStream, storeUpload, uploadOf, type UploadSource } from '../documents/stream-store';
import * as chunkRepo from '../repo/document-chunks';
import * as repo from '../repo/documents';
import * as processingRepo from '../repo/processings';
import * as supplierRepo from '../repo/suppliers';
import { versionAnswers } from './questionnaire';
import { currentVersion, NotFound, type Scope } from './scope';
import { assertVersionEditable } from './version-lock';

export { DocumentRefused } from '../documents/detect';

type Audited = Pick<repo.ListedDocument, 'id' | 'fileName' | 'kind' | 'questionId'> & { sha256: string; size: number; contentType: string };
const facts = (d: Audited) => ({ fileName: d.fileName, kind: d.kind, questionId: d.questionId, sha256: d.sha256, size: d.size, contentType: d.contentType });

async function audit(tx: Tx, scope: Scope, action: 'upload' | 'remove', doc: Audited, subjectId: string | null, owner: Record<string, string>) {
	await recordAudit(tx, {
		organisationId: scope.organisationId,
		subjectId,
		actor: scope.actor,
		action,
		entity: 'document',
		entityId: doc.id,
		before: action === 'remove' ? { ...owner, ...facts(doc) } : null,
		after: action === 'upload' ? { ...owner, ...facts(doc) } : null
	});
}

type OwnerRow = Pick<Parameters<typeof repo.insert>[1], 'kind' | 'supplierId' | 'processingId' | 'versionId' | 'questionId' | 'replacesId'>;
type Owner = (tx: Tx) => Promise<{ row: OwnerRow; subjectId: string | null }>;
/** An upload: the multipart reader's file part as it streams in, or a whole `File` (tests, scripts). */
export type Upload = UploadSource | File;

/**
 * Streams the bytes into chunks first (nothing remains of a refused file, `storeUpload`), then gives the
 * file its facts and writes the document row and its audit entry in one short transaction: on PGlite a
 * transaction holds every other request, so it must not last as long as the upload. `check` refuses
 * before a byte is written (a supplier of another board, a signed-off version); `owner` checks again inside
 * the transaction, so a sign-off that happened during the upload still refuses.
 */
async function store(db: Db, scope: Scope, upload: Upload, check: (db: Db) => Promise<unknown>, owner: Owner) {
	await check(db);
	const stored = await storeUpload(db, scope.organisationId, upload instanceof File ? uploadOf(upload) : upload);
	try {
		return await db.transaction(async (tx) => {
			const { row, subjectId } = await owner(tx);
			const facts = { sha256: stored.sha256, size: stored.size, contentType: stored.contentType };
			await chunkRepo.completeFile(tx, stored.fileId, facts);
			const doc = await repo.insert(tx, { ...row, organisationId: scope.organisationId, fileId: stored.fileId, fileName: safeFileName(stored.rawName, stored.ext), uploadedBy: scope.actor.userId, uploaderLabel: scope.actor.label });
			const listed = { ...doc, ...facts };
			await audit(tx, scope, 'upload', listed, subjectId, ownerOf(doc));
			return listed;
		});
	} catch (error) {
		await chunkRepo.dropFile(db, stored.fileId);
		throw error;
	}
}

const ownerOf = (d: Pick<repo.ListedDocument, 'supplierId' | 'processingId' | 'versionId' | 'replacesId'>): Record<string, string> =>
	Object.fromEntries(
		Object.entries({ supplierId: d.supplierId, processingId: d.processingId, versionId: d.versionId, replacesId: d.replacesId }).filter((e): e is [string, string] => Boolean(e[1]))
	);

/** A supplier's documents as they are now, each with the earlier versions it replaced (newest first). */
export async function listSupplierDocuments(db: Db | Tx, scope: Scope, supplierId: string) {
	return withHistory(await repo.listOf(db, scope.organisationId, { supplierId }));
}

const supplierCheck = (scope: Scope, supplierId: string) => async (db: Db | Tx) => {
	if (!(await supplierRepo.read(db, scope.organisationId, supplierId))) throw new NotFound('supplier');
};

export async function addSupplierDocument(db: Db, scope: Scope, supplierId: string, input: { file: Upload; kind: SupplierDocumentKind }) {
	const check = supplierCheck(scope, supplierId);
	return store(db, scope, input.file, check, async (tx) => {
		await check(tx);
		return { row: { supplierId, kind: input.kind }, subjectId: null };
	});
}

/** The supplier's current document `documentId` (not an earlier version), or NotFound. */
async function currentOfSupplier(db: Db | Tx, scope: Scope, supplierId: string, documentId: string) {
	const chain = chainOf(await repo.listOf(db, scope.organisationId, { supplierId }), documentId);
	if (!chain.length) throw new NotFound('document');
	return chain;
}

/**
 * A new version of a supplier document (a renewed agreement, a new certificate): a new row naming the one
 * it replaces, of the same kind. The earlier one stays, downloadable, as the history of what was agreed.
 */
export async function replaceSupplierDocument(db: Db, scope: Scope, supplierId: string, documentId: string, input: { file: Upload }) {
	const check = async (db: Db | Tx) => {
		await supplierCheck(scope, supplierId)(db);
		return (await currentOfSupplier(db, scope, supplierId, documentId))[0]!;
	};
	return store(db, scope, input.file, check, async (tx) => {
		const old = await check(tx);
		return { row: { supplierId, kind: old.kind, replacesId: old.id }, subjectId: null };
	});
}

/** Removes a current supplier document with the earlier versions it replaced, each audited. */
export async function removeSupplierDocument(db: Db, scope: Scope, supplierId: string, documentId: string): Promise<void> {
	await db.transaction(async (tx) => {
		for (const doc of await currentOfSupplier(tx, scope, supplierId, documentId)) {
			await repo.destroy(tx, doc);
			await audit(tx, scope, 'remove', doc, null, ownerOf(doc));
		}
	});
}

export function listProcessingDocuments(db: Db | Tx, scope: Scope, processingId: string) {
	return repo.listOf(db, scope.organisationId, { processingId });
}

/** A document of the processing itself (a contract, a data-flow drawing), outside any DPIA version. */
export async function addProcessingDocument(db: Db, scope: Scope, processingId: string, input: { file: Upload }) {
	const check = async (db: Db | Tx) => {
		if (!(await processingRepo.read(db, scope.organisationId, processingId))) throw new NotFound('processing');
	};
	return store(db, scope, input.file, check, async (tx) => {
		await check(tx);
		return { row: { processingId, kind: 'other' }, subjectId: processingId };
	});
}

export async function removeProcessingDocument(db: Db, scope: Scope, processingId: string, documentId: string): Promise<void> {
	await db.transaction(async (tx) => {
		const doc = await repo.read(tx, scope.organisationId, documentId);
		if (!doc || doc.processingId !== processingId) throw new NotFound('document');
		await repo.destroy(tx, doc);
		await audit(tx, scope, 'remove', doc, processingId, ownerOf(doc));
	});
}

/** A question that takes documents (FILE, or one with attachments), or NotFound: an upload never lands elsewhere. */
function fileQuestion(questionId: string) {
	if (!takesDocuments(questionId)) throw new NotFound('question');
}

/** The question's conditions hide it with the answers saved now (8.4 while 8.3 says there is no transfer). */
export class QuestionHidden extends Error {
	readonly _tag = 'QuestionHidden';
	constructor(readonly questionId: string) {
		super(`question ${questionId} is hidden by its conditions`);
	}
}

/** What the section page offers, checked again here: a crafted post can name any document question. */
async function assertTakesUpload(db: Db | Tx, scope: Scope, versionId: string, questionId: string) {
	const question = questionById(questionId)!;
	const repeatable = sectionById(question.sectionId)?.repeatable ?? false;
	if (repeatable) return;
	const visible = isVisible(question, await versionAnswers(db, versionId));
	const hasDocuments = !visible && (await repo.listOf(db, scope.organisationId, { versionId, questionId })).length > 0;
	if (!takesUploadNow({ repeatable, visible, hasDocuments })) throw new QuestionHidden(questionId);
}

/**
 * Attaches a document to a document question of the DPIA's current version. A signed-off version refuses
 * (AssessmentLocked); in the next version a replacement is a new row naming the one it replaces, which
 * leaves the frozen version's document as it was signed.
 */
export async function addQuestionDocument(db: Db, scope: Scope, assessmentId: string, input: { file: Upload; questionId: string; replaces?: string }) {
	fileQuestion(input.questionId);
	const check = async (db: Db | Tx) => {
		const current = await currentVersion(db, scope, assessmentId);
		await assertVersionEditable(db, current.version.id);
		await assertTakesUpload(db, scope, current.version.id, input.questionId);
		return current;
	};
	return store(db, scope, input.file, check, async (tx) => {
		const { assessment, version } = await check(tx);
		if (input.replaces) {
			const old = await repo.read(tx, scope.organisationId, input.replaces);
			if (!old || old.versionId !== version.id || old.questionId !== input.questionId) throw new NotFound('document');
			await repo.destroy(tx, old);
			await audit(tx, scope, 'remove', old, assessment.id, ownerOf(old));
		}
		return { row: { versionId: version.id, questionId: input.questionId, replacesId: input.replaces ?? null, kind: 'other' }, subjectId: assessment.id };
	});
}

/** Removes a document of the current (editable) version; answers the question it belonged to. */
export async function removeQuestionDocument(db: Db, scope: Scope, assessmentId: string, documentId: string): Promise<string> {
	return db.transaction(async (tx) => {
		const { assessment, version } = await currentVersion(tx, scope, assessmentId);
		await assertVersionEditable(tx, version.id);
		const doc = await repo.read(tx, scope.organisationId, documentId);
		if (!doc || doc.versionId !== version.id) throw new NotFound('document');
		await repo.destroy(tx, doc);
		await audit(tx, scope, 'remove', doc, assessment.id, ownerOf(doc));
		return doc.questionId ?? '';
	});
}

/** The documents of a version's questions; the caller has checked the version is the board's. */
export function listVersionDocuments(db: Db | Tx, versionId: string) {
	return repo.listOfVersion(db, versionId);
}

/**
 * A document of the board with its bytes as a stream (read chunk by chunk as the response is sent);
 * another board's id is not found.
 */
export async function downloadDocument(db: Db, scope: Scope, documentId: string) {
	const doc = await repo.read(db, scope.organisationId, documentId);
	if (!doc) throw new NotFound('document');
	return { doc, stream: fileStream(db, doc.fileId) };
}

/** A document's bytes in one buffer, for what needs them whole (tests, small files). */
export async function documentBytes(db: Db, scope: Scope, documentId: string): Promise<Buffer> {
	const { stream } = await downloadDocument(db, scope, documentId);
	return Buffer.from(await new Response(stream).arrayBuffer());
}
