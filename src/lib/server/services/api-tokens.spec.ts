import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOf } from '../audit';
import { validateApiToken } from '../auth/api-token';
import type { Database, Db } from '../db';
import { auditLog, memberships } from '../db/schema';
import { createTestDatabase } from '../testing/db';
import { createOrganisation, createUser } from './accounts';
import { issueToken, listTokens, revokeToken, type TokenScope } from './api-tokens';

describe('API tokens', () => {
	let database: Database;
	let db: Db;
	let scope: TokenScope;
	let other: TokenScope;

	beforeAll(async () => {
		database = await createTestDatabase();
		db = database.db;
		const noord = await createOrganisation(db, { name: 'Stichting Noord', slug: 'noord' });
		const zuid = await createOrganisation(db, { name: 'Stichting Zuid', slug: 'zuid' });
		const admin = await createUser(db, { email: 'admin@noord.test', name: 'Beheer Noord', password: 'een-lang-wachtwoord' });
		await db.insert(memberships).values({ userId: admin.id, organisationId: noord.id, role: 'admin' });
		scope = { organisationId: noord.id, userId: admin.id, actor: actorOf(admin) };
		other = { organisationId: zuid.id, userId: admin.id, actor: actorOf(admin) };
	});
	afterAll(async () => {
		await database.close();
	});

	it('issues a token that authenticates with its role and organisation, and audits without the secret', async () => {
		const { id, token } = await issueToken(db, scope, { name: 'Koppeling SIS', role: 'viewer' });
		expect(token).toMatch(new RegExp(`^${id}\\.[a-z2-9]{24}$`));
		const principal = await validateApiToken(db, token);
		expect(principal).toMatchObject({ tokenId: id, name: 'Koppeling SIS', role: 'viewer', organisation: { slug: 'noord' } });
		const [entry] = await db.select().from(auditLog).where(eq(auditLog.entityId, id));
		expect(entry).toMatchObject({ action: 'create', entity: 'api_token', after: { name: 'Koppeling SIS', role: 'viewer' } });
		expect(JSON.stringify(entry)).not.toContain(token.split('.')[1]);
	});

	it('lists the tokens of the organisation with who made them and when one was last used', async () => {
		const list = await listTokens(db, scope.organisationId);
		expect(list).toHaveLength(1);
		expect(list[0]).toMatchObject({ name: 'Koppeling SIS', createdByName: 'Beheer Noord', revokedAt: null });
		expect(list[0]?.lastUsedAt).toBeInstanceOf(Date);
		expect(await listTokens(db, other.organisationId)).toEqual([]);
	});

	it('revokes a token so it no longer authenticates; only once, and only in its own organisation', async () => {
		const { id, token } = await issueToken(db, scope, { name: 'Export', role: 'editor' });
		expect(await revokeToken(db, other, id)).toBe(false);
		expect(await validateApiToken(db, token)).not.toBeNull();
		expect(await revokeToken(db, scope, id)).toBe(true);
		expect(await validateApiToken(db, token)).toBeNull();
		expect(await revokeToken(db, scope, id)).toBe(false);
		const entries = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, id));
		expect(entries.map((e) => e.action).sort()).toEqual(['create', 'revoke']);
	});
});
