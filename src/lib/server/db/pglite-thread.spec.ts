import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gate, stillWaiting } from '../testing/waiting';
import { startPgliteThread, type PgliteThread } from './pglite-thread';

// The thread is PGlite's alone; these run on an in-memory PGlite whichever engine the suite is for.
let db: PgliteThread;
beforeAll(async () => {
	db = await startPgliteThread('memory://');
});
afterAll(async () => {
	await db.close();
});
beforeEach(async () => {
	await db.exec(`drop table if exists item; create table item (id int primary key, name text not null)`);
});

const names = async () => (await db.query<{ name: string }>('select name from item order by id')).rows.map((r) => r.name);

describe('PGlite in its own thread', () => {
	it('answers queries with their rows, in object and array mode', async () => {
		expect((await db.query('insert into item (id, name) values ($1, $2)', [1, 'één'])).affectedRows).toBe(1);
		expect((await db.query('select id, name from item')).rows).toEqual([{ id: 1, name: 'één' }]);
		expect((await db.query('select id, name from item', [], { rowMode: 'array' })).rows).toEqual([[1, 'één']]);
	});

	it("passes PostgreSQL's error fields across the thread", async () => {
		await db.query('insert into item (id, name) values ($1, $2)', [1, 'a']);
		await expect(db.query('insert into item (id, name) values ($1, $2)', [1, 'b'])).rejects.toMatchObject({ code: '23505', constraint: 'item_pkey', message: expect.stringContaining('duplicate key') });
	});

	it('commits a transaction, and rolls one back that throws', async () => {
		await db.transaction(async (tx) => {
			await tx.query('insert into item (id, name) values ($1, $2)', [1, 'kept']);
		});
		await expect(
			db.transaction(async (tx) => {
				await tx.query('insert into item (id, name) values ($1, $2)', [2, 'undone']);
				throw new Error('stop');
			})
		).rejects.toThrow('stop');
		expect(await names()).toEqual(['kept']);
	});

	it('keeps other queries out until a transaction ends, and runs transactions one after another', async () => {
		const { held, release } = gate();
		const first = db.transaction(async (tx) => {
			await tx.query(`insert into item (id, name) values (1, 'first')`);
			await held;
			await tx.query(`update item set name = 'first, done' where id = 1`);
		});
		const second = db.transaction((tx) => tx.query(`insert into item (id, name) values (2, 'second')`));
		const outside = names();
		expect(await stillWaiting(outside, 30)).toBe(true);
		release();
		await Promise.all([first, second]);
		expect(await outside).toEqual(['first, done', 'second']);
	});

	it('refuses a transaction handle used after its end', async () => {
		let kept: { query: PgliteThread['query'] } | null = null;
		await db.transaction(async (tx) => {
			kept = tx;
		});
		await expect(kept!.query('select 1')).rejects.toThrow('Transaction is closed');
	});

	it('reports a directory PGlite cannot open, and stops the thread', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'dpia-thread-'));
		try {
			const notADirectory = path.join(dir, 'file');
			writeFileSync(notADirectory, 'not a database');
			await expect(startPgliteThread(notADirectory)).rejects.toThrow();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('answers every call after close with a clear error', async () => {
		const other = await startPgliteThread('memory://');
		await other.close();
		await expect(other.query('select 1')).rejects.toThrow('The database thread stopped');
	});
});
