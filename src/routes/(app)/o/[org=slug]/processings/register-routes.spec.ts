import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db';
import { processings } from '$lib/server/db/schema';
import { createTestDatabase } from '$lib/server/testing/db';
import { boardEvent } from '$lib/server/testing/route-event';
import { outcome } from '$lib/server/testing/route-outcome';
import { lifecycleFixture } from '$lib/server/testing/lifecycle-fixture';
import { load as dashboardLoad } from '../+page.server';
import { load as registerLoad } from './+page.server';

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
});
