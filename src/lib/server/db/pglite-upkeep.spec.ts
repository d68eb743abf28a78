import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gate, stillWaiting } from '../testing/waiting';
import { openDatabase, type Database } from './open';
import { startUpkeep, vacuumTables, type UpkeepClient } from './pglite-upkeep';
import { organisations, processings, processingSchools, schools } from './schema';

/** Heap fetches of an index-only scan on processing_schools: what an empty visibility map costs. */
async function heapFetches(database: Database, processingId: string): Promise<number> {
	const plan = await database.db.execute(
		sql`explain (analyze, costs off) select school_id from processing_schools where processing_id = ${processingId}`
	);
	const lines = (plan as unknown as { rows: { 'QUERY PLAN': string }[] }).rows.map((r) => r['QUERY PLAN']).join('\n');
	expect(lines).toContain('Index Only Scan');
	return Number(/Heap Fetches: (\d+)/.exec(lines)![1]);
}

describe('vacuumTables on PGlite', () => {
	let database: Database;
	const clientOf = (db: Database['db']): UpkeepClient => ({
		query: async <T>(text: string) => db.execute(sql.raw(text)) as unknown as { rows: T[] },
		exec: (text) => db.execute(sql.raw(text))
	});

	beforeAll(async () => {
		database = await openDatabase({ dataDir: 'memory://' });
		await database.migrate();
	});
	afterAll(() => database.close());

	it('leaves a database without processings alone', async () => {
		const statements: string[] = [];
		const client = clientOf(database.db);
		await vacuumTables({ query: client.query, exec: async (text) => statements.push(text) });
		expect(statements).toEqual([]);
	});

	it('vacuums every table, after which index-only scans no longer read the table', async () => {
		const db = database.db;
		const [org] = await db.insert(organisations).values({ slug: 'upkeep', name: 'Upkeep' }).returning();
		const [school] = await db.insert(schools).values({ organisationId: org!.id, name: 'OBS Upkeep' }).returning();
		const tools = await db
			.insert(processings)
			.values(Array.from({ length: 200 }, (_, i) => ({ organisationId: org!.id, name: `Tool ${i}` })))
			.returning();
		await db.insert(processingSchools).values(tools.map((t) => ({ processingId: t.id, schoolId: school!.id })));
		await db.execute(sql`set enable_seqscan = off`);
		await db.execute(sql`set enable_bitmapscan = off`);
		try {
			expect(await heapFetches(database, tools[7]!.id)).toBeGreaterThan(0);
			const statements: string[] = [];
			const client = clientOf(db);
			await vacuumTables({ query: client.query, exec: (text) => (statements.push(text), client.exec(text)) });
			expect(statements).toContain('vacuum (analyze) processing_schools');
			expect(statements.length).toBeGreaterThan(20);
			expect(await heapFetches(database, tools[7]!.id)).toBe(0);
		} finally {
			await db.execute(sql`reset enable_seqscan`);
			await db.execute(sql`reset enable_bitmapscan`);
		}
	});
});

describe('startUpkeep', () => {
	const filled = { query: async <T>() => ({ rows: [{ filled: true, name: 'processings' }] as T[] }) };

	it('vacuums at each interval, reports a failed pass and goes on with the next', async () => {
		let passes = 0;
		const errors: unknown[] = [];
		const upkeep = startUpkeep(
			{ ...filled, exec: async () => { if (++passes === 1) throw new Error('disk full'); } },
			(error) => errors.push(error),
			10
		);
		await new Promise((resolve) => setTimeout(resolve, 80));
		await upkeep.stop();
		expect(errors.map((e) => (e as Error).message)).toEqual(['disk full']);
		expect(passes).toBeGreaterThan(2);
		const after = passes;
		await new Promise((resolve) => setTimeout(resolve, 40));
		expect(passes).toBe(after);
	});

	it('does not start a pass while one is running, and stop waits for it', async () => {
		const slow = gate();
		let started = 0;
		const upkeep = startUpkeep({ ...filled, exec: async () => { started++; await slow.held; } }, () => {}, 5);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(started).toBe(1);
		const stopping = upkeep.stop();
		expect(await stillWaiting(stopping, 30)).toBe(true);
		slow.release();
		await stopping;
		expect(started).toBe(1);
	});
});
