import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db';
import { assessments } from '../../db/schema';
import { createTestDatabase } from '../../testing/db';
import { lifecycleFixture } from '../../testing/lifecycle-fixture';
import { exportCommand } from './export';
import { importCommand } from './import';

describe('export/import commands', () => {
	let database: Database;
	let fx: Awaited<ReturnType<typeof lifecycleFixture>>;
	const io = () => {
		const out: string[] = [];
		const err: string[] = [];
		return { db: database.db, out: (t: string) => out.push(t), err: (t: string) => err.push(t), lines: { out, err } };
	};

	beforeAll(async () => {
		database = await createTestDatabase();
		fx = await lifecycleFixture(database.db);
	});
	afterAll(async () => {
		await database.close();
	});

	it('exports to stdout and imports the file into an organisation', async () => {
		const a = io();
		expect(await exportCommand.run([fx.assessment.id], a)).toBe(0);
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'dpia-cli-')), 'dpia.json');
		writeFileSync(file, a.lines.out.join('\n'));
		// the board has this DPIA already: refused, naming it; --copy imports it beside the original
		const b = io();
		expect(await importCommand.run([file, '--org', 'stichting-noord'], b)).toBe(1);
		expect(b.lines.err).toEqual([
			'Import refused; nothing was saved:',
			`  - This DPIA is already in this organisation: "Snappet" (${fx.assessment.id}). Import with --copy to make a copy of it.`
		]);
		const c = io();
		expect(await importCommand.run([file, '--copy', '--org', 'stichting-noord'], c)).toBe(0);
		expect(c.lines.out[0]).toMatch(/^Imported as DPIA [0-9a-f-]{36}\.$/);
	});

	it('refuses a bad file with reasons and saves nothing', async () => {
		const before = (await database.db.select({ n: count() }).from(assessments))[0]!.n;
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'dpia-cli-')), 'bad.json');
		writeFileSync(file, JSON.stringify({ formatVersion: 1, processing: {} }));
		const c = io();
		expect(await importCommand.run([file, '--org', 'stichting-noord'], c)).toBe(1);
		expect(c.lines.err[0]).toBe('Import refused; nothing was saved:');
		expect(c.lines.err).toContain('  - processing.id: is missing');
		expect((await database.db.select({ n: count() }).from(assessments))[0]!.n).toBe(before);
		expect(await importCommand.run([file], io())).toBe(2);
		expect(await exportCommand.run([], io())).toBe(2);
	});
});
