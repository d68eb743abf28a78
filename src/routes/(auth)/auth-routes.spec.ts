import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSession } from '$lib/server/auth/session';
import type { Database } from '$lib/server/db';
import { fakeEvent } from '$lib/server/testing/auth-event';
import { createTestDatabase } from '$lib/server/testing/db';
import { outcome as routeOutcome } from '$lib/server/testing/route-outcome';
import { actions as passwordActions, load as passwordLoad } from '../(app)/account/password/+page.server';
import { actions as loginActions, load as loginLoad } from './login/+page.server';
import { actions as setupActions, load as setupLoad } from './setup/+page.server';

const PASSWORD = 'een zin als wachtwoord';

type ActionValue = { status?: number; data?: { message?: string; errors?: Record<string, string> } };
const outcome = (run: () => unknown) => routeOutcome<ActionValue>(run);

describe('setup, login and password routes (sessions, logout and lockout: tests/integration/sessions.spec.ts)', () => {
	let database: Database;
	let db: Database['db'];

	beforeAll(async () => {
		database = await createTestDatabase();
		db = database.db;
	});
	afterAll(async () => {
		await database.close();
	});

	it('refuses a setup form with field messages and no echoed passwords', async () => {
		const form = { organisationName: 'Stichting Noord', slug: '', name: 'Anna', email: 'geen-adres', password: 'kort', passwordRepeat: 'anders' };
		const result = await outcome(() => setupActions.default!(fakeEvent(db, '/setup', { form }).event));
		expect(result.value?.status).toBe(400);
		expect(Object.keys(result.value?.data?.errors ?? {})).toEqual(expect.arrayContaining(['email', 'password']));
		expect(JSON.stringify(result.value?.data)).not.toContain('kort');
	});

	it('runs setup once, deriving the slug from the name, then answers 404', async () => {
		const form = { organisationName: 'Stichting Noord', slug: '', name: 'Anna Admin', email: 'admin@noord.test', password: PASSWORD, passwordRepeat: PASSWORD };
		expect(await outcome(() => setupActions.default!(fakeEvent(db, '/setup', { form }).event))).toEqual({ redirect: '/login?notice=setup' });
		expect(await outcome(() => setupLoad(fakeEvent(db, '/setup').event))).toEqual({ status: 404 });
		expect(await outcome(() => setupActions.default!(fakeEvent(db, '/setup', { form }).event))).toEqual({ status: 404 });
	});

	it('logs in, sets the session cookie and follows only a same-site next', async () => {
		const good = fakeEvent(db, '/login?next=%2Fo%2Fstichting-noord%2Fadmin%2Fusers', { form: { email: 'admin@noord.test', password: PASSWORD } });
		expect(await outcome(() => loginActions.default!(good.event))).toEqual({ redirect: '/o/stichting-noord/admin/users' });
		expect(await validateSession(db, good.jar.get('dpia_session')!)).not.toBeNull();

		const evil = fakeEvent(db, '/login?next=https%3A%2F%2Fevil.example', { form: { email: 'admin@noord.test', password: PASSWORD } });
		expect(await outcome(() => loginActions.default!(evil.event))).toEqual({ redirect: '/' });
	});

	it('answers a wrong password with one message that does not say whether the account exists', async () => {
		const known = await outcome(() => loginActions.default!(fakeEvent(db, '/login', { form: { email: 'admin@noord.test', password: 'fout' }, ip: '10.1.0.1' }).event));
		const unknown = await outcome(() => loginActions.default!(fakeEvent(db, '/login', { form: { email: 'wie@noord.test', password: 'fout' }, ip: '10.1.0.1' }).event));
		expect(known.value?.data?.message).toMatch(/e-mailadres of het wachtwoord klopt niet/);
		expect(unknown.value?.data?.message).toBe(known.value?.data?.message);
		expect(known.value?.status).toBe(400);
	});

	it('sends logged-in people away from the login page', async () => {
		const user = { id: 'x', name: 'X', email: 'x@noord.test', mustChangePassword: false };
		expect(await outcome(() => loginLoad(fakeEvent(db, '/login', { user }).event))).toEqual({ redirect: '/' });
	});

	it('keeps the password page open to someone who must change their password, and checks the current one', async () => {
		const [row] = await db.query.users.findMany({ where: (u, { eq }) => eq(u.email, 'admin@noord.test') });
		const user = { id: row!.id, name: row!.name, email: row!.email, mustChangePassword: true };
		const session = { id: 'current-session', userId: row!.id, lastVerifiedAt: new Date(), renewed: false };
		const page = await outcome(() => passwordLoad(fakeEvent(db, '/account/password', { user, session }).event));
		expect(page.value).toMatchObject({ forced: true, next: '/' });
		const wrong = await outcome(() =>
			passwordActions.default!(
				fakeEvent(db, '/account/password', { user, session, form: { currentPassword: 'niet-goed', newPassword: 'nieuw wachtwoord 2026', newPasswordRepeat: 'nieuw wachtwoord 2026' } }).event
			)
		);
		expect(wrong.value?.data?.errors).toEqual({ currentPassword: 'Het huidige wachtwoord klopt niet.' });
	});
});
