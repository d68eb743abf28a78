import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, validateApiToken, type ApiPrincipal } from '$lib/server/auth/api-token';
import type { Database } from '$lib/server/db';
import { organisations } from '$lib/server/db/schema';
import { createTestDatabase } from '$lib/server/testing/db';
import { lifecycleFixture } from '$lib/server/testing/lifecycle-fixture';
import { POST } from './+server';

describe('POST /api/v1/prescan', () => {
	let database: Database;
	let fx: Awaited<ReturnType<typeof lifecycleFixture>>;
	let editorToken: ApiPrincipal;
	let viewerToken: ApiPrincipal;

	const call = async (body: unknown, opts: { principal?: ApiPrincipal | null; user?: { id: string; name: string; mustChangePassword?: boolean }; lang?: string } = {}) => {
		const headers = new Headers({ 'content-type': 'application/json', ...(opts.lang ? { 'accept-language': opts.lang } : {}) });
		if (opts.user) headers.set('x-organisation', 'stichting-noord');
		const event = {
			locals: { db: database.db, apiPrincipal: opts.principal ?? null, user: opts.user ?? null },
			request: new Request('http://x/api/v1/prescan', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) })
		} as never;
		const res = await POST(event);
		return { status: res.status, json: await res.json() };
	};

	beforeAll(async () => {
		database = await createTestDatabase();
		fx = await lifecycleFixture(database.db);
		const principal = async (role: 'editor' | 'viewer') =>
			(await validateApiToken(database.db, (await createApiToken(database.db, { organisationId: fx.organisation.id, name: role, role, createdBy: null })).token))!;
		editorToken = await principal('editor');
		viewerToken = await principal('viewer');
	});
	afterAll(async () => {
		await database.close();
	});

	it('answers the §10 result for an API token', async () => {
		const res = await call({ subjects: ['leerling_lt16'], apList: ['AP-09'], policy: ['S-3'] }, { principal: editorToken });
		expect(res.status).toBe(200);
		expect(res.json).toEqual({
			outcome: 'mandatory',
			criteriaMet: ['C7'],
			reasons: [
				{ id: 'AP-09', source: 'ap-list', effect: 'mandatory' },
				{ id: 'S-3', source: 'policy', effect: 'mandatory' },
				{ id: 'C7', source: 'wp248', effect: 'criterion', derived: true }
			],
			flags: []
		});
	});

	it('works for a logged-in editor with the organisation header', async () => {
		const res = await call({ criteria: ['C5'] }, { user: { id: fx.people.editor.id, name: 'Eva' } });
		expect(res).toMatchObject({ status: 200, json: { outcome: 'recommended' } });
	});

	it('answers 400 with the offending field and value', async () => {
		const res = await call({ apList: ['AP-77'], highRiskAi: 1 }, { principal: editorToken, lang: 'en' });
		expect(res.status).toBe(400);
		expect(res.json.error.code).toBe('invalid_input');
		expect(res.json.error.fields).toEqual([
			{ field: 'apList[0]', message: expect.stringContaining('unknown value "AP-77"') },
			{ field: 'highRiskAi', message: 'expected boolean, got 1' }
		]);
		expect((await call('{not json', { principal: editorToken })).status).toBe(400);
	});

	it('refuses roles without the pre-scan right and anonymous callers', async () => {
		expect((await call({}, { principal: viewerToken })).status).toBe(403);
		expect((await call({}, {})).status).toBe(401);
	});

	it('applies the organisation’s policy when the input leaves it out', async () => {
		await database.db.update(organisations).set({ policy: { 'S-1': true, 'S-2': true, 'S-3': false, 'S-4': true } }).where(eq(organisations.id, fx.organisation.id));
		const res = await call({ policy: ['S-3'] }, { principal: editorToken });
		expect(res.json).toMatchObject({ outcome: 'not_required', reasons: [] });
		const explicit = await call({ policy: ['S-3'], organisationPolicy: { 'S-3': true } }, { principal: editorToken });
		expect(explicit.json.outcome).toBe('mandatory');
	});

	it('refuses a session still on a temporary password', async () => {
		const res = await call({ criteria: ['C5'] }, { user: { id: fx.people.editor.id, name: 'Eva', mustChangePassword: true }, lang: 'en' });
		expect(res.status).toBe(403);
		expect(res.json.error.code).toBe('password_change_required');
	});
});
