import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db';
import { dpiaModelVersions } from '../../db/schema';
import { createTestDatabase } from '../../testing/db';
import { lifecycleFixture } from '../../testing/lifecycle-fixture';
import { modelCommand } from './model';

describe('model add command', () => {
	let database: Database;
	const io = () => {
		const out: string[] = [];
		const err: string[] = [];
		return { db: database.db, out: (t: string) => out.push(t), err: (t: string) => err.push(t), stdin: async () => '', lines: { out, err } };
	};
	const dir = mkdtempSync(path.join(tmpdir(), 'dpia-model-'));
	const versions = async () => (await database.db.select({ n: count() }).from(dpiaModelVersions))[0]!.n;

	beforeAll(async () => {
		database = await createTestDatabase();
		await lifecycleFixture(database.db);
	});
	afterAll(async () => {
		await database.close();
	});

	it('adds a model file once, recognises it the second time, and refuses a bad one with paths', async () => {
		const file = path.resolve('src/lib/server/model/examples/camerasysteem-v1.json');
		const a = io();
		expect(await modelCommand.run(['add', file, '--org', 'stichting-noord'], a)).toBe(0);
		expect(a.lines.out[0]).toMatch(/^Added Voorbeeld Camerasysteem Schoolgebouw version 1 /);
		const b = io();
		expect(await modelCommand.run(['add', file, '--org', 'stichting-noord'], b)).toBe(0);
		expect(b.lines.out[0]).toMatch(/already in the library/);
		expect(await versions()).toBe(1);

		const bad = path.join(dir, 'bad.json');
		writeFileSync(bad, JSON.stringify({ formatVersion: 1, identity: {}, risks: [{ catalogueId: 'R77' }] }));
		const c = io();
		expect(await modelCommand.run(['add', bad, '--org', 'stichting-noord'], c)).toBe(1);
		expect(c.lines.err[0]).toBe('The file was refused; nothing was saved:');
		expect(c.lines.err).toContain('  - identity.system: is missing');
		expect(await versions()).toBe(1);
	});

	it('answers a wrong command line with the usage and an unknown organisation with a refusal', async () => {
		const a = io();
		expect(await modelCommand.run(['add'], a)).toBe(2);
		const b = io();
		expect(await modelCommand.run(['add', 'x.json', '--org', 'nobody'], b)).toBe(1);
	});
});
