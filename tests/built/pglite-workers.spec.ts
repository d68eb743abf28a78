import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '$lib/server/db/open';
import { auditLog, sectionAnswers } from '$lib/server/db/schema';
import { startBuiltApp } from '$lib/server/testing/built-app';
import { actionResult, get, logIn, postForm, PUBLIC_ORIGIN, requireBuiltApp, type Instance } from './instance';
import { childrenOf, serveUntilExit, waitFor } from './processes';
import { PASSWORD, seed } from './seed';

/** User plus system CPU time of a process, in clock ticks. */
const cpuTicks = (pid: number) => {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
	return Number(fields[11]) + Number(fields[12]);
};

/**
 * `WORKERS=2` on PGlite: the primary process holds the data directory and the workers send it their
 * queries (src/lib/server/db/pglite-host.ts). The workers must behave as one process would.
 */
describe('WORKERS on PGlite: one data directory, held by the primary, two workers rendering', () => {
	let dir: string;
	let dataDir: string;
	let app: Instance;
	let fx: Awaited<ReturnType<typeof seed>>['fx'];
	let revision = 0;
	const dashboard = '/o/stichting-noord';
	const section18 = () => and(eq(sectionAnswers.versionId, fx.version.id), eq(sectionAnswers.sectionId, '18'));

	beforeAll(async () => {
		requireBuiltApp();
		dir = mkdtempSync(path.join(tmpdir(), 'dpia-pglite-workers-'));
		dataDir = path.join(dir, 'data');
		// PGlite has one owner at a time: the fixture is written before the app takes the directory.
		const empty = await openDatabase({ dataDir });
		await empty.migrate();
		await empty.close();
		const seeded = await seed({ dataDir });
		fx = seeded.fx;
		const [section] = await seeded.database.db.select().from(sectionAnswers).where(section18());
		revision = section?.revision ?? 0;
		await seeded.database.close();
		const output: string[] = [];
		const env = { DATABASE_URL: '', DATA_DIR: dataDir, WORKERS: '2', HOST: '127.0.0.1', ORIGIN: PUBLIC_ORIGIN, LOG_LEVEL: 'info' };
		const started = await startBuiltApp(env, 4415, (line) => output.push(line));
		app = { name: 'workers', base: started.url, output, process: started.process, stop: started.stop };
		await waitFor('both workers ready', () => (output.filter((l) => l.includes('database ready')).length === 2 ? true : undefined));
	});
	afterAll(async () => {
		await app?.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('the primary holds the lock on the data directory and the two workers answer on one port', async () => {
		expect(app.output.some((l) => l.includes('database host ready'))).toBe(true);
		expect(readFileSync(path.join(dataDir, '.dpia-wijzer.lock'), 'utf8')).toBe(String(app.process.pid));
		expect(childrenOf(app.process.pid!)).toHaveLength(2);
		expect((await get(app, '/healthz')).status).toBe(200);
	});

	it('sessions and saves made through either worker are one database: 20 simultaneous saves, one wins', async () => {
		const save = `${dashboard}/assessments/${fx.assessment.id}/questionnaire/18?/save`;
		const sessions = await Promise.all(Array.from({ length: 20 }, (_, i) => logIn(app, (i % 2 ? fx.people.admin : fx.people.editor).email, PASSWORD)));
		const workers = childrenOf(app.process.pid!);
		const before = workers.map(cpuTicks);
		const results = (await Promise.all(sessions.map((session, i) => postForm(app, save, [['expectedRevision', String(revision)], ['18.1', `Samenvatting ${i}`]], { session, json: true })))).map(actionResult);
		// each session's dashboard still opens: no session lives in one worker's memory
		for (const session of sessions.slice(0, 4)) expect((await get(app, dashboard, session)).status).toBe(200);
		// node:cluster hands new connections to the workers in turn: both did work
		workers.forEach((pid, i) => expect(cpuTicks(pid)).toBeGreaterThan(before[i]!));

		const winners = results.map((r, i) => [r, i] as const).filter(([r]) => r.type === 'success');
		expect(winners).toHaveLength(1);
		expect(results.filter((r) => r.type === 'failure' && r.status === 409 && r.data?.kind === 'conflict')).toHaveLength(19);
		await app.stop();
		// after a clean stop the directory is free again, and holds the one save with its audit entry
		expect(existsSync(path.join(dataDir, '.dpia-wijzer.lock'))).toBe(false);
		const database = await openDatabase({ dataDir });
		try {
			const [stored] = await database.db.select().from(sectionAnswers).where(section18());
			expect(stored).toMatchObject({ revision: revision + 1, answers: { '18.1': `Samenvatting ${winners[0]![1]}` } });
			const audit = await database.db.select().from(auditLog).where(eq(auditLog.subjectId, fx.assessment.id));
			const saves = audit.filter((e) => e.entity === 'answer' && e.entityId === '18.1' && JSON.stringify(e.after).includes('Samenvatting '));
			expect(saves).toHaveLength(1);
		} finally {
			await database.close();
		}
	});
});

describe('WORKERS on PGlite, on a data directory another process holds', () => {
	it('stops with the lock message and exit code 1, and starts no worker', async () => {
		requireBuiltApp();
		const dir = mkdtempSync(path.join(tmpdir(), 'dpia-pglite-workers-'));
		try {
			const dataDir = path.join(dir, 'data');
			mkdirSync(dataDir);
			// this test process is alive, so its pid in the lock file holds the directory
			writeFileSync(path.join(dataDir, '.dpia-wijzer.lock'), String(process.pid));
			const { code, output } = await serveUntilExit({ DATABASE_URL: '', DATA_DIR: dataDir, WORKERS: '2', PORT: '4416' });
			expect(code).toBe(1);
			expect(output).toContain(`al in gebruik door proces ${process.pid}`);
			expect(output).not.toContain('started workers');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
