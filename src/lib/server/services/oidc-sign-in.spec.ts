import { createServer } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalidateUserSessions, validateSession } from '../auth/session';
import type { Database, Db } from '../db';
import { auditLog, memberships, users } from '../db/schema';
import { createTestDatabase } from '../testing/db';
import { followToCallback, startTestProvider, type TestProvider } from '../testing/oidc-test-provider';
import { startTinyIssuer, type TinyIssuer } from '../testing/oidc-tiny-issuer';
import { createOrganisation, createUser, setMembership } from './accounts';
import { finishSignIn, startSignIn } from './oidc-sign-in';
import { logIn } from './sign-in';
import { saveProvider } from './sign-in-providers';

const REDIRECT = 'http://localhost:5173/login/oidc/callback';
const PASSWORD = 'correct-paard-batterij';
const actor = { userId: null, label: 'test' };

/** A loopback port nobody listens on: a provider that is down. */
async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

describe('sign-in with a school account against a real OpenID provider', () => {
	let database: Database;
	let db: Db;
	let provider: TestProvider;
	let tiny: TinyIssuer;
	let orgId: string;

	const configure = (issuer: { issuer: string; clientId: string; clientSecret: string }, extra: { createAccounts?: boolean; passwordLoginOff?: boolean; allowedDomains?: string } = {}) =>
		saveProvider(db, { organisationId: orgId, actor }, {
			kind: 'issuer',
			issuer: issuer.issuer,
			tenant: '',
			hostedDomain: '',
			clientId: issuer.clientId,
			clientSecret: issuer.clientSecret,
			allowedDomains: extra.allowedDomains ?? 'school.nl',
			createAccounts: extra.createAccounts ?? false,
			passwordLoginOff: extra.passwordLoginOff ?? false
		});

	async function signIn(email: string) {
		const start = await startSignIn(db, { slug: 'noord', redirectUri: REDIRECT, loginHint: email });
		if (!start.ok) throw new Error(`start refused: ${start.reason}`);
		const callbackUrl = await followToCallback(start.url, REDIRECT);
		const input = { callbackUrl, cookieState: start.state, ip: '10.0.0.1' };
		return { input, result: await finishSignIn(db, input) };
	}

	beforeAll(async () => {
		database = await createTestDatabase();
		db = database.db;
		orgId = (await createOrganisation(db, { name: 'Stichting Noord', slug: 'noord' })).id;
		const people: [string, string, boolean][] = [
			['admin@school.nl', 'admin', true],
			['ann@school.nl', 'editor', true],
			['bob@school.nl', 'editor', false],
			['carol@school.nl', 'viewer', true]
		];
		for (const [email, role, active] of people) {
			const user = await createUser(db, { email, name: email.split('@')[0]!, password: PASSWORD });
			await setMembership(db, { userId: user.id, organisationId: orgId, role: role as 'admin' });
			if (!active) await db.update(users).set({ active: false }).where(eq(users.id, user.id));
		}
		provider = await startTestProvider({ redirectUris: [REDIRECT] });
		for (const email of ['admin@school.nl', 'ann@school.nl', 'bob@school.nl', 'nieuw@school.nl', 'dave@elders.nl'])
			provider.accounts.set(email, { email, email_verified: true, name: `Naam ${email}` });
		provider.accounts.set('carol@school.nl', { email: 'carol@school.nl', email_verified: false });
		tiny = await startTinyIssuer();
		await configure(provider);
	});
	afterAll(async () => {
		await provider?.close();
		await tiny?.close();
		await database?.close();
	});

	it('signs a member in with an ordinary session of the app, which logout ends', async () => {
		const { result } = await signIn('ann@school.nl');
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const session = await validateSession(db, result.token);
		expect(session?.user.email).toBe('ann@school.nl');
		expect(session?.memberships.map((m) => m.slug)).toEqual(['noord']);
		const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'login'), eq(auditLog.actorUserId, session!.user.id)));
		expect(entry?.after).toMatchObject({ method: 'oidc', issuer: provider.issuer });
		await invalidateUserSessions(db, session!.user.id);
		expect(await validateSession(db, result.token)).toBeNull();
	});

	it('refuses a replayed state, and a state from another browser', async () => {
		const { input, result } = await signIn('ann@school.nl');
		expect(result.ok).toBe(true);
		expect(await finishSignIn(db, input)).toEqual({ ok: false, reason: 'state' });

		const start = await startSignIn(db, { slug: 'noord', redirectUri: REDIRECT, loginHint: 'ann@school.nl' });
		if (!start.ok) throw new Error(start.reason);
		const callbackUrl = await followToCallback(start.url, REDIRECT);
		expect(await finishSignIn(db, { callbackUrl, cookieState: 'a-state-of-another-browser', ip: '10.0.0.1' })).toEqual({ ok: false, reason: 'state' });
		expect(await finishSignIn(db, { callbackUrl, cookieState: undefined, ip: '10.0.0.1' })).toEqual({ ok: false, reason: 'state' });
	});

	it('refuses an address the provider does not confirm', async () => {
		expect((await signIn('carol@school.nl')).result).toEqual({ ok: false, reason: 'email_not_verified' });
	});

	it('refuses a domain the board does not allow, even with account creation on', async () => {
		await configure(provider, { createAccounts: true });
		expect((await signIn('dave@elders.nl')).result).toEqual({ ok: false, reason: 'domain_not_allowed' });
		expect(await db.select().from(users).where(eq(users.email, 'dave@elders.nl'))).toEqual([]);
	});

	it('keeps a deactivated member out', async () => {
		expect((await signIn('bob@school.nl')).result).toMatchObject({ ok: false, reason: 'inactive' });
	});

	it('finds only existing members unless the board creates accounts, and then as viewer', async () => {
		await configure(provider, { createAccounts: false });
		expect((await signIn('nieuw@school.nl')).result).toMatchObject({ ok: false, reason: 'not_member' });
		await configure(provider, { createAccounts: true });
		const { result } = await signIn('nieuw@school.nl');
		expect(result.ok).toBe(true);
		const [user] = await db.select().from(users).where(eq(users.email, 'nieuw@school.nl'));
		const [membership] = await db.select().from(memberships).where(eq(memberships.userId, user!.id));
		expect(membership?.role).toBe('viewer');
		expect(user?.name).toBe('Naam nieuw@school.nl');
		// Nobody knows the new account's password.
		expect((await logIn(db, { email: 'nieuw@school.nl', password: '', ip: '10.0.0.1' })).ok).toBe(false);
		await configure(provider, { createAccounts: false });
	});

	describe('ID tokens the library must refuse (a second issuer that signs them)', () => {
		beforeAll(async () => {
			await configure(tiny);
		});
		afterAll(async () => {
			await configure(provider);
		});

		it('accepts its well-formed token, so the refusals below are about the fault alone', async () => {
			tiny.fault = 'none';
			expect((await signIn('ann@school.nl')).result.ok).toBe(true);
		});

		it.each(['wrong_audience', 'expired', 'nonce_mismatch'] as const)('refuses a token with %s', async (fault) => {
			tiny.fault = fault;
			expect((await signIn('ann@school.nl')).result).toEqual({ ok: false, reason: 'token_invalid' });
		});
	});

	describe('a provider that is down', () => {
		it('says so at the start, and in the middle of a sign-in', async () => {
			await configure({ ...provider, issuer: `http://127.0.0.1:${await closedPort()}` });
			expect(await startSignIn(db, { slug: 'noord', redirectUri: REDIRECT })).toEqual({ ok: false, reason: 'provider_down' });

			await configure(provider);
			const start = await startSignIn(db, { slug: 'noord', redirectUri: REDIRECT, loginHint: 'ann@school.nl' });
			if (!start.ok) throw new Error(start.reason);
			const callbackUrl = await followToCallback(start.url, REDIRECT);
			await configure({ ...provider, issuer: `http://127.0.0.1:${await closedPort()}` });
			expect(await finishSignIn(db, { callbackUrl, cookieState: start.state, ip: '10.0.0.1' })).toEqual({ ok: false, reason: 'provider_down' });
		});

		it('leaves password login to admins when the board switched it off for members', async () => {
			await configure(provider, { passwordLoginOff: true });
			expect((await logIn(db, { email: 'admin@school.nl', password: PASSWORD, ip: '10.0.0.2' })).ok).toBe(true);
			expect(await logIn(db, { email: 'ann@school.nl', password: PASSWORD, ip: '10.0.0.2' })).toEqual({ ok: false, reason: 'sso_only' });
			await configure(provider, { passwordLoginOff: false });
			expect((await logIn(db, { email: 'ann@school.nl', password: PASSWORD, ip: '10.0.0.2' })).ok).toBe(true);
		});
	});
});
