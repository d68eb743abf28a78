import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/db';
import { DataDirInUseError } from './lock';
import { openDatabase, postgresTarget, type Database } from './open';
import { auditLog, organisations } from './schema';

describe('database', () => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(async () => {
		await database.close();
	});

	it('applies the migrations and stores rows', async () => {
		const [org] = await database.db
			.insert(organisations)
			.values({ slug: 'stichting-test', name: 'Stichting Test' })
			.returning();
		expect(org?.policy).toEqual({ 'S-1': true, 'S-2': true, 'S-3': true, 'S-4': true });
		const rows = await database.db.select().from(organisations).where(eq(organisations.slug, 'stichting-test'));
		expect(rows).toHaveLength(1);
	});

	it('refuses to update, delete or truncate the audit trail', async () => {
		await database.db.insert(auditLog).values({ actorLabel: 'test', action: 'create', entity: 'thing' });
		await expect(database.db.update(auditLog).set({ action: 'forged' })).rejects.toThrow();
		await expect(database.db.delete(auditLog)).rejects.toThrow();
		await expect(database.db.execute(sql`TRUNCATE audit_log`)).rejects.toThrow();
		const rows = await database.db.select().from(auditLog);
		expect(rows.map((r) => r.action)).toEqual(['create']);
	});
});

describe('PGlite data directory', () => {
	const parent = mkdtempSync(path.join(tmpdir(), 'dpia-lock-'));
	afterAll(() => rmSync(parent, { recursive: true, force: true }));

	it('creates missing parent directories and refuses a second opener while in use', async () => {
		const dir = path.join(parent, 'nested', 'data');
		const first = await openDatabase({ dataDir: dir });
		try {
			await first.migrate();
			// Same process counts as "in use" too: a second PGlite on one directory loses rows.
			await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(DataDirInUseError);
		} finally {
			await first.close();
		}
		const again = await openDatabase({ dataDir: dir });
		await again.migrate();
		const rows = await again.db.select().from(organisations);
		expect(rows).toEqual([]);
		await again.close();
	});
});

describe('PostgreSQL URL', () => {
	it('reads a socket directory from ?host= and a pool size from ?max=, as libpq and postgres.js name them', () => {
		expect(postgresTarget('postgres://app@localhost/dpia?host=/var/run/postgresql&max=3')).toEqual({
			url: 'postgres://app@localhost/dpia?max=3',
			options: { host: '/var/run/postgresql', max: 3 }
		});
		expect(postgresTarget('postgres://app:pw@db.example:5433/dpia')).toEqual({ url: 'postgres://app:pw@db.example:5433/dpia', options: {} });
		// a host name in ?host= is no socket: left to postgres.js, which sends unknown parameters to the server
		expect(postgresTarget('postgres://app@localhost/dpia?host=db2').options).toEqual({});
		expect(postgresTarget('postgres://app@localhost/dpia?max=0').options).toEqual({});
		expect(postgresTarget('postgres://app@localhost/dpia?max=twee').options).toEqual({});
	});
});
