import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../db';
import { auditLog, organisations } from '../db/schema';
import { createTestDatabase } from '../testing/db';
import { createOrganisation } from './accounts';
import { updatePolicy } from './policy-settings';

describe('board policy settings', () => {
	let database: Database;
	let db: Db;
	let organisationId: string;
	const actor = { userId: null, label: 'Beheer Noord' };

	beforeAll(async () => {
		database = await createTestDatabase();
		db = database.db;
		organisationId = (await createOrganisation(db, { name: 'Stichting Noord', slug: 'noord' })).id;
	});
	afterAll(async () => {
		await database.close();
	});

	async function settingEntries() {
		return db
			.select({ entityId: auditLog.entityId, before: auditLog.before, after: auditLog.after })
			.from(auditLog)
			.where(and(eq(auditLog.organisationId, organisationId), eq(auditLog.entity, 'setting')))
			.orderBy(auditLog.id);
	}

	it('stores the switches and writes one audit entry per trigger that changed', async () => {
		const changed = await updatePolicy(db, { organisationId, actor }, { 'S-1': true, 'S-2': false, 'S-3': true, 'S-4': false });
		expect(changed).toEqual(['S-2', 'S-4']);
		const [org] = await db.select({ policy: organisations.policy }).from(organisations).where(eq(organisations.id, organisationId));
		expect(org?.policy).toEqual({ 'S-1': true, 'S-2': false, 'S-3': true, 'S-4': false });
		expect(await settingEntries()).toEqual([
			{ entityId: 'policy.S-2', before: { enabled: true }, after: { enabled: false } },
			{ entityId: 'policy.S-4', before: { enabled: true }, after: { enabled: false } }
		]);
	});

	it('writes nothing when nothing changed', async () => {
		const changed = await updatePolicy(db, { organisationId, actor }, { 'S-1': true, 'S-2': false, 'S-3': true, 'S-4': false });
		expect(changed).toEqual([]);
		expect(await settingEntries()).toHaveLength(2);
	});

	it('switches a trigger back on', async () => {
		expect(await updatePolicy(db, { organisationId, actor }, { 'S-1': true, 'S-2': true, 'S-3': true, 'S-4': false })).toEqual(['S-2']);
		expect((await settingEntries()).at(-1)).toEqual({ entityId: 'policy.S-2', before: { enabled: false }, after: { enabled: true } });
	});
});
