import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOf } from '$lib/server/audit';
import type { Database } from '$lib/server/db';
import { users } from '$lib/server/db/schema';
import { createOrganisation, createUser, setMembership } from '$lib/server/services/accounts';
import { invite } from '$lib/server/services/invitations';
import { listMembers } from '$lib/server/services/users-admin';
import { fakeEvent } from '$lib/server/testing/auth-event';
import { createTestDatabase } from '$lib/server/testing/db';
import { outcome } from '$lib/server/testing/route-outcome';
import { actions as loginActions } from '../../../(auth)/login/+page.server';
import { load as frontDoor } from '../../../+page.server';
import { actions, load } from './+page.server';

const PASSWORD = 'een-lang-wachtwoord';

describe('answering invitations at login', () => {
	let database: Database;
	let db: Database['db'];
	let noord: { id: string };
	let fg: { id: string; email: string; name: string; mustChangePassword: boolean };
	let temporary: string;

	beforeAll(async () => {
		database = await createTestDatabase();
		db = database.db;
		noord = await createOrganisation(db, { name: 'Stichting Noord', slug: 'noord' });
		const zuid = await createOrganisation(db, { name: 'Stichting Zuid', slug: 'zuid' });
		const admin = await createUser(db, { email: 'admin@noord.test', name: 'Admin', password: PASSWORD });
		await setMembership(db, { userId: admin.id, organisationId: noord.id, role: 'admin' });
		fg = await createUser(db, { email: 'fg@zuid.test', name: 'Fenna', password: PASSWORD });
		await setMembership(db, { userId: fg.id, organisationId: zuid.id, role: 'fg' });
		const scope = { organisationId: noord.id, userId: admin.id, actor: actorOf(admin) };
		await invite(db, scope, { email: 'fg@zuid.test', name: '', role: 'fg' });
		temporary = (await invite(db, scope, { email: 'nieuw@noord.test', name: 'Nieuw', role: 'viewer' })).temporaryPassword!;
	});
	afterAll(async () => {
		await database.close();
	});

	it('sends a person with a pending invitation to answer it after logging in, keeping where they were going', async () => {
		const login = fakeEvent(db, '/login?next=%2Fo%2Fzuid', { form: { email: 'fg@zuid.test', password: PASSWORD } });
		expect(await outcome(() => loginActions.default!(login.event))).toEqual({ redirect: '/account/invitations?next=%2Fo%2Fzuid' });
		const page = await outcome(() => load(fakeEvent(db, '/account/invitations?next=%2Fo%2Fzuid', { user: fg }).event));
		expect(page.value).toEqual({ invitations: [{ id: expect.any(String), organisation: 'Stichting Noord', role: 'fg' }], next: '/o/zuid' });
	});

	it('accepting makes the person a member; a second answer or a stranger finds it gone', async () => {
		const page = (await outcome(() => load(fakeEvent(db, '/account/invitations', { user: fg }).event))).value as { invitations: { id: string }[] };
		const id = page.invitations[0]!.id;
		const stranger = { ...fg, id: '00000000-0000-4000-8000-000000000000', email: 'iemand@elders.test' };
		const refused = await outcome(() => actions.accept!(fakeEvent(db, '/account/invitations?/accept', { user: stranger, form: { invitationId: id } }).event));
		expect(refused.value).toMatchObject({ status: 404 });
		const accepted = await outcome(() => actions.accept!(fakeEvent(db, '/account/invitations?/accept', { user: fg, form: { invitationId: id } }).event));
		expect(accepted.value).toEqual({ answered: 'U bent nu lid van Stichting Noord.' });
		expect((await listMembers(db, noord.id)).find((m) => m.id === fg.id)).toMatchObject({ name: 'Fenna', role: 'fg' });
		const again = await outcome(() => actions.decline!(fakeEvent(db, '/account/invitations?/decline', { user: fg, form: { invitationId: id } }).event));
		expect(again.value).toMatchObject({ status: 404 });
		const bad = await outcome(() => actions.accept!(fakeEvent(db, '/account/invitations?/accept', { user: fg, form: { invitationId: 'geen-id' } }).event));
		expect(bad.value).toMatchObject({ status: 400 });
	});

	it('a new address logs in with the temporary password, changes it, and the front door leads to the invitation', async () => {
		const login = fakeEvent(db, '/login', { form: { email: 'nieuw@noord.test', password: temporary } });
		expect(await outcome(() => loginActions.default!(login.event))).toEqual({ redirect: '/account/password' });
		const [account] = await db.select().from(users).where(eq(users.email, 'nieuw@noord.test'));
		const newcomer = { id: account!.id, email: account!.email, name: account!.name, mustChangePassword: true };
		// not a member before answering, and while still on the temporary password the invitations wait
		expect((await listMembers(db, noord.id)).map((m) => m.email)).not.toContain('nieuw@noord.test');
		expect(await outcome(() => load(fakeEvent(db, '/account/invitations', { user: newcomer }).event))).toEqual({ redirect: '/account/password' });
		const ready = { ...newcomer, mustChangePassword: false };
		expect(await outcome(() => frontDoor(fakeEvent(db, '/', { user: ready }).event))).toEqual({ redirect: '/account/invitations' });
	});
});
