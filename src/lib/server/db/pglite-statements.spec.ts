import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gate, stillWaiting } from '../testing/waiting';
import { PLAN_MAX_AGE_MS, STATEMENT_CACHE_SIZE, StatementCache } from './pglite-statements';

// The cache is PGlite's alone; these run on an in-memory PGlite whichever engine the suite is for.
let pg: PGlite;
let statements: StatementCache;

beforeAll(async () => {
	pg = await PGlite.create('memory://');
});
afterAll(async () => {
	await pg.close();
});
// A new table and no statements left from the test before.
beforeEach(async () => {
	await pg.exec(`deallocate all; drop table if exists item; create table item (id int primary key, name text not null, tags text[] not null default '{}', at timestamptz)`);
	statements = new StatementCache(pg);
});

const named = async () => (await pg.query<{ n: number }>(`select count(*)::int as n from pg_prepared_statements where name like 'dw\\_%'`)).rows[0]!.n;

describe('named PGlite statements', () => {
	it('answer as PGlite does, with parameters serialized by their type, in array and object mode', async () => {
		const insert = await statements.query('insert into item (id, name, tags, at) values ($1, $2, $3, $4)', [1, 'één', ['a', 'b,c'], new Date('2026-12-03T10:00:00Z')]);
		expect(insert.affectedRows).toBe(1);
		const text = 'select id, name, tags from item where id = $1';
		const asObjects = await statements.query(text, [1]);
		expect(asObjects.rows).toEqual((await pg.query(text, [1])).rows);
		expect(asObjects.rows).toEqual([{ id: 1, name: 'één', tags: ['a', 'b,c'] }]);
		expect((await statements.query(text, [1], { rowMode: 'array' })).rows).toEqual([[1, 'één', ['a', 'b,c']]]);
		expect(asObjects.fields.map((f) => f.name)).toEqual(['id', 'name', 'tags']);
		expect(await named()).toBe(2);
	});

	it('run each text under one name however often it runs', async () => {
		for (let id = 1; id <= 20; id++) await statements.query('insert into item (id, name) values ($1, $2)', [id, `n${id}`]);
		const rows = await Promise.all([3, 7, 11].map((id) => statements.query<{ name: string }>('select name from item where id = $1', [id])));
		expect(rows.map((r) => r.rows[0]!.name)).toEqual(['n3', 'n7', 'n11']);
		expect(statements.size).toBe(2);
		expect(await named()).toBe(2);
	});

	it('leave DDL and other commands to PGlite, also inside a transaction', async () => {
		await statements.query('create index item_name on item (name)');
		await pg.transaction((tx) => statements.query('create index item_at on item (at)', [], {}, tx));
		expect(statements.size).toBe(0);
		expect((await pg.query(`select count(*)::int as n from pg_indexes where indexname in ('item_name', 'item_at')`)).rows).toEqual([{ n: 2 }]);
	});

	it('keep no statement for a query that does not parse, and report the query', async () => {
		await expect(statements.query('select nonsense from item where', [])).rejects.toMatchObject({ code: '42601', query: 'select nonsense from item where' });
		expect(statements.size).toBe(0);
		expect((await statements.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
	});

	it('stay usable after a value the type refuses', async () => {
		await statements.query('insert into item (id, name) values ($1, $2)', [1, 'a']);
		const text = 'select name from item where id = $1';
		await expect(statements.query(text, ['not a number'])).rejects.toMatchObject({ code: '22P02' });
		expect((await statements.query(text, [1])).rows).toEqual([{ name: 'a' }]);
	});

	it('survive the rollback of the transaction that prepared them', async () => {
		const text = 'insert into item (id, name) values ($1, $2)';
		await expect(
			pg.transaction(async (tx) => {
				await statements.query(text, [1, 'a'], {}, tx);
				throw new Error('roll back');
			})
		).rejects.toThrow('roll back');
		expect(statements.size).toBe(1);
		await statements.query(text, [1, 'b']);
		expect((await pg.query('select name from item')).rows).toEqual([{ name: 'b' }]);
	});

	it('wait for an open transaction, as PGlite queries do, and then see what it committed', async () => {
		const { held, release } = gate();
		const tx = pg.transaction(async (t) => {
			await t.query(`insert into item (id, name) values (1, 'in tx')`);
			await held;
		});
		const outside = statements.query<{ name: string }>('select name from item');
		expect(await stillWaiting(outside, 20)).toBe(true);
		release();
		await tx;
		expect((await outside).rows).toEqual([{ name: 'in tx' }]);
	});

	it('answer with the new columns after the table changes shape', async () => {
		await statements.query('insert into item (id, name) values ($1, $2)', [1, 'a']);
		const text = 'select * from item where id = $1';
		expect(Object.keys((await statements.query(text, [1])).rows[0]!)).toEqual(['id', 'name', 'tags', 'at']);
		await pg.exec(`alter table item add column extra text default 'x'`);
		expect((await statements.query(text, [1])).rows[0]).toMatchObject({ id: 1, extra: 'x' });
	});

	it(`close the least recently used beyond ${STATEMENT_CACHE_SIZE} texts`, async () => {
		const first = 'select 0 as n where $1::int = 1';
		await statements.query(first, [1]);
		for (let n = 1; n <= STATEMENT_CACHE_SIZE + 10; n++) {
			await statements.query(`select ${n} as n where $1::int = 1`, [1]);
			if (n % 50 === 0) await statements.query(first, [1]); // kept in use, so kept
		}
		expect(statements.size).toBe(STATEMENT_CACHE_SIZE);
		expect(await named()).toBe(STATEMENT_CACHE_SIZE);
		const kept = await pg.query<{ n: number }>(`select count(*)::int as n from pg_prepared_statements where statement = $1`, [first]);
		expect(kept.rows[0]!.n).toBe(1);
		const dropped = await pg.query<{ n: number }>(`select count(*)::int as n from pg_prepared_statements where statement = 'select 1 as n where $1::int = 1'`);
		expect(dropped.rows[0]!.n).toBe(0);
	});

	it('plan again once a plan is old, so a table that has grown since gets its index', async () => {
		let now = 0;
		const aging = new StatementCache(pg, () => now);
		const text = 'select name from item where id = $1';
		const statementName = async () => (await pg.query<{ name: string }>('select name from pg_prepared_statements where statement = $1', [text])).rows[0]!.name;
		const plan = async () => (await pg.query<{ 'QUERY PLAN': string }>(`explain execute ${await statementName()}(1)`)).rows.map((r) => r['QUERY PLAN']).join(' ');
		// Planned on a table analyzed while empty (as `sessions` can be after a restart), ten runs settle on one plan.
		await pg.exec('analyze item');
		for (let i = 0; i < 10; i++) await aging.query(text, [1]);
		const first = await statementName();
		await pg.exec(`insert into item (id, name) select g, 'n' || g from generate_series(1, 20000) g`);
		expect(await plan()).toMatch(/Seq Scan/);
		now += PLAN_MAX_AGE_MS - 1;
		expect((await aging.query(text, [7])).rows).toEqual([{ name: 'n7' }]);
		expect(await statementName()).toBe(first);
		now += 1;
		expect((await aging.query(text, [8])).rows).toEqual([{ name: 'n8' }]);
		expect(await statementName()).not.toBe(first);
		expect(await plan()).toMatch(/Index Scan/);
		expect(aging.size).toBe(1);
	});
});
