import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeBackup, restoreBackup } from '../backup/snapshot';
import type { Database } from '../db';
import { assessmentVersions, auditLog, documentChunks, documentFiles, documents } from '../db/schema';
import { DOCUMENT_CHUNK_BYTES } from '../documents/stream-store';
import { MAX_DOCUMENT_BYTES } from '$lib/domain/documents';
import { exportAssessment } from '../exchange/export';
import { importAssessment, validateExport } from '../exchange/import';
import { documentBoards, documentTrail, editorScope, sameBytes, type Board } from '../testing/document-boards';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { fileOf, SAMPLE_DOCX, SAMPLE_HTML, SAMPLE_PDF } from '../testing/sample-documents';
import * as docs from './documents';
import { NotFound } from './scope';
import { AssessmentLocked } from './version-lock';
import { copyVersion } from './workflow-copy';

describe('documents', () => {
	let database: Database;
	let noord: Board;
	let zuid: Board;
	let supplierId: string;
	const scopeOf = editorScope;
	const trail = (id: string) => documentTrail(database.db, id);
	const same = sameBytes;

	beforeAll(async () => {
		({ database, noord, zuid, supplierId } = await documentBoards());
	});
	afterAll(async () => {
		await database.close();
	});

	it('a supplier document is stored with its hash, size, type and safe name, audited, and comes back byte-identical', async () => {
		const doc = await docs.addSupplierDocument(database.db, scopeOf(noord), supplierId, { file: fileOf(SAMPLE_PDF, '../VWO\u202E.pdf', 'text/plain'), kind: 'agreement' });
		expect(doc).toMatchObject({ fileName: 'VWO.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.byteLength, kind: 'agreement', uploaderLabel: 'Eva' });
		expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
		const listed = await docs.listSupplierDocuments(database.db, scopeOf(noord), supplierId);
		expect(listed.map((d) => [d.current.id, d.earlier.length])).toEqual([[doc.id, 0]]);
		expect(same(await docs.documentBytes(database.db, scopeOf(noord), doc.id), SAMPLE_PDF)).toBe(true);
		const [entry] = await trail(doc.id);
		expect(entry).toMatchObject({ action: 'upload', after: { supplierId, fileName: 'VWO.pdf', sha256: doc.sha256 } });
	});

	it('another board neither sees, downloads nor removes it, nor attaches to this board\u2019s supplier', async () => {
		const doc = await docs.addSupplierDocument(database.db, scopeOf(noord), supplierId, { file: fileOf(SAMPLE_DOCX, 'annex.docx'), kind: 'annex' });
		await expect(docs.downloadDocument(database.db, scopeOf(zuid), doc.id)).rejects.toBeInstanceOf(NotFound);
		await expect(docs.removeSupplierDocument(database.db, scopeOf(zuid), supplierId, doc.id)).rejects.toBeInstanceOf(NotFound);
		await expect(docs.addSupplierDocument(database.db, scopeOf(zuid), supplierId, { file: fileOf(SAMPLE_PDF, 'x.pdf'), kind: 'other' })).rejects.toBeInstanceOf(NotFound);
		expect(await docs.listSupplierDocuments(database.db, scopeOf(zuid), supplierId)).toEqual([]);
	});

	it('a file larger than a chunk is stored in chunks as it streams and comes back byte-identical', async () => {
		const big = new Uint8Array(2 * DOCUMENT_CHUNK_BYTES + 1234);
		for (let i = 0; i < big.length; i++) big[i] = (i * 7919) % 251;
		big.set(SAMPLE_PDF);
		// pieces of odd sizes, as a network hands them on
		const pieces = async function* () {
			for (let at = 0; at < big.length; at += 70_001) yield big.subarray(at, at + 70_001);
		};
		const doc = await docs.addSupplierDocument(database.db, scopeOf(noord), supplierId, { file: { fileName: 'groot.pdf', data: pieces() }, kind: 'other' });
		expect(doc).toMatchObject({ size: big.length, sha256: createHash('sha256').update(big).digest('hex') });
		const stored = await database.db.select({ seq: documentChunks.seq }).from(documentChunks).where(eq(documentChunks.fileId, doc.fileId)).orderBy(documentChunks.seq);
		expect(stored.map((c) => c.seq)).toEqual([0, 1, 2]);
		expect(same(await docs.documentBytes(database.db, scopeOf(noord), doc.id), big)).toBe(true);
	});

	it('a file stored before chunking (its bytes in one column) still downloads', async () => {
		const [file] = await database.db.insert(documentFiles).values({ organisationId: noord.organisation.id, sha256: createHash('sha256').update(SAMPLE_PDF).digest('hex'), size: SAMPLE_PDF.byteLength, contentType: 'application/pdf', content: Buffer.from(SAMPLE_PDF) }).returning();
		const [doc] = await database.db.insert(documents).values({ organisationId: noord.organisation.id, fileId: file!.id, supplierId, kind: 'other', fileName: 'oud.pdf', uploaderLabel: 'Eva' }).returning();
		expect(same(await docs.documentBytes(database.db, scopeOf(noord), doc!.id), SAMPLE_PDF)).toBe(true);
	});

	it('a refused file stores nothing and writes no audit entry: wrong type, empty, over 20 MB', async () => {
		const count = async () => ({
			files: (await database.db.select({ id: documentFiles.id }).from(documentFiles)).length,
			chunks: (await database.db.select({ seq: documentChunks.seq }).from(documentChunks)).length,
			entries: (await database.db.select({ id: auditLog.id }).from(auditLog)).length
		});
		const before = await count();
		await expect(docs.addSupplierDocument(database.db, scopeOf(noord), supplierId, { file: fileOf(SAMPLE_HTML, 'scan.pdf', 'application/pdf'), kind: 'other' })).rejects.toMatchObject({ code: 'type' });
		await expect(docs.addSupplierDocument(database.db, scopeOf(noord), supplierId, { file: fileOf(new Uint8Array(0), 'leeg.pdf'), kind: 'other' })).rejects.toMatchObject({ code: 'empty' });
		const tooBig = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
		tooBig.set(SAMPLE_PDF);
		await expect(docs.addSupplierDocument(database.db, scopeOf(noord), supplierId, { file: fileOf(tooBig, 'groot.pdf'), kind: 'other' })).rejects.toMatchObject({ code: 'too_large' });
		expect(await count()).toEqual(before);
	});

	it('removing deletes the row and the bytes, audited with what was removed', async () => {
		const doc = await docs.addSupplierDocument(database.db, scopeOf(noord), supplierId, { file: fileOf(SAMPLE_PDF, 'weg.pdf'), kind: 'other' });
		await docs.removeSupplierDocument(database.db, scopeOf(noord), supplierId, doc.id);
		expect(await database.db.select().from(documentFiles).where(eq(documentFiles.id, doc.fileId))).toEqual([]);
		expect((await trail(doc.id)).map((e) => [e.action, (e.before as { fileName?: string } | null)?.fileName ?? null])).toEqual([['upload', null], ['remove', 'weg.pdf']]);
	});

	it('only a document question takes documents', async () => {
		await expect(docs.addQuestionDocument(database.db, scopeOf(noord), noord.assessment.id, { file: fileOf(SAMPLE_PDF, 'x.pdf'), questionId: '6.1' })).rejects.toBeInstanceOf(NotFound);
	});

	it('a signed-off version\u2019s documents stay as signed; the next version replaces with a new document version', async () => {
		const first = await docs.addQuestionDocument(database.db, scopeOf(noord), noord.assessment.id, { file: fileOf(SAMPLE_PDF, 'bijsluiter.pdf'), questionId: '6.5' });
		await database.db.update(assessmentVersions).set({ frozenAt: new Date(), status: 'in_force' }).where(eq(assessmentVersions.id, noord.version.id));
		await expect(docs.addQuestionDocument(database.db, scopeOf(noord), noord.assessment.id, { file: fileOf(SAMPLE_DOCX, 'nieuw.docx'), questionId: '6.5' })).rejects.toBeInstanceOf(AssessmentLocked);
		await expect(docs.removeQuestionDocument(database.db, scopeOf(noord), noord.assessment.id, first.id)).rejects.toBeInstanceOf(AssessmentLocked);

		const next = await database.db.transaction((tx) =>
			copyVersion(tx, { assessmentId: noord.assessment.id, organisationId: noord.organisation.id, fromVersionId: noord.version.id, number: 2, reason: 'test', createdBy: null, status: 'concept' })
		);
		const [copied] = await database.db.select().from(documents).where(eq(documents.versionId, next.id));
		expect(copied).toMatchObject({ fileId: first.fileId, fileName: 'bijsluiter.pdf', questionId: '6.5' });
		const replacement = await docs.addQuestionDocument(database.db, scopeOf(noord), noord.assessment.id, { file: fileOf(SAMPLE_DOCX, 'bijsluiter-v2.docx'), questionId: '6.5', replaces: copied!.id });
		expect(replacement.replacesId).toBe(copied!.id);
		const inNext = await database.db.select().from(documents).where(eq(documents.versionId, next.id));
		expect(inNext.map((d) => d.fileName)).toEqual(['bijsluiter-v2.docx']);
		const inSigned = await database.db.select().from(documents).where(eq(documents.versionId, noord.version.id));
		expect(inSigned.map((d) => [d.id, d.fileName])).toEqual([[first.id, 'bijsluiter.pdf']]);
		expect(same(await docs.documentBytes(database.db, scopeOf(noord), first.id), SAMPLE_PDF)).toBe(true);
	});

	it('the DPIA export lists each version\u2019s documents by name and SHA-256; an import says they did not come along', async () => {
		const doc = (await exportAssessment(database.db, noord.organisation.id, noord.assessment.id))!;
		const listed = doc.versions.flatMap((v) => v.documents ?? []);
		expect(listed.map((d) => [d.fileName, d.questionId])).toEqual([['bijsluiter.pdf', '6.5'], ['bijsluiter-v2.docx', '6.5']]);
		expect(listed[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(validateExport(JSON.parse(JSON.stringify(doc))).versions.length).toBe(2);
		const board = await lifecycleFixture(database.db, 'stichting-import');
		const imported = await importAssessment(database.db, board.organisation.id, JSON.parse(JSON.stringify(doc)), { userId: null, label: 'test' });
		expect(imported.warnings).toContain('2 attached document(s) listed by name and SHA-256 only; add the files again');
	});

	it('a backup restores every document byte-identical', async () => {
		const all = () => database.db.select({ id: documents.id, sha256: documentFiles.sha256 }).from(documents).innerJoin(documentFiles, eq(documentFiles.id, documents.fileId)).orderBy(documents.id);
		const bytesOf = async (rows: { id: string }[]) => Promise.all(rows.map((r) => docs.documentBytes(database.db, scopeOf(noord), r.id).catch(() => docs.documentBytes(database.db, scopeOf(zuid), r.id))));
		const before = await all();
		const beforeBytes = await bytesOf(before);
		const backup = JSON.parse(JSON.stringify(await takeBackup(database.db)));
		await restoreBackup(database.db, backup, { force: true });
		const after = await all();
		expect(after).toEqual(before);
		const afterBytes = await bytesOf(after);
		expect(afterBytes.every((b, i) => same(b, beforeBytes[i]!) && createHash('sha256').update(b).digest('hex') === after[i]!.sha256)).toBe(true);
		expect(before.length).toBeGreaterThan(3);
	});
});
