import { eq, sql } from 'drizzle-orm';
import { PglitePreparedQuery } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngine } from '../testing/db';
import type { Database } from './open';
import { DRIZZLE_TEXT_TYPES, drizzleParsers } from './pglite-server';
import { organisations, sessions, users } from './schema';

/** The first row of `db.execute`, whose result differs by engine (PGlite: `{ rows }`, postgres.js: the rows). */
function firstRow(result: unknown): Record<string, unknown> {
	const rows = (result as { rows?: unknown[] }).rows ?? (result as unknown[]);
	return rows[0] as Record<string, unknown>;
}

/** The drizzle query configs the PGlite client leaves out: what drizzle itself would send. */
function drizzleQueryParsers() {
	const query = new PglitePreparedQuery(null as never, 'select 1', [], undefined as never, undefined as never, undefined, undefined, undefined, undefined, false);
	const { queryConfig, rawQueryConfig } = query as unknown as Record<'queryConfig' | 'rawQueryConfig', { parsers: Record<string, (v: string) => unknown> }>;
	return [queryConfig.parsers, rawQueryConfig.parsers];
}

describe('PGlite parsers given once at start', () => {
	it('are exactly the types drizzle asks as text, and leave the text alone', () => {
		for (const parsers of drizzleQueryParsers()) {
			expect(Object.keys(parsers).map(Number).sort()).toEqual([...DRIZZLE_TEXT_TYPES].sort());
			for (const [type, parse] of Object.entries(parsers)) expect(parse('2026-12-01 10:00:00+00')).toBe(drizzleParsers[Number(type)]!('2026-12-01 10:00:00+00'));
		}
	});
});

describe(`database clients (${testEngine()})`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(async () => {
		await database.close();
	});

	it('reads timestamps as Dates and dates as text, in and outside a transaction', async () => {
		const created = new Date('2026-03-04T05:06:07.089Z');
		const [user] = await database.db.insert(users).values({ email: 'a@school.nl', name: 'A', passwordHash: 'x', createdAt: created }).returning();
		expect(user!.createdAt).toEqual(created);
		const inTx = await database.db.transaction(async (tx) => {
			const [row] = await tx.select({ createdAt: users.createdAt }).from(users).where(eq(users.id, user!.id));
			const nested = await tx.transaction(async (inner) => inner.execute(sql`select date '2026-12-31' as day, ${created.toISOString()}::timestamptz as at`));
			return { row, nested: firstRow(nested) };
		});
		expect(inTx.row!.createdAt).toEqual(created);
		expect(inTx.nested).toMatchObject({ day: '2026-12-31' });
	});

	it('runs the same query with other parameters, and rolls a failed transaction back', async () => {
		for (const slug of ['een', 'twee', 'drie']) await database.db.insert(organisations).values({ slug, name: slug.toUpperCase() });
		const named = await Promise.all(['een', 'twee', 'drie'].map((slug) => database.db.select({ name: organisations.name }).from(organisations).where(eq(organisations.slug, slug))));
		expect(named.map((rows) => rows[0]!.name)).toEqual(['EEN', 'TWEE', 'DRIE']);
		await expect(
			database.db.transaction(async (tx) => {
				await tx.insert(organisations).values({ slug: 'vier', name: 'VIER' });
				await tx.insert(organisations).values({ slug: 'vier', name: 'dubbel' });
			})
		).rejects.toThrow();
		expect(await database.db.select().from(organisations).where(eq(organisations.slug, 'vier'))).toEqual([]);
	});

	it('prepares queries on both engines, so each is parsed and planned once', async () => {
		// A transaction keeps one connection, whose prepared statements pg_prepared_statements lists.
		const listed = await database.db.transaction(async (tx) => {
			await tx.select({ id: sessions.id }).from(sessions).where(eq(sessions.id, 'prepared-marker'));
			return tx.execute(sql`select count(*)::int as n from pg_prepared_statements where statement like '%"sessions"."id" = $1%' and statement not like '%pg_prepared_statements%'`);
		});
		expect(Number(firstRow(listed).n)).toBe(1);
	});
});
