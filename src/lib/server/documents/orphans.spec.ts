import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { documentChunks, documentFiles } from '../db/schema';
import * as chunks from '../repo/document-chunks';
import * as documentRepo from '../repo/documents';
import * as supplierRepo from '../repo/suppliers';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { ORPHAN_AGE_MS, startOrphanSweep, sweepOrphanFiles } from './orphans';

describe('files without a document', () => {
	let database: Database;
	let organisationId: string;
	let supplierId: string;
	const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

	/** A file row with one chunk, as an upload leaves it before its document is added, created `at`. */
	async function fileMadeAt(at: Date): Promise<string> {
		const fileId = await chunks.startFile(database.db, organisationId);
		await chunks.insertChunk(database.db, fileId, 0, new Uint8Array([37, 80, 68, 70]));
		await database.db.update(documentFiles).set({ createdAt: at }).where(eq(documentFiles.id, fileId));
		return fileId;
	}
	const remaining = async (ids: string[]) => (await database.db.select({ id: documentFiles.id }).from(documentFiles).where(inArray(documentFiles.id, ids))).map((r) => r.id).sort();

	beforeAll(async () => {
		database = await createTestDatabase();
		organisationId = (await lifecycleFixture(database.db, 'stichting-noord')).organisation.id;
		supplierId = (await supplierRepo.insert(database.db, organisationId, { name: 'Leerplatform BV' } as never)).id;
	});
	afterAll(async () => {
		await database.close();
	});

	it('removes an old one with its chunks, and keeps an upload still streaming in and a file a document points at', async () => {
		const crashed = await fileMadeAt(hoursAgo(30));
		const streaming = await fileMadeAt(new Date());
		const attached = await fileMadeAt(hoursAgo(30));
		await documentRepo.insert(database.db, { organisationId, fileId: attached, supplierId, kind: 'agreement', fileName: 'a.pdf', uploadedBy: null, uploaderLabel: 'Eva' });

		expect(await sweepOrphanFiles(database.db)).toBe(1);
		expect(await remaining([crashed, streaming, attached])).toEqual([streaming, attached].sort());
		expect(await database.db.select().from(documentChunks).where(eq(documentChunks.fileId, crashed))).toEqual([]);
		expect(await database.db.select().from(documentChunks).where(eq(documentChunks.fileId, streaming))).toHaveLength(1);
	});

	it('takes a file exactly as old as the cut-off as still in progress', async () => {
		const now = new Date();
		const edge = await fileMadeAt(new Date(now.getTime() - ORPHAN_AGE_MS));
		const past = await fileMadeAt(new Date(now.getTime() - ORPHAN_AGE_MS - 1000));
		expect(await sweepOrphanFiles(database.db, now)).toBe(1);
		expect(await remaining([edge, past])).toEqual([edge]);
		await sweepOrphanFiles(database.db, new Date(now.getTime() + 1000));
		expect(await remaining([edge])).toEqual([]);
	});

	it('the schedule sweeps at once and reports what it removed; stop waits for a sweep under way', async () => {
		const left = await fileMadeAt(hoursAgo(48));
		const counts: number[] = [];
		const failures: unknown[] = [];
		const sweep = startOrphanSweep(database.db, { removed: (count) => counts.push(count), failed: (error) => failures.push(error) }, 60_000);
		await sweep.stop();
		expect(counts).toEqual([1]);
		expect(failures).toEqual([]);
		expect(await remaining([left])).toEqual([]);
	});

	it('a sweep that fails is reported, not thrown', async () => {
		const failures: unknown[] = [];
		const broken = { delete: () => ({ where: () => ({ returning: () => Promise.reject(new Error('database gone')) }) }) };
		const sweep = startOrphanSweep(broken as never, { removed: () => {}, failed: (error) => failures.push(error) }, 60_000);
		await sweep.stop();
		expect(failures.map((e) => (e as Error).message)).toEqual(['database gone']);
	});
});
