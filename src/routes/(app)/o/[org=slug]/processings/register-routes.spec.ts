import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db';
import { and, eq } from 'drizzle-orm';
import { processings } from '$lib/server/db/schema';
import { createTestDatabase } from '$lib/server/testing/db';
import { boardEvent } from '$lib/server/testing/route-event';
import { outcome } from '$lib/server/testing/route-outcome';
import { lifecycleFixture } from '$lib/server/testing/lifecycle-fixture';
import { load as dashboardLoad } from '../+page.server';
import { load as registerLoad } from './+page.server';
import { actions as newActions } from './new/+page.server';

type Fixture = Awaited<ReturnType<typeof lifecycleFixture>>;

interface RegisterPage {
	rows: { name: string }[];
	total: number;
	page: number;
	pages: number;
	query: { search: string; page: number };
	canCreate: boolean;
}

describe('register and dashboard routes', () => {
	let database: Database;
	let fx: Fixture;
	let zuid: Fixture;

	beforeAll(async () => {
		database = await createTestDatabase();
		fx = await lifecycleFixture(database.db, 'stichting-noord');
		zuid = await lifecycleFixture(database.db, 'stichting-zuid');
		await database.db
			.insert(processings)
			.values(Array.from({ length: 30 }, (_, i) => ({ organisationId: fx.organisation.id, name: `Leermiddel ${String(i).padStart(2, '0')}` })));
	});
	afterAll(async () => {
		await database.close();
	});

	it('reads page and filters from the query string', async () => {
		const page = (await registerLoad(boardEvent(database.db, fx, 'viewer', '/processings?q=leermiddel&page=2'))) as RegisterPage;
		expect([page.total, page.page, page.pages, page.rows.length]).toEqual([30, 2, 2, 5]);
		expect(page.query.search).toBe('leermiddel');
		expect(page.canCreate).toBe(false);
		const editor = (await registerLoad(boardEvent(database.db, fx, 'editor', '/processings'))) as RegisterPage;
		expect(editor.canCreate).toBe(true);
		expect(editor.rows).toHaveLength(25);
	});

	it('refuses the (G)MR the register, other boards with 404 and visitors with the login page', async () => {
		expect(await outcome(() => registerLoad(boardEvent(database.db, fx, 'gmr', '/processings')))).toEqual({ status: 403 });
		expect(await outcome(() => registerLoad(boardEvent(database.db, { ...fx, people: zuid.people }, 'admin', '/processings')))).toEqual({ status: 404 });
		expect(await outcome(() => registerLoad(boardEvent(database.db, fx, null, '/processings')))).toEqual({ redirect: expect.stringMatching(/^\/login/) });
	});

	it('gives the dashboard numbers to register readers and only the shared link to the (G)MR', async () => {
		const board = (await dashboardLoad(boardEvent(database.db, fx, 'bestuur', ''))) as { board: { processings: { all: number } } | null };
		expect(board.board?.processings.all).toBe(31);
		const council = (await dashboardLoad(boardEvent(database.db, fx, 'gmr', ''))) as { board: unknown };
		expect(council.board).toBeNull();
		expect(await outcome(() => dashboardLoad(boardEvent(database.db, { ...fx, people: zuid.people }, 'viewer', '')))).toEqual({ status: 404 });
	});

	it('asks before a second processing of a name already in the register, and keeps what was typed', async () => {
		type Refusal = { status: number; data: { values: Record<string, unknown>; errors: Record<string, string>; existing: { id: string; name: string; since: string }[] } };
		const post = (form: Record<string, string>) => outcome<Refusal>(() => newActions.default!(boardEvent(database.db, fx, 'editor', '/processings/new', { form })));
		const count = async (name: string) => (await database.db.select().from(processings).where(and(eq(processings.organisationId, fx.organisation.id), eq(processings.name, name)))).length;

		// the fixture's Snappet, typed in another case with spaces around it
		const refused = (await post({ name: ' snappet ', vendor: 'Snappet BV', description: 'Nog een keer' })).value!;
		expect(refused.status).toBe(409);
		expect(refused.data.errors.name).toBe('Er staat al een verwerking met deze naam in het register. Open die hieronder, of kies ervoor toch een nieuwe aan te maken.');
		expect(refused.data.existing).toEqual([{ id: fx.processing.id, name: 'Snappet', since: fx.processing.createdAt.toISOString() }]);
		expect(refused.data.values).toMatchObject({ name: ' snappet ', description: 'Nog een keer' });
		expect(await count(' snappet ')).toBe(0);

		// this board's Leermiddel 01 is none of the other board's business
		const otherBoard = await outcome(() => newActions.default!(boardEvent(database.db, zuid, 'editor', '/processings/new', { form: { name: 'Leermiddel 01' } })));
		expect(otherBoard.redirect).toMatch(/\/processings\/[0-9a-f-]{36}\/prescan$/);

		const confirmed = await post({ name: 'Snappet', vendor: 'Snappet BV', sameName: 'new' });
		expect(confirmed.redirect).toMatch(/^\/o\/stichting-noord\/processings\/[0-9a-f-]{36}\/prescan$/);
		expect(await count('Snappet')).toBe(2);

		// an archived processing of that name no longer stands in the way
		await database.db.update(processings).set({ archivedAt: new Date() }).where(eq(processings.name, 'Leermiddel 29'));
		expect((await post({ name: 'Leermiddel 29' })).redirect).toMatch(/\/prescan$/);
	});
});
