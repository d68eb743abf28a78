import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { memberships, organisations, users } from '../db/schema';
import { createTestDatabase } from '../testing/db';
import { routeEvent } from '../testing/route-event';
import { outcome } from '../testing/route-outcome';
import { requestMemberships, requireOrg } from './guard';
import { createSession, validateSession } from './session';

let database: Database;
let userId: string;
let orgId: string;

beforeAll(async () => {
	database = await createTestDatabase();
	const [a, b] = await database.db.insert(organisations).values([{ slug: 'guard-b', name: 'Bestuur B' }, { slug: 'guard-a', name: 'Bestuur A' }]).returning();
	const [user] = await database.db.insert(users).values({ email: 'guard@example.test', name: 'Guard', passwordHash: 'x' }).returning();
	userId = user!.id;
	orgId = a!.id;
	await database.db.insert(memberships).values([
		{ userId, organisationId: a!.id, role: 'editor' },
		{ userId, organisationId: b!.id, role: 'viewer' }
	]);
});
afterAll(() => database.close());

/** A GET, or a POST (an empty form) when the guard's write check is what is tested */
const event = (method: 'GET' | 'POST', slug = 'guard-b') =>
	routeEvent(database.db, `/o/${slug}/processings`, { person: { id: userId, email: 'guard@example.test', name: 'Guard' }, params: { org: slug }, form: method === 'POST' ? {} : undefined });

const setRole = (role: string) => database.db.update(memberships).set({ role }).where(eq(memberships.organisationId, orgId));

describe('requireOrg with the memberships of the request', () => {
	it('finds the membership and lists every organisation by name for the switcher', async () => {
		const e = event('GET');
		const ctx = await requireOrg(e, 'register.read');
		expect(ctx.role).toBe('editor');
		expect(ctx.organisation).toMatchObject({ id: orgId, slug: 'guard-b', name: 'Bestuur B' });
		expect((await requestMemberships(e, userId))!.map((m) => m.slug)).toEqual(['guard-a', 'guard-b']);
	});

	it('takes the memberships the session lookup brought, with each board’s policy, without asking again', async () => {
		const { token } = await createSession(database.db, userId);
		const valid = (await validateSession(database.db, token))!;
		expect(valid.memberships.map((m) => [m.slug, m.name, m.role])).toEqual([
			['guard-a', 'Bestuur A', 'viewer'],
			['guard-b', 'Bestuur B', 'editor']
		]);
		expect(valid.memberships[1]!.policy).toEqual((await database.db.select().from(organisations).where(eq(organisations.id, orgId)))[0]!.policy);
		const e = event('GET') as { locals: App.Locals };
		e.locals.memberships = { userId, rows: Promise.resolve(valid.memberships) };
		await setRole('fg');
		// the request goes on with what its session lookup read, as a page request with one consistent view should
		expect((await requireOrg(e as never, 'register.read')).role).toBe('editor');
		await setRole('editor');
	});

	it('brings no memberships for a person who has none', async () => {
		const [loner] = await database.db.insert(users).values({ email: 'loner@example.test', name: 'Loner', passwordHash: 'x' }).returning();
		const { token } = await createSession(database.db, loner!.id);
		expect((await validateSession(database.db, token))!.memberships).toEqual([]);
	});

	it('still answers 404 for another board and 403 for a missing capability', async () => {
		expect(await outcome(() => requireOrg(event('GET', 'guard-elsewhere'), 'register.read'))).toEqual({ status: 404 });
		expect(await outcome(() => requireOrg(event('GET', 'guard-a'), 'users.manage'))).toEqual({ status: 403 });
	});

	it('reads the memberships once per GET request, and afresh for the next request', async () => {
		const e = event('GET');
		expect((await requireOrg(e, 'register.read')).role).toBe('editor');
		await setRole('fg');
		expect((await requireOrg(e, 'register.read')).role).toBe('editor');
		expect((await requireOrg(event('GET'), 'register.read')).role).toBe('fg');
		await setRole('editor');
	});

	it('does not reuse them on a POST: the load after a form action sees what the action changed', async () => {
		const e = event('POST');
		expect(requestMemberships(e, userId)).toBeNull();
		expect((await requireOrg(e, 'register.read')).role).toBe('editor');
		await setRole('admin');
		expect((await requireOrg(e, 'register.read')).role).toBe('admin');
		await setRole('editor');
	});
});
