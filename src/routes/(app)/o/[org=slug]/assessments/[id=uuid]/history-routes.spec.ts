import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '$lib/domain/roles';
import type { Database } from '$lib/server/db';
import { createTestDatabase } from '$lib/server/testing/db';
import { boardEvent } from '$lib/server/testing/route-event';
import { outcome } from '$lib/server/testing/route-outcome';
import { lifecycleFixture } from '$lib/server/testing/lifecycle-fixture';
import { load as auditLoad } from './audit/+page.server';
import { load as versionsLoad } from './versions/+page.server';
import { load as diffLoad } from './versions/diff/+page.server';

type Fixture = Awaited<ReturnType<typeof lifecycleFixture>>;

const fakeEvent = (db: Database['db'], fx: Fixture, role: Role | null, path: string) =>
	boardEvent(db, fx, role, `/assessments/${fx.assessment.id}/${path}`, { params: { id: fx.assessment.id } });

describe('version history, diff and audit trail routes', () => {
	let database: Database;
	let fx: Fixture;
	let zuid: Fixture;

	beforeAll(async () => {
		database = await createTestDatabase();
		fx = await lifecycleFixture(database.db, 'stichting-noord');
		zuid = await lifecycleFixture(database.db, 'stichting-zuid');
	});
	afterAll(async () => {
		await database.close();
	});

	it('shows the versions to everyone who reads the register, but not to the (G)MR', async () => {
		const page = (await versionsLoad(fakeEvent(database.db, fx, 'viewer', 'versions'))) as { versions: { number: number; status: string }[] };
		expect(page.versions).toEqual([expect.objectContaining({ number: 1, status: 'concept' })]);
		expect(await outcome(() => versionsLoad(fakeEvent(database.db, fx, 'gmr', 'versions')))).toEqual({ status: 403 });
		expect(await outcome(() => diffLoad(fakeEvent(database.db, fx, 'gmr', 'versions/diff')))).toEqual({ status: 403 });
	});

	it('compares the current version with its predecessor when no numbers are given, and 404s on bad ones', async () => {
		const page = (await diffLoad(fakeEvent(database.db, fx, 'bestuur', 'versions/diff'))) as { from: number; to: number; sections: unknown[] };
		expect([page.from, page.to, page.sections]).toEqual([1, 1, []]);
		expect(await outcome(() => diffLoad(fakeEvent(database.db, fx, 'editor', 'versions/diff?from=1&to=2')))).toEqual({ status: 404 });
		expect(await outcome(() => diffLoad(fakeEvent(database.db, fx, 'editor', 'versions/diff?from=x&to=1')))).toEqual({ status: 404 });
		expect(await outcome(() => diffLoad(fakeEvent(database.db, fx, 'editor', 'versions/diff?from=0')))).toEqual({ status: 404 });
	});

	it('opens the audit trail to editor, FG and admin only', async () => {
		for (const role of ['editor', 'fg', 'admin'] as const) {
			const page = (await auditLoad(fakeEvent(database.db, fx, role, 'audit'))) as { entries: unknown[]; page: number };
			expect(page.page, role).toBe(1);
		}
		for (const role of ['bestuur', 'viewer', 'gmr'] as const) {
			expect(await outcome(() => auditLoad(fakeEvent(database.db, fx, role, 'audit'))), role).toEqual({ status: 403 });
		}
	});

	it('sends visitors to the login page and hides other boards’ DPIAs', async () => {
		expect(await outcome(() => auditLoad(fakeEvent(database.db, fx, null, 'audit')))).toEqual({ redirect: expect.stringMatching(/^\/login\?next=/) });
		const stranger = { ...fx, people: zuid.people };
		expect(await outcome(() => versionsLoad(fakeEvent(database.db, stranger, 'admin', 'versions')))).toEqual({ status: 404 });
		const foreign = { ...fx, assessment: zuid.assessment };
		expect(await outcome(() => versionsLoad(fakeEvent(database.db, foreign, 'editor', 'versions')))).toEqual({ status: 404 });
		expect(await outcome(() => diffLoad(fakeEvent(database.db, foreign, 'editor', 'versions/diff')))).toEqual({ status: 404 });
		expect(await outcome(() => auditLoad(fakeEvent(database.db, foreign, 'editor', 'audit')))).toEqual({ status: 404 });
	});
});
