import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeBackup, restoreBackup } from '../backup/snapshot';
import type { Database } from '../db';
import { assessmentVersions, auditLog, documentFiles, documents } from '../db/schema';
import { exportAssessment } from '../exchange/export';
import { importAssessment, validateExport } from '../exchange/import';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { fileOf, SAMPLE_DOCX, SAMPLE_HTML, SAMPLE_PDF } from '../testing/sample-documents';
import * as supplierRepo from '../repo/suppliers';
import * as docs from './documents';
import { NotFound } from './scope';
import { AssessmentLocked } from './version-lock';
import { copyVersion } from './workflow-copy';

describe('documents', () => {
	let database: Database;
	let noord: Awaited<ReturnType<typeof lifecycleFixture>>;
	let zuid: Awaited<ReturnType<typeof lifecycleFixture>>;
	let supplierId: string;
	const scopeOf = (fx: typeof noord) => ({ organisationId: fx.organisation.id, actor: { userId: fx.people.editor.id, label: 'Eva' } });
	const trail = (id: string) => database.db.select().from(auditLog).where(and(eq(auditLog.entity, 'document'), eq(auditLog.entityId, id))).orderBy(auditLog.id);
	const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

	beforeAll(async () => {
		database = await createTestDatabase();
		noord = await lifecycleFixture(database.db, 'stichting-noord');
		zuid = await lifecycleFixture(database.db, 'stichting-zuid');
		supplierId = (await supplierRepo.insert(database.db, noord.organisation.id, { name: 'Leerplatform BV' } as never)).id;
	});
	afterAll(async () => {
		await database.close();
	});

	it('a supplier document is stored with its hash, size, type and safe name, audited, and comes back byte-identical', async () => {
		const doc = await docs.addSupplierDocument(database.db, scopeOf(noord), supplierId, { file: fileOf(SAMPLE_PDF, '../VWO\u202E.pdf', 'text/plain'), kind: 'agreement' });
		expect(doc).toMatchObject({ fileName: 'VWO.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.byteLength, kind: 'agreement', uploaderLabel: 'Eva' });
		expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
		const listed = await docs.listSupplierDocuments(database.db, scopeOf(noord), supplierId);
		expect(listed.map((d) => d.id)).toEqual([doc.id]);
		const { bytes } = await docs.downloadDocument(database.db, scopeOf(noord), doc.id);
		expect(same(bytes, SAMPLE_PDF)).toBe(true);
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

	it('a refused file stores nothing and writes no audit entry', async () => {
		const files = (await database.db.select({ id: documentFiles.id }).from(documentFiles)).length;
		const entries = (await database.db.select({ id: auditLog.id }).from(auditLog)).length;
		await expect(docs.addSupplierDocument(database.db, scopeOf(noord), supplierId, { file: fileOf(SAMPLE_HTML, 'scan.pdf', 'application/pdf'), kind: 'other' })).rejects.toMatchObject({ code: 'type' });
		expect((await database.db.select({ id: documentFiles.id }).from(documentFiles)).length).toBe(files);
		expect((await database.db.select({ id: auditLog.id }).from(auditLog)).length).toBe(entries);
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
		expect(same((await docs.downloadDocument(database.db, scopeOf(noord), first.id)).bytes, SAMPLE_PDF)).toBe(true);
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
		const before = await database.db.select().from(documentFiles).orderBy(documentFiles.id);
		const backup = JSON.parse(JSON.stringify(await takeBackup(database.db)));
		await restoreBackup(database.db, backup, { force: true });
		const after = await database.db.select().from(documentFiles).orderBy(documentFiles.id);
		expect(after.length).toBe(before.length);
		expect(after.every((row, i) => row.sha256 === before[i]!.sha256 && same(row.content, before[i]!.content))).toBe(true);
		expect(before.length).toBeGreaterThan(1);
	});
});
