import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '$lib/server/db/open';
import { rawRows } from '$lib/server/db/raw';
import { startBuiltApp, type BuiltApp } from '$lib/server/testing/built-app';
import { gate } from '$lib/server/testing/waiting';
import { createEmptyDatabase, requireBuiltAppAndPostgres } from './instance';

/** The server's Unix socket directory: Debian's, where CI's PostgreSQL listens. */
const SOCKET_DIR = process.env.TEST_DATABASE_SOCKET_DIR ?? '/var/run/postgresql';
const APP_NAME = 'dpia-socket-spec';

/** The database's URL through the Unix socket, with the libpq-style parameters DATABASE_URL may carry. */
function viaSocket(tcpUrl: string, max: number): string {
	const url = new URL(tcpUrl);
	url.hostname = 'localhost';
	url.port = '';
	url.search = `?host=${SOCKET_DIR}&max=${max}&application_name=${APP_NAME}`;
	return url.toString();
}

const backendPid = async (db: Database['db']) => (await rawRows<{ pid: number }>(db, sql`select pg_backend_pid() as pid`))[0]!.pid;

describe('PostgreSQL connections: ?host=<socket directory>, ?max=<transactions>, one pipelined connection', () => {
	let admin: postgres.Sql;
	let drop: () => Promise<void>;
	let tcpUrl: string;
	let name: string;

	beforeAll(async () => {
		({ url: tcpUrl, drop } = await createEmptyDatabase(requireBuiltAppAndPostgres()));
		name = new URL(tcpUrl).pathname.slice(1);
		admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
	});
	afterAll(async () => {
		await admin?.end({ timeout: 5 });
		await drop?.();
	});

	const appConnections = () => admin<{ client_addr: string | null }[]>`
		select client_addr from pg_stat_activity where datname = ${name} and application_name = ${APP_NAME}`;

	it('the built app reaches the server through its socket, on one connection for 40 requests at once', async () => {
		let app: BuiltApp | undefined;
		try {
			app = await startBuiltApp({ DATABASE_URL: viaSocket(tcpUrl, 2), DATA_DIR: '', LOG_LEVEL: 'silent', ORIGIN: 'http://127.0.0.1:4431' }, 4431);
			const statuses = await Promise.all(Array.from({ length: 40 }, () => fetch(`${app!.url}/healthz`).then((r) => r.status)));
			expect(statuses).toEqual(Array(40).fill(200));
			// A Unix-socket client has no address; one over TCP would show 127.0.0.1.
			expect(await appConnections()).toEqual([{ client_addr: null }]);
		} finally {
			await app?.stop();
		}
	});

	it('keeps transactions off the pipelined connection, so a statement outside them never waits for them', async () => {
		const database = await openDatabase({ url: viaSocket(tcpUrl, 2) });
		try {
			const pids = await Promise.all(Array.from({ length: 20 }, () => backendPid(database.db)));
			expect(new Set(pids).size).toBe(1);
			const { held, release } = gate();
			const entered = [gate(), gate()];
			const transactions = entered.map((signal) =>
				database.db.transaction(async (tx) => {
					const pid = await backendPid(tx as never);
					signal.release();
					await held;
					return pid;
				})
			);
			await Promise.all(entered.map((signal) => signal.held));
			// Both pooled connections (max=2) are held open now; a third transaction would wait, a statement must not.
			expect(await backendPid(database.db)).toBe(pids[0]);
			release();
			const txPids = await Promise.all(transactions);
			expect(new Set(txPids).size).toBe(2);
			expect(txPids).not.toContain(pids[0]);
			expect((await appConnections()).length).toBe(3);
		} finally {
			await database.close();
		}
	});
});
