import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startBuiltApp } from '../../src/lib/server/testing/built-app';

/**
 * Issue 6, crash safety: kill -9 the server in the middle of a stream of saves. After a restart every
 * save the server acknowledged is there. Runs on PGlite (one process, and WORKERS=2 with the primary
 * holding the data directory), and on PostgreSQL when TEST_DATABASE_URL is set.
 */
const PASSWORD = 'Welkom-2026!';

async function login(url: string): Promise<string> {
	const res = await fetch(`${url}/login`, { method: 'POST', redirect: 'manual', headers: { origin: url, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ email: 'editor@crash.test', password: PASSWORD }) });
	return res.headers.getSetCookie().find((c) => c.startsWith('dpia_session='))!.split(';')[0]!;
}

function engines(): { name: string; env: () => Record<string, string>; cleanup?: (env: Record<string, string>) => void }[] {
	const pgliteDir = () => path.join(mkdtempSync(path.join(tmpdir(), 'dpia-crash-')), 'data');
	const list: ReturnType<typeof engines> = [
		{ name: 'PGlite', env: () => ({ DATA_DIR: pgliteDir() }) },
		{ name: 'PGlite, WORKERS=2', env: () => ({ DATA_DIR: pgliteDir(), WORKERS: '2' }) }
	];
	const server = process.env.TEST_DATABASE_URL;
	if (server) {
		list.push({
			name: 'PostgreSQL',
			env: () => {
				const name = `dpia_crash_${Date.now()}`;
				execFileSync('psql', [server, '-qc', `CREATE DATABASE ${name}`]);
				const url = new URL(server);
				url.pathname = `/${name}`;
				return { DATABASE_URL: url.toString() };
			},
			cleanup: (env) => execFileSync('psql', [server, '-qc', `DROP DATABASE IF EXISTS ${new URL(env.DATABASE_URL!).pathname.slice(1)} WITH (FORCE)`])
		});
	}
	return list;
}

for (const [index, engine] of engines().entries()) {
	test(`acknowledged saves survive kill -9 (${engine.name})`, async () => {
		test.setTimeout(180_000);
		const env = engine.env();
		const cli = (...args: string[]) => execFileSync('npm', ['run', '--silent', 'cli', '--', ...args], { env: { ...process.env, ...env } });
		cli('org:create', '--name', 'Stichting Crash', '--slug', 'crash');
		cli('user:create', '--email', 'editor@crash.test', '--name', 'Eva', '--org', 'crash', '--role', 'editor', '--password', PASSWORD);

		const port = 4331 + index;
		const url = `http://127.0.0.1:${port}`;
		const start = () => startBuiltApp({ ...env, ORIGIN: url, LOG_LEVEL: 'silent' }, port);
		let server = await start();
		const cookie = await login(url);
		const acknowledged: string[] = [];
		let stop = false;
		const writer = async (w: number) => {
			for (let i = 0; !stop; i++) {
				try {
					const res = await fetch(`${url}/o/crash/processings/new`, {
						method: 'POST',
						redirect: 'manual',
						headers: { origin: url, cookie, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
						body: new URLSearchParams({ name: `Tool ${w}-${i}`, vendor: 'BV', description: 'crash test' })
					});
					const id = /processings\/([0-9a-f-]{36})\/prescan/.exec(res.headers.get('location') ?? '')?.[1];
					if (res.status === 303 && id) acknowledged.push(id);
				} catch {
					return; // the server is gone: this save was never acknowledged
				}
			}
		};
		const writers = [0, 1, 2, 3].map(writer);
		while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 20));
		server.process.kill('SIGKILL');
		stop = true;
		await Promise.all(writers);

		try {
			// inside the try: a restart that fails (what this test is for) still cleans the engine up
			server = await start();
			const again = await login(url);
			for (const id of acknowledged) {
				const res = await fetch(`${url}/o/crash/processings/${id}`, { headers: { cookie: again } });
				expect(res.status, `acknowledged save ${id}`).toBe(200);
			}
			const register = await (await fetch(`${url}/o/crash/processings`, { headers: { cookie: again } })).text();
			expect(register).toContain('Tool 0-0');
		} finally {
			// also when an assertion fails: a server left on this port would answer the next run's checks (after a
			// failed restart `server` is still the killed one, whose stop returns at once)
			await server.stop();
			engine.cleanup?.(env);
		}
	});
}
