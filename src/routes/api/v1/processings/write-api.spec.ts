import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, validateApiToken, type ApiPrincipal } from '$lib/server/auth/api-token';
import type { Database } from '$lib/server/db';
import { apiIdempotency, assessmentVersions, auditLog, measures, processings } from '$lib/server/db/schema';
import { reportFixture } from '$lib/server/pdf/testing/report-fixture';
import * as workflowRepo from '$lib/server/repo/workflow';
import { createTestDatabase } from '$lib/server/testing/db';
import { PATCH } from '../assessments/[id=uuid]/measures/[measureId=uuid]/+server';
import { POST } from './+server';

type Fixture = Awaited<ReturnType<typeof reportFixture>>;

describe('API writes: processings and measure status', () => {
	let database: Database;
	let noord: Fixture;
	let zuid: Fixture;
	const tokens = {} as Record<'editor' | 'viewer' | 'zuid', ApiPrincipal>;

	async function call(handler: typeof POST | typeof PATCH, url: string, body: unknown, principal: ApiPrincipal, headers: Record<string, string> = {}, params: Record<string, string> = {}) {
		const request = new Request(`http://x${url}`, { method: handler === POST ? 'POST' : 'PATCH', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
		const event = { locals: { db: database.db, apiPrincipal: principal, user: null }, request, url: new URL(request.url), params } as never;
		const response = await (handler as (e: never) => Promise<Response>)(event);
		return { status: response.status, json: (await response.json()) as Record<string, any>, replayed: response.headers.get('idempotent-replayed'), retryAfter: response.headers.get('retry-after') };
	}
	const create = (body: unknown, principal = tokens.editor, headers: Record<string, string> = {}) => call(POST, '/api/v1/processings', body, principal, headers);
	const setStatus = (fx: Fixture, measureId: string, body: unknown, principal = tokens.editor, headers: Record<string, string> = {}) =>
		call(PATCH, `/api/v1/assessments/${fx.assessment.id}/measures/${measureId}`, body, principal, headers, { id: fx.assessment.id, measureId });
	const measuresOf = async (fx: Fixture) => {
		const { version } = (await workflowRepo.currentOf(database.db, fx.organisation.id, fx.assessment.id))!;
		return database.db.select().from(measures).where(eq(measures.versionId, version.id));
	};

	beforeAll(async () => {
		database = await createTestDatabase();
		noord = await reportFixture(database.db, { slug: 'stichting-noord', risks: 1, measures: 2, draftLast: true });
		zuid = await reportFixture(database.db, { slug: 'stichting-zuid', risks: 1, measures: 1, draftLast: true });
		// frozen as sign-off leaves it (without rendering its reports, which this test does not need)
		const { version } = (await workflowRepo.currentOf(database.db, zuid.organisation.id, zuid.assessment.id))!;
		await database.db.update(assessmentVersions).set({ frozenAt: new Date() }).where(eq(assessmentVersions.id, version.id));
		const token = async (fx: Fixture, role: 'editor' | 'viewer') =>
			(await validateApiToken(database.db, (await createApiToken(database.db, { organisationId: fx.organisation.id, name: role, role, createdBy: null })).token))!;
		tokens.editor = await token(noord, 'editor');
		tokens.viewer = await token(noord, 'viewer');
		tokens.zuid = await token(zuid, 'editor');
	}, 120_000);
	afterAll(async () => {
		await database.close();
	});

	const camera = { name: 'Camera’s op het schoolplein', vendor: 'Beeld BV', prescan: { subjects: ['leerling_lt16'], yes: ['monitoring'], serviceMainlyForMinors: true } };

	it('registers a processing with its pre-scan, as the forms do, and keeps it in the audit trail', async () => {
		const res = await create(camera);
		expect(res.status).toBe(201);
		expect(res.json).toMatchObject({ name: camera.name, vendor: 'Beeld BV', prescan: { outcome: expect.any(String) } });
		const [row] = await database.db.select().from(processings).where(eq(processings.id, res.json.id));
		expect(row).toMatchObject({ organisationId: noord.organisation.id, prescanOutcome: res.json.prescan.outcome });
		const audit = await database.db.select().from(auditLog).where(eq(auditLog.subjectId, res.json.id));
		expect(audit.map((a) => a.action).sort()).toEqual(['create', 'prescan']);
	});

	it('answers in the request’s language, field messages included', async () => {
		const en = await create({ ...camera, name: '' }, tokens.editor, { 'accept-language': 'en' });
		const nl = await create({ ...camera, name: '' }, tokens.editor, { 'accept-language': 'nl' });
		expect([en.status, nl.status]).toEqual([400, 400]);
		expect(en.json.error.message).toMatch(/^The input is not valid: name: /);
		expect(nl.json.error.message).toMatch(/^De invoer klopt niet: name: /);
		expect(en.json.error.fields[0].field).toBe('name');
		expect(en.json.error.fields[0].message).not.toBe(nl.json.error.fields[0].message);
		const viewer = await create(camera, tokens.viewer, { 'accept-language': 'en' });
		expect(viewer).toMatchObject({ status: 403, json: { error: { message: 'This token may not do this.' } } });
		expect((await create('{not json', tokens.editor)).json.error.code).toBe('invalid_json');
	});

	it('does a write once per Idempotency-Key: same body, same answer; another body, 422', async () => {
		const body = { ...camera, name: 'Eenmalig' };
		const first = await create(body, tokens.editor, { 'idempotency-key': 'abc-1' });
		const again = await create(body, tokens.editor, { 'idempotency-key': 'abc-1' });
		expect(first.status).toBe(201);
		expect(again).toEqual({ ...first, replayed: 'true' });
		expect(await database.db.select().from(processings).where(eq(processings.name, 'Eenmalig'))).toHaveLength(1);
		const other = await create({ ...body, vendor: 'Anders' }, tokens.editor, { 'idempotency-key': 'abc-1', 'accept-language': 'en' });
		expect(other).toMatchObject({ status: 422, json: { error: { code: 'idempotency_key_reused' } } });
		// keys are the caller's own: another board's token with the same key does its own work
		expect((await create(body, tokens.zuid, { 'idempotency-key': 'abc-1' })).status).toBe(201);
		expect((await create(body, tokens.editor, { 'idempotency-key': 'x'.repeat(201) })).status).toBe(400);
	});

	it('runs a write once when two requests with the same new key arrive at once; the other is told to retry', async () => {
		const body = { ...camera, name: 'Gelijktijdig' };
		const answers = await Promise.all([1, 2, 3].map(() => create(body, tokens.editor, { 'idempotency-key': 'race-1' })));
		// without the key claimed first, each of the three would register the processing
		expect(await database.db.select().from(processings).where(eq(processings.name, 'Gelijktijdig'))).toHaveLength(1);
		const ran = answers.filter((a) => a.status === 201 && a.replayed === null);
		expect(ran).toHaveLength(1);
		for (const other of answers.filter((a) => a !== ran[0])) {
			if (other.status === 409) expect(other).toMatchObject({ retryAfter: '1', json: { error: { code: 'idempotency_in_progress' } } });
			else expect(other).toEqual({ ...ran[0], replayed: 'true' });
		}
		// the retry after the first has answered gets that answer
		expect(await create(body, tokens.editor, { 'idempotency-key': 'race-1' })).toEqual({ ...ran[0], replayed: 'true' });
	});

	it('frees a key whose first request never answered, once that claim is old enough to be abandoned', async () => {
		const body = { ...camera, name: 'Nog bezig' };
		const requestHash = createHash('sha256').update(`POST\n/api/v1/processings\n${JSON.stringify(body)}`).digest('hex');
		const claim = { organisationId: noord.organisation.id, caller: `token:${tokens.editor.tokenId}`, requestHash, status: 0, response: {} };
		await database.db.insert(apiIdempotency).values({ ...claim, key: 'fresh-claim' });
		const busy = await create(body, tokens.editor, { 'idempotency-key': 'fresh-claim' });
		expect(busy).toMatchObject({ status: 409, retryAfter: '1' });
		await database.db.insert(apiIdempotency).values({ ...claim, key: 'old-claim', createdAt: new Date(Date.now() - 10 * 60 * 1000) });
		expect((await create(body, tokens.editor, { 'idempotency-key': 'old-claim' })).status).toBe(201);
	});

	it('sets a measure’s status with the measure form’s rules and an audit entry', async () => {
		const [measure] = await measuresOf(noord);
		const res = await setStatus(noord, measure!.id, { status: 'done' }, tokens.editor, { 'idempotency-key': 'm-1' });
		expect(res).toMatchObject({ status: 200, json: { id: measure!.id, status: 'done', title: measure!.title } });
		const [after] = await database.db.select().from(measures).where(eq(measures.id, measure!.id));
		expect(after).toMatchObject({ status: 'done', title: measure!.title, owner: measure!.owner, dueOn: measure!.dueOn });
		const audit = await database.db.select().from(auditLog).where(and(eq(auditLog.entityId, measure!.id), eq(auditLog.action, 'update')));
		expect(audit).toHaveLength(1);
		expect((await setStatus(noord, measure!.id, { status: 'finished' })).status).toBe(400);
		expect((await setStatus(noord, measure!.id, { status: 'done', title: 'x' })).status).toBe(400);
		expect((await setStatus(noord, measure!.id, { status: 'planned' }, tokens.viewer)).status).toBe(403);
	});

	it('refuses a frozen version with 409 and another board’s measure with 404', async () => {
		const [frozen] = await measuresOf(zuid);
		expect(await setStatus(zuid, frozen!.id, { status: 'done' }, tokens.zuid, { 'accept-language': 'en' })).toMatchObject({ status: 409, json: { error: { code: 'locked' } } });
		expect((await setStatus(zuid, frozen!.id, { status: 'done' }, tokens.editor)).status).toBe(404);
	});
});
