import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gate, stillWaiting } from '../testing/waiting';
import { HOST_MESSAGE, type HostReply } from './pglite-host-client';
import { pgliteRelay, type HostedWorker } from './pglite-host';
import { callsOver, pgliteClient, startPgliteThread, type PgliteThread } from './pglite-thread';

// The host's relay on a real PGlite thread (in memory), with workers whose channel to the primary is a function call.
let database: PgliteThread;
let relay: ReturnType<typeof pgliteRelay>;
let nextWorker = 0;

beforeAll(async () => {
	database = await startPgliteThread('memory://');
});
afterAll(async () => {
	await database.close();
});
beforeEach(async () => {
	relay = pgliteRelay(database);
	await database.exec(`drop table if exists item; create table item (id int primary key, name text not null)`);
});

/** A worker as the relay sees it, with the client that worker's app would use. */
function worker() {
	const sent: HostReply[] = [];
	let connected = true;
	const handle: HostedWorker = {
		id: ++nextWorker,
		send: (message) => {
			sent.push(message);
			calls.receive(message.reply);
		},
		isConnected: () => connected
	};
	const calls = callsOver({ post: (request) => relay.handle(handle, { kind: HOST_MESSAGE, request }), busy: () => {} });
	const client = pgliteClient(calls.call, async () => calls.call({ op: 'close' }));
	return {
		client,
		sent,
		/** The process is gone: nothing reaches it any more, and the primary releases what it held. */
		stop: async () => {
			connected = false;
			calls.stop(new Error('stopped'));
			await relay.release(handle.id);
		}
	};
}

const names = async () => (await database.query<{ name: string }>('select name from item order by id')).rows.map((r) => r.name);

describe("the primary's PGlite relay for WORKERS", () => {
	it('answers each worker its own calls, rows and PostgreSQL error fields included', async () => {
		const [a, b] = [worker(), worker()];
		await a.client.query('insert into item (id, name) values ($1, $2)', [1, 'van A']);
		expect((await b.client.query('select name from item')).rows).toEqual([{ name: 'van A' }]);
		await expect(b.client.query('insert into item (id, name) values ($1, $2)', [1, 'dubbel'])).rejects.toMatchObject({ code: '23505', constraint: 'item_pkey' });
		expect(a.sent).toHaveLength(1);
		expect(b.sent).toHaveLength(2);
	});

	it("keeps one worker's transaction from the other's queries, and commits or rolls back as that worker says", async () => {
		const [a, b] = [worker(), worker()];
		const { held, release } = gate();
		const first = a.client.transaction(async (tx) => {
			await tx.query(`insert into item (id, name) values (1, 'kept')`);
			await held;
		});
		await new Promise((r) => setTimeout(r, 20));
		const outside = b.client.query<{ name: string }>('select name from item');
		expect(await stillWaiting(outside, 30)).toBe(true);
		release();
		await first;
		expect((await outside).rows).toEqual([{ name: 'kept' }]);
		await expect(b.client.transaction(async (tx) => tx.query(`insert into item (id, name) values (2, 'undone')`).then(() => Promise.reject(new Error('stop'))))).rejects.toThrow('stop');
		expect(await names()).toEqual(['kept']);
	});

	it('rolls back the transaction of a worker that stops in the middle of it, so the others go on', async () => {
		const [a, b] = [worker(), worker()];
		const inside = gate();
		void a.client
			.transaction(async (tx) => {
				await tx.query(`insert into item (id, name) values (1, 'never committed')`);
				inside.release();
				await new Promise(() => {}); // the process dies here
			})
			.catch(() => {});
		await inside.held;
		const waiting = b.client.query(`insert into item (id, name) values (2, 'after')`);
		expect(await stillWaiting(waiting, 30)).toBe(true);
		await a.stop();
		await waiting;
		expect(await names()).toEqual(['after']);
	});

	it('rolls back a transaction that begins only after its worker has stopped', async () => {
		const [a, b] = [worker(), worker()];
		const { held, release } = gate();
		const holding = b.client.transaction(() => held);
		await new Promise((r) => setTimeout(r, 20));
		// a's begin waits for b's transaction; a stops meanwhile, so nobody would ever end what it begins
		void a.client.transaction(() => new Promise(() => {})).catch(() => {});
		await new Promise((r) => setTimeout(r, 20));
		await a.stop();
		release();
		await holding;
		const after = b.client.query(`insert into item (id, name) values (3, 'not blocked')`);
		expect(await stillWaiting(after, 200)).toBe(false);
		await after;
		expect(a.sent).toEqual([]);
	});

	it("leaves the database open when a worker closes its client: it is the primary's to close", async () => {
		const [a, b] = [worker(), worker()];
		await a.client.close();
		expect((await b.client.query<{ one: number }>('select 1 as one')).rows).toEqual([{ one: 1 }]);
	});

	it("ignores messages that are not the database's, such as node:cluster's own", () => {
		const w = worker();
		expect(relay.handle({ id: 99, send: () => {}, isConnected: () => true }, { cmd: 'NODE_CLUSTER', act: 'online' })).toBe(false);
		expect(w.sent).toEqual([]);
	});
});
