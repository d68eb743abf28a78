import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeBackup, restoreBackup } from '../backup/snapshot';
import type { Database } from '../db';
import { assessmentVersions, documentFiles, documents, sectionAnswers } from '../db/schema';
import { exportAssessment } from '../exchange/export';
import { importAssessment, validateExport } from '../exchange/import';
import { documentBoards, documentTrail, editorScope, sameBytes, type Board } from '../testing/document-boards';
import { buildReportSnapshot } from '../pdf/data/load';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { fileOf, SAMPLE_DOCX, SAMPLE_PDF } from '../testing/sample-documents';
import * as docs from './documents';
import { NotFound } from './scope';
import { AssessmentLocked } from './version-lock';
import { copyVersion } from './workflow-copy';

/** Documents of a processing, replacement history of supplier documents, and 8.4's documents beside its text. */
describe('documents of processings, supplier replacements and 8.4', () => {
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

	it('a processing document is stored, listed, audited on the processing and downloads byte-identical', async () => {
		const doc = await docs.addProcessingDocument(database.db, scopeOf(noord), noord.processing.id, { file: fileOf(SAMPLE_PDF, 'contract.pdf') });
		expect(doc).toMatchObject({ processingId: noord.processing.id, supplierId: null, versionId: null, fileName: 'contract.pdf', contentType: 'application/pdf' });
		expect((await docs.listProcessingDocuments(database.db, scopeOf(noord), noord.processing.id)).map((d) => d.id)).toEqual([doc.id]);
		expect(same(await docs.documentBytes(database.db, scopeOf(noord), doc.id), SAMPLE_PDF)).toBe(true);
		const [entry] = await trail(doc.id);
		expect(entry).toMatchObject({ action: 'upload', subjectId: noord.processing.id, after: { processingId: noord.processing.id, fileName: 'contract.pdf', sha256: doc.sha256 } });
	});

	it('another board cannot attach to, list, download or remove a processing\u2019s documents', async () => {
		const [doc] = await docs.listProcessingDocuments(database.db, scopeOf(noord), noord.processing.id);
		await expect(docs.addProcessingDocument(database.db, scopeOf(zuid), noord.processing.id, { file: fileOf(SAMPLE_PDF, 'x.pdf') })).rejects.toBeInstanceOf(NotFound);
		expect(await docs.listProcessingDocuments(database.db, scopeOf(zuid), noord.processing.id)).toEqual([]);
		await expect(docs.downloadDocument(database.db, scopeOf(zuid), doc!.id)).rejects.toBeInstanceOf(NotFound);
		await expect(docs.removeProcessingDocument(database.db, scopeOf(zuid), noord.processing.id, doc!.id)).rejects.toBeInstanceOf(NotFound);
		// the id of a document of another owner is not the processing's
		await expect(docs.removeProcessingDocument(database.db, scopeOf(zuid), zuid.processing.id, doc!.id)).rejects.toBeInstanceOf(NotFound);
	});

	it('the one-owner check refuses a row with two owners', async () => {
		const [doc] = await docs.listProcessingDocuments(database.db, scopeOf(noord), noord.processing.id);
		await expect(database.db.update(documents).set({ supplierId }).where(eq(documents.id, doc!.id))).rejects.toThrow();
	});

	it('removing a processing document deletes it and its bytes, audited', async () => {
		const doc = await docs.addProcessingDocument(database.db, scopeOf(noord), noord.processing.id, { file: fileOf(SAMPLE_DOCX, 'stroomschema.docx') });
		await docs.removeProcessingDocument(database.db, scopeOf(noord), noord.processing.id, doc.id);
		expect(await database.db.select().from(documentFiles).where(eq(documentFiles.id, doc.fileId))).toEqual([]);
		expect((await trail(doc.id)).map((e) => [e.action, e.subjectId])).toEqual([['upload', noord.processing.id], ['remove', noord.processing.id]]);
	});

	it('replacing a supplier document keeps the earlier one as its history, audited with what it replaced', async () => {
		const first = await docs.addSupplierDocument(database.db, scopeOf(noord), supplierId, { file: fileOf(SAMPLE_PDF, 'vwo-2025.pdf'), kind: 'agreement' });
		const second = await docs.replaceSupplierDocument(database.db, scopeOf(noord), supplierId, first.id, { file: fileOf(SAMPLE_DOCX, 'vwo-2026.docx') });
		expect(second).toMatchObject({ replacesId: first.id, kind: 'agreement', supplierId });
		const listed = await docs.listSupplierDocuments(database.db, scopeOf(noord), supplierId);
		expect(listed.map((g) => [g.current.fileName, g.earlier.map((e) => e.fileName)])).toEqual([['vwo-2026.docx', ['vwo-2025.pdf']]]);
		expect(same(await docs.documentBytes(database.db, scopeOf(noord), first.id), SAMPLE_PDF)).toBe(true);
		const [entry] = await trail(second.id);
		expect(entry).toMatchObject({ action: 'upload', after: { supplierId, replacesId: first.id, fileName: 'vwo-2026.docx' } });
		// an earlier version is not replaced again, nor by another board
		await expect(docs.replaceSupplierDocument(database.db, scopeOf(noord), supplierId, first.id, { file: fileOf(SAMPLE_PDF, 'x.pdf') })).rejects.toBeInstanceOf(NotFound);
		await expect(docs.replaceSupplierDocument(database.db, scopeOf(zuid), supplierId, second.id, { file: fileOf(SAMPLE_PDF, 'x.pdf') })).rejects.toBeInstanceOf(NotFound);
	});

	it('the DPIA export lists the processing\u2019s documents; an import counts them among those that did not come along', async () => {
		const doc = (await exportAssessment(database.db, noord.organisation.id, noord.assessment.id))!;
		expect(doc.processing.documents?.map((d) => [d.fileName, d.contentType])).toEqual([['contract.pdf', 'application/pdf']]);
		expect(doc.processing.documents?.[0]?.uploadedBy).toBe(noord.people.editor.email);
		const checked = validateExport(JSON.parse(JSON.stringify(doc)));
		expect(checked.processing.documents?.length).toBe(1);
		const board = await lifecycleFixture(database.db, 'stichting-import');
		const imported = await importAssessment(database.db, board.organisation.id, JSON.parse(JSON.stringify(doc)), { userId: null, label: 'test' });
		expect(imported.warnings).toContain('1 attached document(s) listed by name and SHA-256 only; add the files again');
	});

	it('8.4 refuses an upload while its conditions hide it, storing nothing; once it has a document, a replacement is taken', async () => {
		const section8 = and(eq(sectionAnswers.versionId, noord.version.id), eq(sectionAnswers.sectionId, '8'));
		const [stored] = await database.db.select().from(sectionAnswers).where(section8);
		const setSection8 = (answers: Record<string, unknown>) =>
			database.db.insert(sectionAnswers).values({ versionId: noord.version.id, sectionId: '8', answers }).onConflictDoUpdate({ target: [sectionAnswers.versionId, sectionAnswers.sectionId], set: { answers } });
		const files = async () => (await database.db.select({ id: documentFiles.id }).from(documentFiles)).length;
		await setSection8({ '8.3': false });
		const before = await files();
		await expect(docs.addQuestionDocument(database.db, scopeOf(noord), noord.assessment.id, { file: fileOf(SAMPLE_PDF, 'dtia.pdf'), questionId: '8.4' })).rejects.toBeInstanceOf(docs.QuestionHidden);
		expect(await files()).toBe(before);
		await setSection8({ '8.3': true });
		const dtia = await docs.addQuestionDocument(database.db, scopeOf(noord), noord.assessment.id, { file: fileOf(SAMPLE_PDF, 'dtia-concept.pdf'), questionId: '8.4' });
		// the transfer answered away later: the document stays, and can still be replaced or removed
		await setSection8({ '8.3': false });
		const replacement = await docs.addQuestionDocument(database.db, scopeOf(noord), noord.assessment.id, { file: fileOf(SAMPLE_DOCX, 'dtia-concept.docx'), questionId: '8.4', replaces: dtia.id });
		await docs.removeQuestionDocument(database.db, scopeOf(noord), noord.assessment.id, replacement.id);
		await expect(docs.addQuestionDocument(database.db, scopeOf(noord), noord.assessment.id, { file: fileOf(SAMPLE_PDF, 'dtia.pdf'), questionId: '8.4' })).rejects.toBeInstanceOf(docs.QuestionHidden);
		await setSection8(stored?.answers ?? { '8.3': true });
	});

	it('8.4 takes documents beside its written answer; a signed-off version refuses, the next version takes a new one', async () => {
		const dtia = await docs.addQuestionDocument(database.db, scopeOf(noord), noord.assessment.id, { file: fileOf(SAMPLE_PDF, 'dtia.pdf'), questionId: '8.4' });
		expect(dtia).toMatchObject({ questionId: '8.4', versionId: noord.version.id });
		// the reports' snapshot names it, so a signed-off report lists the evidence and its hash
		expect((await buildReportSnapshot(database.db, noord.version.id)).documents).toEqual([{ questionId: '8.4', fileName: 'dtia.pdf', sha256: dtia.sha256, size: SAMPLE_PDF.byteLength, addedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
		await expect(docs.addQuestionDocument(database.db, scopeOf(noord), noord.assessment.id, { file: fileOf(SAMPLE_PDF, 'x.pdf'), questionId: '8.3' })).rejects.toBeInstanceOf(NotFound);
		await database.db.update(assessmentVersions).set({ frozenAt: new Date(), status: 'in_force' }).where(eq(assessmentVersions.id, noord.version.id));
		await expect(docs.addQuestionDocument(database.db, scopeOf(noord), noord.assessment.id, { file: fileOf(SAMPLE_DOCX, 'dtia-2.docx'), questionId: '8.4' })).rejects.toBeInstanceOf(AssessmentLocked);
		const next = await database.db.transaction((tx) =>
			copyVersion(tx, { assessmentId: noord.assessment.id, organisationId: noord.organisation.id, fromVersionId: noord.version.id, number: 2, reason: 'test', createdBy: null, status: 'concept' })
		);
		const [copied] = await database.db.select().from(documents).where(and(eq(documents.versionId, next.id), eq(documents.questionId, '8.4')));
		const replacement = await docs.addQuestionDocument(database.db, scopeOf(noord), noord.assessment.id, { file: fileOf(SAMPLE_DOCX, 'dtia-2.docx'), questionId: '8.4', replaces: copied!.id });
		expect(replacement).toMatchObject({ versionId: next.id, replacesId: copied!.id });
		const signed = await database.db.select().from(documents).where(eq(documents.versionId, noord.version.id));
		expect(signed.map((d) => d.fileName)).toEqual(['dtia.pdf']);
	});

	it('a backup restores processing documents and the replacement chain byte-identical', async () => {
		const all = () => database.db.select({ id: documents.id, processingId: documents.processingId, replacesId: documents.replacesId, sha256: documentFiles.sha256 }).from(documents).innerJoin(documentFiles, eq(documentFiles.id, documents.fileId)).orderBy(documents.id);
		const before = await all();
		const backup = JSON.parse(JSON.stringify(await takeBackup(database.db)));
		await restoreBackup(database.db, backup, { force: true });
		const after = await all();
		expect(after).toEqual(before);
		expect(after.some((d) => d.processingId) && after.some((d) => d.replacesId)).toBe(true);
		for (const row of after.filter((d) => d.processingId)) {
			const bytes = await docs.documentBytes(database.db, scopeOf(noord), row.id);
			expect(createHash('sha256').update(bytes).digest('hex')).toBe(row.sha256);
		}
	});
});
