import { isHttpError } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db';
import { auditLog, signInProviders } from '$lib/server/db/schema';
import { createOrganisation, createUser, setMembership } from '$lib/server/services/accounts';
import { createTestDatabase } from '$lib/server/testing/db';
import type { FixtureUser } from '$lib/server/testing/lifecycle-fixture';
import { routeEvent } from '$lib/server/testing/route-event';
import { actions, load } from './+page.server';

type Person = FixtureUser;
type Failure = { status: number; data: { values: Record<string, string>; errors: Record<string, string> } };

const event = (db: Database['db'], person: Person, form?: Record<string, string>) =>
	routeEvent(db, '/o/noord/admin/sign-in', { person, params: { org: 'noord' }, form });

const save = actions.save!;
const remove = actions.remove!;
const SECRET = 'zeer-geheim-clientgeheim-42';
const valid = { kind: 'entra', tenant: '72F988BF-86F1-41AF-91AB-2D7CD011DB47', clientId: 'app-123', allowedDomains: 'noord.nl, @Noord-School.nl' };

describe('admin page: sign-in with a school account', () => {
	let database: Database;
	let db: Database['db'];
	let admin: Person;
	let editor: Person;
	const key = process.env.OIDC_SECRET_KEY;

	beforeAll(async () => {
		process.env.OIDC_SECRET_KEY = 'test-server-key';
		database = await createTestDatabase();
		db = database.db;
		const organisationId = (await createOrganisation(db, { name: 'Stichting Noord', slug: 'noord' })).id;
		admin = await createUser(db, { email: 'admin@noord.nl', name: 'Ada', password: 'een-lang-wachtwoord' });
		editor = await createUser(db, { email: 'editor@noord.nl', name: 'Eddy', password: 'een-lang-wachtwoord' });
		await setMembership(db, { userId: admin.id, organisationId, role: 'admin' });
		await setMembership(db, { userId: editor.id, organisationId, role: 'editor' });
	});
	afterAll(async () => {
		process.env.OIDC_SECRET_KEY = key;
		await database.close();
	});

	it('is for admins only', async () => {
		await expect(load(event(db, editor) as never)).rejects.toSatisfy((e) => isHttpError(e) && e.status === 403);
		await expect(save(event(db, editor, { ...valid, clientSecret: SECRET }) as never)).rejects.toSatisfy((e) => isHttpError(e) && e.status === 403);
	});

	it('names each wrong field and keeps what was typed, but never the secret', async () => {
		const failure = (await save(event(db, admin, { ...valid, tenant: 'contoso.nl', allowedDomains: 'noord.nl, geen domein', clientSecret: SECRET }) as never)) as Failure;
		expect(failure.status).toBe(400);
		expect(Object.keys(failure.data.errors).sort()).toEqual(['allowedDomains', 'tenant']);
		expect(failure.data.values.clientId).toBe('app-123');
		expect(JSON.stringify(failure)).not.toContain(SECRET);

		const http = (await save(event(db, admin, { ...valid, kind: 'issuer', issuer: 'http://id.noord.nl', clientSecret: SECRET }) as never)) as Failure;
		expect(http.data.errors.issuer).toMatch(/https/);
		const noSecret = (await save(event(db, admin, valid) as never)) as Failure;
		expect(Object.keys(noSecret.data.errors)).toEqual(['clientSecret']);
	});

	it('saves with the secret sealed, never shows it again, and keeps it when the field is left empty', async () => {
		expect(await save(event(db, admin, { ...valid, clientSecret: SECRET }) as never)).toEqual({ saved: true });
		const [row] = await db.select().from(signInProviders);
		expect(row).toMatchObject({ kind: 'entra', issuer: 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0', allowedDomains: ['noord.nl', 'noord-school.nl'], createAccounts: false, passwordLoginOff: false });
		expect(row!.clientSecret.startsWith('v1:')).toBe(true);
		expect(row!.clientSecret).not.toContain(SECRET);

		const page = (await load(event(db, admin) as never)) as { provider: unknown; redirectUri: string };
		expect(JSON.stringify(page)).not.toContain(row!.clientSecret);
		expect(page.provider).toMatchObject({ hasSecret: true, label: 'Microsoft' });
		expect(page.redirectUri).toBe('http://localhost/login/oidc/callback');

		await save(event(db, admin, { ...valid, createAccounts: 'on' }) as never);
		const [after] = await db.select().from(signInProviders);
		expect(after!.clientSecret).toBe(row!.clientSecret);
		expect(after!.createAccounts).toBe(true);

		const trail = await db.select().from(auditLog).where(eq(auditLog.entity, 'sign_in_provider'));
		expect(trail.map((e) => e.action)).toEqual(['create', 'update']);
		expect(trail.map((e) => (e.after as { secretReplaced: boolean }).secretReplaced)).toEqual([true, false]);
		expect(JSON.stringify(trail)).not.toContain(SECRET);
		expect(JSON.stringify(trail)).not.toContain(row!.clientSecret);
	});

	it('switches the sign-in off, with an audit entry', async () => {
		expect(await remove(event(db, admin, {}) as never)).toEqual({ removed: true });
		expect(await db.select().from(signInProviders)).toEqual([]);
		expect((await db.select().from(auditLog).where(eq(auditLog.action, 'delete'))).map((e) => e.entity)).toContain('sign_in_provider');
	});
});
