import { isRedirect } from '@sveltejs/kit';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db';
import { createOrganisation } from '$lib/server/services/accounts';
import { saveProvider } from '$lib/server/services/sign-in-providers';
import { fakeEvent } from '$lib/server/testing/auth-event';
import { createTestDatabase } from '$lib/server/testing/db';
import { GET } from './callback/+server';
import { GET as START } from './start/+server';
import { actions, load } from './+page.server';

const submit = actions.default!;
type Failure = { status: number; data: { errors: Record<string, string>; message?: string } };

async function redirectOf(run: () => unknown): Promise<string> {
	try {
		await run();
	} catch (thrown) {
		if (isRedirect(thrown)) return thrown.location;
		throw thrown;
	}
	throw new Error('no redirect');
}

describe('login with a school account: start and callback routes', () => {
	let database: Database;

	beforeAll(async () => {
		database = await createTestDatabase();
		const organisationId = (await createOrganisation(database.db, { name: 'Stichting Noord', slug: 'noord' })).id;
		// A provider that is down: nothing listens on this loopback port.
		const probe = createServer();
		await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
		const { port } = probe.address() as { port: number };
		await new Promise((resolve) => probe.close(resolve));
		await saveProvider(database.db, { organisationId, actor: { userId: null, label: 'test' } }, {
			kind: 'issuer',
			issuer: `http://127.0.0.1:${port}`,
			tenant: '',
			hostedDomain: '',
			clientId: 'dpia',
			clientSecret: 'geheim',
			allowedDomains: 'noord.nl',
			createAccounts: false,
			passwordLoginOff: false
		});
	});
	afterAll(async () => {
		await database.close();
	});

	it('tells a person whose domain has no school-account login to use the password', async () => {
		const { event } = fakeEvent(database.db, '/login/oidc', { form: { email: 'ann@elders.nl' } });
		const failure = (await submit(event)) as Failure;
		expect(failure.status).toBe(400);
		expect(failure.data.errors.email).toMatch(/niet ingesteld/);
	});

	it('finds the board by the e-mail domain', async () => {
		const { event } = fakeEvent(database.db, '/login/oidc', { form: { email: 'Ann@Noord.nl' } });
		expect(await submit(event)).toEqual({ choices: [{ slug: 'noord', name: 'Stichting Noord', label: expect.stringMatching(/^127\.0\.0\.1:/) }] });
	});

	it('says clearly that the provider is down, and sets no state', async () => {
		const { event, jar } = fakeEvent(database.db, '/login/oidc/start?org=noord');
		const location = await redirectOf(() => START(event));
		expect(location).toBe('/login/oidc?org=noord&error=provider_down');
		expect(jar.size).toBe(0);
		const page = (await load(fakeEvent(database.db, location).event)) as { error: string };
		expect(page.error).toMatch(/niet bereikbaar/);
		expect(await redirectOf(() => START(fakeEvent(database.db, '/login/oidc/start?org=zuid').event))).toBe('/login/oidc?org=zuid&error=not_configured');
	});

	it('shows a board its own button by its link, and nothing for an unknown board', async () => {
		expect((await load(fakeEvent(database.db, '/login/oidc?org=noord').event)) as unknown).toMatchObject({ board: { slug: 'noord', label: expect.stringMatching(/^127\.0\.0\.1:/) }, error: null });
		expect((await load(fakeEvent(database.db, '/login/oidc?org=zuid&error=state').event)) as unknown).toMatchObject({ board: null, error: expect.stringMatching(/verlopen/) });
	});

	it('sends a callback without a known state back to the login with the reason', async () => {
		const { event } = fakeEvent(database.db, '/login/oidc/callback?code=abc&state=made-up');
		expect(await redirectOf(() => GET(event))).toBe('/login/oidc?error=state');
	});
});
