import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password';
import type { Database } from '../db';
import { createTestDatabase } from '../testing/db';
import { findUserByEmail } from '../services/accounts';
import { runCli } from './run';

const run = promisify(execFile);

describe('admin command line', () => {
	let database: Database;
	const dir = mkdtempSync(path.join(tmpdir(), 'dpia-cli-'));
	const cli = async (...argv: string[]) => {
		const out: string[] = [];
		const err: string[] = [];
		const code = await runCli(
			argv,
			{ dataDir: 'unused', out: (t) => out.push(t), err: (t) => err.push(t), stdin: async () => '' },
			async () => ({ ...database, close: async () => {} })
		);
		return { code, out: out.join('\n'), err: err.join('\n') };
	};

	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(async () => {
		await database.close();
	});

	it('creates an organisation and a person with a role and a usable password', async () => {
		expect((await cli('org:create', '--name', 'Stichting Onderwijs Noord', '--school', 'OBS De Linde')).out).toContain('stichting-onderwijs-noord');
		const created = await cli('user:create', '--email', 'FG@Noord.test', '--name', 'Frank', '--org', 'stichting-onderwijs-noord', '--role', 'fg', '--password', 'Welkom-2026!');
		expect(created.code).toBe(0);
		const user = await findUserByEmail(database.db, 'fg@noord.test');
		expect(user && (await verifyPassword(user.passwordHash, 'Welkom-2026!'))).toBe(true);
	});

	it('shows a temporary password once when none is given, and forces a change at login', async () => {
		const created = await cli('user:create', '--email', 'editor@noord.test', '--name', 'Eva', '--org', 'stichting-onderwijs-noord', '--role', 'editor');
		const temporary = /: (\S+)$/.exec(created.out)?.[1] ?? '';
		const user = await findUserByEmail(database.db, 'editor@noord.test');
		expect(user?.mustChangePassword).toBe(true);
		expect(await verifyPassword(user!.passwordHash, temporary)).toBe(true);
	});

	it('refuses bad arguments with usage and exit code 2, and conflicts with exit code 1', async () => {
		expect(await cli('nonsense')).toMatchObject({ code: 2, err: expect.stringContaining('unknown command: nonsense') });
		expect(await cli('user:create', '--email', 'x@y.test', '--org', 'stichting-onderwijs-noord', '--role', 'boss')).toMatchObject({
			code: 2,
			err: expect.stringContaining('unknown role "boss"')
		});
		expect(await cli('org:create', '--name', 'X', '--slug', 'Not A Slug')).toMatchObject({ code: 2 });
		expect(await cli('org:create', '--name', 'Stichting Onderwijs Noord')).toMatchObject({ code: 1, err: expect.stringContaining('already exists') });
		expect(await cli('user:reset-password', '--email', 'nobody@noord.test')).toMatchObject({ code: 1 });
		expect(await cli('backup')).toMatchObject({ code: 2, err: expect.stringContaining('missing argument') });
	});

	it('backs up, refuses to restore over data without --force, and restores everything with it', async () => {
		const file = path.join(dir, 'backup.json');
		expect((await cli('backup', file)).code).toBe(0);
		expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('dpia-wijzer-backup');
		await cli('user:create', '--email', 'late@noord.test', '--name', 'Late', '--org', 'stichting-onderwijs-noord', '--role', 'viewer', '--password', 'Welkom-2026!');
		expect(await cli('restore', file)).toMatchObject({ code: 1, err: expect.stringContaining('not empty') });
		expect(await findUserByEmail(database.db, 'late@noord.test')).not.toBeNull();
		expect((await cli('restore', file, '--force')).code).toBe(0);
		expect(await findUserByEmail(database.db, 'late@noord.test')).toBeNull();
		expect(await findUserByEmail(database.db, 'fg@noord.test')).not.toBeNull();
		// The audit trail survives a restore and new entries continue after the restored ids.
		expect((await cli('user:create', '--email', 'after@noord.test', '--name', 'A', '--org', 'stichting-onderwijs-noord', '--role', 'viewer')).code).toBe(0);
	});

	it('refuses a file that is not a backup, without touching the data', async () => {
		const file = path.join(dir, 'not-a-backup.json');
		writeFileSync(file, '{"hello":1}');
		expect(await cli('restore', file, '--force')).toMatchObject({ code: 1, err: expect.stringContaining('not a DPIA Wijzer backup') });
		expect(await findUserByEmail(database.db, 'fg@noord.test')).not.toBeNull();
	});
});

describe('pre-scan from a checkout (npm run --silent cli -- prescan)', () => {
	const fixture = path.resolve('tests/fixtures/prescan-camera.json');

	it('prints the §10 result for "camera\u2019s op het schoolplein" and exits 0', async () => {
		const { stdout } = await run('npm', ['run', '--silent', 'cli', '--', 'prescan', fixture]);
		const result = JSON.parse(stdout);
		expect(result.outcome).toBe('mandatory');
		expect(result.criteriaMet).toEqual(['C3', 'C7']);
		expect(result.reasons.map((r: { id: string }) => r.id)).toEqual(['AP-09', 'S-3', 'C3', 'C7']);
	}, 30_000);

	it('prints the reason on stderr and exits 2 on invalid input', async () => {
		const bad = path.join(mkdtempSync(path.join(tmpdir(), 'dpia-prescan-')), 'bad.json');
		writeFileSync(bad, JSON.stringify({ criteria: ['C10'] }));
		const failure = await run('npm', ['run', '--silent', 'cli', '--', 'prescan', bad]).catch((e) => e);
		expect(failure.code).toBe(2);
		expect(failure.stderr).toContain('criteria[0]: onbekende waarde "C10"');
		expect(failure.stdout).toBe('');
	}, 30_000);
});
