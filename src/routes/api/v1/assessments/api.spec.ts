import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, validateApiToken, type ApiPrincipal } from '$lib/server/auth/api-token';
import type { Database } from '$lib/server/db';
import { apiTokens } from '$lib/server/db/schema';
import { createTestDatabase } from '$lib/server/testing/db';
import { lifecycleFixture, newAssessment } from '$lib/server/testing/lifecycle-fixture';
import { GET as getOne } from './[id=uuid]/+server';
import { GET as getList } from './+server';

type Fixture = Awaited<ReturnType<typeof lifecycleFixture>>;

describe('/api/v1/assessments', () => {
	let database: Database;
	let noord: Fixture;
	let zuid: Fixture;
	let principal: ApiPrincipal;

	type EventUser = { id: string; name: string; mustChangePassword?: boolean };
	function event(opts: { principal?: ApiPrincipal | null; user?: EventUser | null; org?: string; id?: string; search?: string; language?: string }) {
		const headers = new Headers(opts.org ? { 'x-organisation': opts.org } : {});
		if (opts.language) headers.set('accept-language', opts.language);
		return {
			locals: { db: database.db, apiPrincipal: opts.principal ?? null, user: opts.user ?? null },
			request: new Request('http://x/api', { headers }),
			url: new URL(`http://x/api/v1/assessments${opts.search ?? ''}`),
			params: { id: opts.id ?? '' }
		} as never;
	}
	const body = async (res: Response) => ({ status: res.status, json: await res.json() });

	beforeAll(async () => {
		database = await createTestDatabase();
		noord = await lifecycleFixture(database.db, 'stichting-noord');
		zuid = await lifecycleFixture(database.db, 'stichting-zuid');
		await newAssessment(database.db, noord.organisation.id, noord.people.editor.id, 'Parro');
		await newAssessment(database.db, noord.organisation.id, noord.people.editor.id, 'Google Workspace');
		const { token } = await createApiToken(database.db, { organisationId: noord.organisation.id, name: 'register-sync', role: 'viewer', createdBy: null });
		principal = (await validateApiToken(database.db, token))!;
	});
	afterAll(async () => {
		await database.close();
	});

	it('lists the token organisation’s DPIAs, paginated', async () => {
		const first = await body(await getList(event({ principal, search: '?per_page=2' })));
		expect(first.status).toBe(200);
		expect(first.json.meta).toEqual({ page: 1, perPage: 2, total: 3, pages: 2 });
		expect(first.json.data.map((a: { processing: { name: string } }) => a.processing.name)).toEqual(['Google Workspace', 'Parro']);
		const second = await body(await getList(event({ principal, search: '?per_page=2&page=2' })));
		expect(second.json.data.map((a: { processing: { name: string } }) => a.processing.name)).toEqual(['Snappet']);
		const bad = await body(await getList(event({ principal, search: '?per_page=1000' })));
		expect(bad).toMatchObject({ status: 400, json: { error: { code: 'invalid_paging' } } });
	});

	it('returns one DPIA in the exchange format', async () => {
		const res = await body(await getOne(event({ principal, id: noord.assessment.id })));
		expect(res.status).toBe(200);
		expect(res.json.formatVersion).toBe(1);
		expect(res.json.processing.name).toBe('Snappet');
	});

	it('answers 404 for another organisation’s DPIA', async () => {
		const res = await body(await getOne(event({ principal, id: zuid.assessment.id })));
		// no Accept-Language: the app's default language, Dutch
		expect(res).toEqual({ status: 404, json: { error: { code: 'not_found', message: 'Niet gevonden.' } } });
	});

	it('answers 401 without credentials; a revoked token is no credential', async () => {
		expect((await body(await getList(event({})))).status).toBe(401);
		const { token, id } = await createApiToken(database.db, { organisationId: noord.organisation.id, name: 'old', role: 'viewer', createdBy: null });
		await database.db.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, id));
		const revoked = await validateApiToken(database.db, token);
		expect(revoked).toBeNull();
		const res = await body(await getList(event({ principal: revoked })));
		expect(res).toMatchObject({ status: 401, json: { error: { code: 'unauthorized' } } });
	});

	it('accepts a session with X-Organisation, and 404s an organisation the user is not in', async () => {
		const user = { id: noord.people.fg.id, name: noord.people.fg.name };
		expect((await getList(event({ user, org: 'stichting-noord' }))).status).toBe(200);
		expect((await getList(event({ user, org: 'stichting-zuid' }))).status).toBe(404);
		expect((await body(await getList(event({ user })))).json.error.code).toBe('organisation_required');
		const gmr = { id: noord.people.gmr.id, name: noord.people.gmr.name };
		expect((await getList(event({ user: gmr, org: 'stichting-noord' }))).status).toBe(403);
	});

	it('refuses a session still on a temporary password, as the pages do, in the request’s language', async () => {
		const user = { id: noord.people.fg.id, name: noord.people.fg.name, mustChangePassword: true };
		const nl = await body(await getList(event({ user, org: 'stichting-noord', language: 'nl-NL,nl;q=0.9' })));
		expect(nl.status).toBe(403);
		expect(nl.json.error.code).toBe('password_change_required');
		expect(nl.json.error.message).toContain('tijdelijk wachtwoord');
		expect(nl.json).not.toHaveProperty('data');
		const en = await body(await getOne(event({ user, org: 'stichting-noord', id: noord.assessment.id, language: 'en-GB' })));
		expect(en).toMatchObject({ status: 403, json: { error: { code: 'password_change_required', message: expect.stringContaining('temporary password') } } });
	});
});
