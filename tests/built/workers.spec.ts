import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '$lib/server/db/open';
import { rawRows } from '$lib/server/db/raw';
import { startBuiltApp, type BuiltApp } from '$lib/server/testing/built-app';
import { createEmptyDatabase, requireBuiltAppAndPostgres } from './instance';
import { childrenOf, serveUntilExit, waitFor } from './processes';

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

const exited = (app: BuiltApp) =>
	new Promise<number | null>((resolve) => (app.process.exitCode !== null ? resolve(app.process.exitCode) : app.process.once('exit', resolve)));

/** `npm start` with WORKERS on PostgreSQL: several processes on one port (node:cluster); on PGlite see pglite-workers.spec.ts. */
describe('WORKERS: several app processes on one port', () => {
	let databaseUrl: string;
	let drop: () => Promise<void>;
	let app: BuiltApp;
	const output: string[] = [];

	beforeAll(async () => {
		({ url: databaseUrl, drop } = await createEmptyDatabase(requireBuiltAppAndPostgres()));
		app = await startBuiltApp({ DATABASE_URL: databaseUrl, DATA_DIR: '', WORKERS: '2', LOG_LEVEL: 'info', ORIGIN: 'http://127.0.0.1:4411' }, 4411, (line) => output.push(line));
	});
	afterAll(async () => {
		await app?.stop();
		await drop?.();
	});

	it('starts two workers that migrate the new database once and answer on the one port', async () => {
		const workers = await waitFor('two workers', () => (childrenOf(app.process.pid!).length === 2 ? childrenOf(app.process.pid!) : undefined));
		expect(workers).toHaveLength(2);
		await waitFor('both workers ready', () => (output.filter((l) => l.includes('database ready')).length === 2 ? true : undefined));
		const database = await openDatabase({ url: databaseUrl, poolSize: 1 });
		try {
			const applied = await rawRows<{ n: number }>(database.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
			const journal = JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as { entries: unknown[] };
			expect(applied[0]!.n).toBe(journal.entries.length);
		} finally {
			await database.close();
		}
		const statuses = await Promise.all(Array.from({ length: 20 }, () => fetch(`${app.url}/healthz`).then((r) => r.status)));
		expect(statuses.every((s) => s === 200)).toBe(true);
	});

	it('replaces a worker that dies, and keeps answering meanwhile', async () => {
		const [victim, survivor] = childrenOf(app.process.pid!);
		process.kill(victim!, 'SIGKILL');
		const replaced = await waitFor('a new worker', () => {
			const now = childrenOf(app.process.pid!);
			return now.length === 2 && !now.includes(victim!) ? now : undefined;
		});
		expect(replaced).toContain(survivor);
		expect(output.some((l) => l.includes('a worker stopped; starting a new one'))).toBe(true);
		await waitFor('the new worker ready', () => (output.filter((l) => l.includes('database ready')).length === 3 ? true : undefined));
		expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
	});

	it('stops every worker and itself on SIGTERM, with exit code 0', async () => {
		const workers = childrenOf(app.process.pid!);
		const code = exited(app);
		app.process.kill('SIGTERM');
		expect(await code).toBe(0);
		for (const pid of workers) expect(alive(pid)).toBe(false);
	});
});

describe('WORKERS when the primary process is killed', () => {
	it('takes its workers with it, so nothing is left serving the port', async () => {
		const { url, drop } = await createEmptyDatabase(requireBuiltAppAndPostgres());
		const app = await startBuiltApp({ DATABASE_URL: url, DATA_DIR: '', WORKERS: '2', LOG_LEVEL: 'silent' }, 4414);
		try {
			const workers = await waitFor('two workers', () => (childrenOf(app.process.pid!).length === 2 ? childrenOf(app.process.pid!) : undefined));
			app.process.kill('SIGKILL');
			await waitFor('the workers gone', () => (workers.every((pid) => !alive(pid)) ? true : undefined), 5_000);
			await expect(fetch(`${app.url}/healthz`)).rejects.toThrow();
		} finally {
			await drop();
		}
	});
});

describe('WORKERS refused', () => {
	it('a WORKERS value that is not a count stops the start with a message saying so', async () => {
		const { code, output } = await serveUntilExit({ WORKERS: 'twee', PORT: '4412' });
		expect(code).toBe(1);
		expect(output).toContain('WORKERS must be a whole number of 1 or more, or auto');
		expect(output).toContain('"WORKERS":"twee"');
	});
});
