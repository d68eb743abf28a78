import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '$lib/domain/roles';
import { validateApiToken } from '$lib/server/auth/api-token';
import type { Database } from '$lib/server/db';
import { auditLog, organisations } from '$lib/server/db/schema';
import { createOrganisation, createUser, setMembership } from '$lib/server/services/accounts';
import { createTestDatabase } from '$lib/server/testing/db';
import type { FixtureUser } from '$lib/server/testing/lifecycle-fixture';
import { routeEvent } from '$lib/server/testing/route-event';
import { outcome } from '$lib/server/testing/route-outcome';
import { actions as settingsActions, load as settingsLoad } from './settings/+page.server';
import { actions as tokenActions, load as tokenLoad } from './tokens/+page.server';
import { actions as userActions, load as userLoad } from './users/+page.server';

type Person = FixtureUser;

const fakeEvent = (db: Database['db'], person: Person, slug: string, path: string, form?: Record<string, string>) =>
	routeEvent(db, `/o/${slug}/admin/${path}`, { person, params: { org: slug }, form });

type Failure = { status: number; data: { message?: string; errors: Record<string, string> } };

describe('organisation admin pages', () => {
	let database: Database;
	let db: Database['db'];
	const people = {} as Record<Role, Person>;
	let organisationId: string;

	beforeAll(async () => {
		database = await createTestDatabase();
		db = database.db;
		organisationId = (await createOrganisation(db, { name: 'Stichting Noord', slug: 'noord' })).id;
		for (const role of ['admin', 'editor', 'fg'] as const) {
			const user = await createUser(db, { email: `${role}@noord.test`, name: `${role} noord`, password: 'een-lang-wachtwoord' });
			await setMembership(db, { userId: user.id, organisationId, role });
			people[role] = user;
		}
	});
	afterAll(async () => {
		await database.close();
	});

	it('is for admins only: other roles get 403 on every page and action', async () => {
		for (const role of ['editor', 'fg'] as const) {
			expect(await outcome(() => userLoad(fakeEvent(db, people[role], 'noord', 'users')))).toEqual({ status: 403 });
			expect(await outcome(() => tokenLoad(fakeEvent(db, people[role], 'noord', 'tokens')))).toEqual({ status: 403 });
			expect(await outcome(() => settingsLoad(fakeEvent(db, people[role], 'noord', 'settings')))).toEqual({ status: 403 });
		}
		const form = { email: 'x@noord.test', name: 'X', role: 'admin' };
		expect(await outcome(() => userActions.add!(fakeEvent(db, people.editor, 'noord', 'users', form)))).toEqual({ status: 403 });
		expect(await outcome(() => tokenActions.create!(fakeEvent(db, people.fg, 'noord', 'tokens', { name: 'x', role: 'admin' })))).toEqual({ status: 403 });
	});

	it('invites by e-mail: the admin learns nothing about an account the address has in another board', async () => {
		const zuid = await createOrganisation(db, { name: 'Stichting Zuid', slug: 'zuid' });
		const elsewhere = await createUser(db, { email: 'fg@zuid.test', name: 'Fenna van Zuid', password: 'een-lang-wachtwoord' });
		await setMembership(db, { userId: elsewhere.id, organisationId: zuid.id, role: 'fg' });
		type Done = { done: string; temporaryPassword: string; person: { name: string; email: string } };
		const add = (email: string) => outcome<Done>(() => userActions.add!(fakeEvent(db, people.admin, 'noord', 'users', { email, name: 'Getypt', role: 'viewer' })));
		const existing = await add('FG@zuid.test');
		const fresh = await add('nieuw@noord.test');
		// the same answer for both, with only what was typed
		const shape = (r: typeof existing) => ({ done: r.value?.done, person: r.value?.person, password: /^[a-z2-9-]{19}$/.test(r.value?.temporaryPassword ?? '') });
		expect(shape(existing)).toEqual({ done: 'invited', person: { name: '', email: 'fg@zuid.test' }, password: true });
		expect(shape(fresh)).toEqual({ done: 'invited', person: { name: '', email: 'nieuw@noord.test' }, password: true });
		const page = await outcome<{ members: { email: string }[]; invited: { email: string; role: string }[] }>(() => userLoad(fakeEvent(db, people.admin, 'noord', 'users')));
		expect(page.value?.invited.map(({ email, role }) => ({ email, role }))).toEqual([
			{ email: 'fg@zuid.test', role: 'viewer' },
			{ email: 'nieuw@noord.test', role: 'viewer' }
		]);
		expect(page.value?.members.map((m) => m.email)).not.toContain('fg@zuid.test');
		const seen = JSON.stringify([existing, fresh, page]);
		expect(seen).not.toContain(elsewhere.id);
		expect(seen).not.toContain('Fenna');
		// the invitation can be taken back
		const id = (page.value?.invited as unknown as { id: string; email: string }[]).find((i) => i.email === 'nieuw@noord.test')!.id;
		const withdrawn = await outcome<Done>(() => userActions.withdraw!(fakeEvent(db, people.admin, 'noord', 'users', { invitationId: id })));
		expect(withdrawn.value).toMatchObject({ done: 'withdrawn', person: { email: 'nieuw@noord.test' } });
		const again = await outcome<Failure>(() => userActions.withdraw!(fakeEvent(db, people.admin, 'noord', 'users', { invitationId: id })));
		expect(again.value?.status).toBe(404);
	});

	it('keeps the typed values and marks the e-mail when the form is wrong', async () => {
		const result = await outcome<Failure & { data: { values: Record<string, string> } }>(() =>
			userActions.add!(fakeEvent(db, people.admin, 'noord', 'users', { email: 'geen-adres', name: 'Iemand', role: 'viewer' }))
		);
		expect(result.value?.status).toBe(400);
		expect(Object.keys(result.value?.data.errors ?? {})).toEqual(['email']);
		expect(result.value?.data.values.name).toBe('Iemand');
	});

	it('refuses to let the admin demote or deactivate themselves, with a message', async () => {
		const demote = await outcome<Failure>(() => userActions.role!(fakeEvent(db, people.admin, 'noord', 'users', { userId: people.admin.id, role: 'editor' })));
		expect(demote.value?.status).toBe(409);
		expect(demote.value?.data.message).toMatch(/eigen beheerdersrol/);
		const deactivate = await outcome<Failure>(() => userActions.deactivate!(fakeEvent(db, people.admin, 'noord', 'users', { userId: people.admin.id })));
		expect(deactivate.value?.data.message).toMatch(/uzelf niet deactiveren/);
	});

	it('creates an API token that works, shows it once, and revokes it', async () => {
		const created = await outcome<{ created: { name: string; token: string } }>(() =>
			tokenActions.create!(fakeEvent(db, people.admin, 'noord', 'tokens', { name: 'Rapportage', role: 'viewer' }))
		);
		const token = created.value!.created.token;
		expect((await validateApiToken(db, token))?.role).toBe('viewer');
		const page = await outcome<{ tokens: { id: string; name: string }[] }>(() => tokenLoad(fakeEvent(db, people.admin, 'noord', 'tokens')));
		expect(JSON.stringify(page.value)).not.toContain(token.split('.')[1]);
		const id = page.value!.tokens[0]!.id;
		expect(await outcome(() => tokenActions.revoke!(fakeEvent(db, people.admin, 'noord', 'tokens', { tokenId: id })))).toEqual({ value: { revoked: true } });
		expect(await validateApiToken(db, token)).toBeNull();
		const again = await outcome<Failure>(() => tokenActions.revoke!(fakeEvent(db, people.admin, 'noord', 'tokens', { tokenId: id })));
		expect(again.value?.status).toBe(404);
	});

	it('saves the policy switches from checkboxes (absent means off) and audits the change', async () => {
		const result = await outcome<{ changed: string[] }>(() =>
			settingsActions.policy!(fakeEvent(db, people.admin, 'noord', 'settings', { 'S-1': 'on', 'S-2': 'on', 'S-4': 'on' }))
		);
		expect(result.value).toEqual({ changed: ['S-3'] });
		const [org] = await db.select({ policy: organisations.policy }).from(organisations).where(eq(organisations.id, organisationId));
		expect(org?.policy['S-3']).toBe(false);
		const entries = await db
			.select({ actor: auditLog.actorUserId })
			.from(auditLog)
			.where(and(eq(auditLog.entity, 'setting'), eq(auditLog.entityId, 'policy.S-3')));
		expect(entries).toEqual([{ actor: people.admin.id }]);
	});
});
