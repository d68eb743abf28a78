import { readFileSync } from 'node:fs';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db/open';
import { rawRows } from '$lib/server/db/raw';
import { loginThrottles, sectionAnswers, sessions } from '$lib/server/db/schema';
import { IP_LOCK_FROM, loginThrottleRules, PAIR_LOCK_FROM, recordFailure } from '$lib/server/auth/throttle';
import { actionResult, createEmptyDatabase, get, logIn, postForm, requireBuiltAppAndPostgres, startInstances, type Instance } from './instance';
import { PASSWORD, seed } from './seed';

/**
 * Issue 6: the app keeps no user state in the process, so two instances on one PostgreSQL database
 * behave as one. Requests alternate between A and B; every property below would break if sessions,
 * throttle counters or revisions lived in memory.
 */
describe('two app instances on one PostgreSQL database', () => {
	let A: Instance;
	let B: Instance;
	let database: Database;
	let fx: Awaited<ReturnType<typeof seed>>['fx'];
	let drop: () => Promise<void>;
	const both = () => [A, B] as const;
	const dashboard = '/o/stichting-noord';

	beforeAll(async () => {
		const empty = await createEmptyDatabase(requireBuiltAppAndPostgres());
		drop = empty.drop;
		// Both start on the empty database at once: their migrators must not trip over each other.
		[A, B] = (await startInstances(empty.url, { A: 4401, B: 4402 })) as [Instance, Instance];
		({ database, fx } = await seed(empty.url));
	});
	afterAll(async () => {
		await Promise.all([A?.stop(), B?.stop()]);
		await database?.close();
		await drop?.();
	});

	it('both started on the same empty database and migrated it once', async () => {
		const applied = await rawRows<{ n: number }>(database.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
		const journal = JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as { entries: unknown[] };
		expect(applied[0]!.n).toBe(journal.entries.length);
		for (const instance of both()) expect((await get(instance, '/healthz')).status).toBe(200);
	});

	it('a session made by logging in on A is valid on B, and on neither without the cookie', async () => {
		const token = await logIn(A, fx.people.editor.email, PASSWORD);
		expect((await get(B, dashboard, token)).status).toBe(200);
		expect((await get(A, dashboard, token)).status).toBe(200);
		const anonymous = await get(B, dashboard);
		expect(anonymous.status).toBe(303);
		expect(anonymous.location).toMatch(/^\/login\?next=/);
	});

	it('a logout on B ends the session on A too', async () => {
		const token = await logIn(A, fx.people.editor.email, PASSWORD);
		const out = await postForm(B, '/logout', {}, { session: token });
		expect(out.location).toBe('/login?notice=logout');
		expect((await get(A, dashboard, token)).location).toMatch(/^\/login\?next=/);
	});

	it('"log out on all devices" on B ends the sessions made on A and on B, and no one else’s', async () => {
		const onA = await logIn(A, fx.people.editor.email, PASSWORD);
		const onB = await logIn(B, fx.people.editor.email, PASSWORD);
		const admin = await logIn(A, fx.people.admin.email, PASSWORD);
		const out = await postForm(B, '/logout', { scope: 'everywhere' }, { session: onB });
		expect(out.location).toBe('/login?notice=logout');
		for (const [instance, token] of [[A, onA], [B, onA], [A, onB]] as const) {
			expect((await get(instance, dashboard, token)).location).toMatch(/^\/login\?next=/);
		}
		expect(await database.db.select().from(sessions).where(eq(sessions.userId, fx.people.editor.id))).toEqual([]);
		expect((await get(B, dashboard, admin)).status).toBe(200);
	});

	it(`${PAIR_LOCK_FROM} wrong passwords from one address spread over A and B make that pair wait on both`, async () => {
		const email = fx.people.admin.email;
		const statuses: number[] = [];
		for (let i = 0; i < PAIR_LOCK_FROM; i++) {
			const r = await postForm(i % 2 ? B : A, '/login', { email, password: `fout ${i}` }, { json: true });
			statuses.push(actionResult(r).status);
		}
		expect(statuses).toEqual([...Array(PAIR_LOCK_FROM - 1).fill(400), 429]);
		// now even the right password is refused, on either instance
		for (const instance of both()) {
			const r = actionResult(await postForm(instance, '/login', { email, password: PASSWORD }, { json: true }));
			expect(r.status).toBe(429);
		}
		await database.db.delete(loginThrottles);
	});

	it(`the ${IP_LOCK_FROM}th failure from one address, counted over A and B, makes newcomers from it wait on both`, async () => {
		// most of the failures go straight into the shared table: a hundred argon2 logins would only slow the spec
		const address = loginThrottleRules('gast@elders.test', '127.0.0.1').ip;
		for (let i = 0; i < IP_LOCK_FROM - 2; i++) await recordFailure(database.db, address);
		const first = actionResult(await postForm(A, '/login', { email: 'gast-a@elders.test', password: 'fout' }, { json: true }));
		expect(first.status).toBe(400);
		const last = actionResult(await postForm(B, '/login', { email: 'gast-b@elders.test', password: 'fout' }, { json: true }));
		expect(last.status).toBe(429);
		// the GMR member has not logged in from this address before, so the address-wide wait holds them too
		const r = actionResult(await postForm(A, '/login', { email: fx.people.gmr.email, password: PASSWORD }, { json: true }));
		expect(r.status).toBe(429);
		await database.db.delete(loginThrottles);
		expect((await logIn(A, fx.people.gmr.email, PASSWORD)).length).toBeGreaterThan(0);
	});

	it('two simultaneous saves of one section via A and via B: one wins, the other gets the conflict', async () => {
		const path = `${dashboard}/assessments/${fx.assessment.id}/questionnaire/18?/save`;
		const where = and(eq(sectionAnswers.versionId, fx.version.id), eq(sectionAnswers.sectionId, '18'));
		const [before] = await database.db.select().from(sectionAnswers).where(where);
		const revision = String(before?.revision ?? 0);
		const [editorOnA, adminOnB] = await Promise.all([logIn(A, fx.people.editor.email, PASSWORD), logIn(B, fx.people.admin.email, PASSWORD)]);
		const [viaA, viaB] = (
			await Promise.all([
				postForm(A, path, [['expectedRevision', revision], ['18.1', 'Samenvatting via A']], { session: editorOnA, json: true }),
				postForm(B, path, [['expectedRevision', revision], ['18.1', 'Samenvatting via B']], { session: adminOnB, json: true })
			])
		).map(actionResult);
		const results = [viaA!, viaB!];
		const winner = results.findIndex((r) => r.type === 'success');
		expect(winner).toBeGreaterThanOrEqual(0);
		const loser = results[1 - winner]!;
		expect(loser).toMatchObject({ type: 'failure', status: 409, data: { kind: 'conflict' } });
		const winningText = `Samenvatting via ${winner === 0 ? 'A' : 'B'}`;
		// the loser is shown what the winner stored, to compare and decide
		expect((loser.data!.conflict as { values: Record<string, string> }).values['18.1']).toBe(winningText);
		const [after] = await database.db.select().from(sectionAnswers).where(where);
		expect(after!.answers['18.1']).toBe(winningText);
		expect(after!.revision).toBe(Number(revision) + 1);
	});
});
