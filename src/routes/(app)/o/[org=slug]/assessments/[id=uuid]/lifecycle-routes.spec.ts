import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessments } from '$lib/server/db/schema';
import type { Role } from '$lib/domain/roles';
import type { Database } from '$lib/server/db';
import { createTestDatabase } from '$lib/server/testing/db';
import { boardEvent } from '$lib/server/testing/route-event';
import { outcome } from '$lib/server/testing/route-outcome';
import { lifecycleFixture } from '$lib/server/testing/lifecycle-fixture';
import { load as overviewLoad } from './+page.server';
import { actions as riskActions, load as riskLoad } from './risks/+page.server';
import { actions as newRiskActions } from './risks/new/+page.server';
import { actions as workflowActions, load as workflowLoad } from './workflow/+page.server';

type Fixture = Awaited<ReturnType<typeof lifecycleFixture>>;

/** The smallest event the guard, the form parser and the actions use. */
const fakeEvent = (db: Database['db'], fx: Fixture, role: Role | null, path: string, form?: Record<string, string>) =>
	boardEvent(db, fx, role, `/assessments/${fx.assessment.id}/${path}`, { params: { id: fx.assessment.id }, form });

describe('lifecycle routes', () => {
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

	it('lets the editor add a catalogue risk and redirects with the count of measures', async () => {
		const result = await outcome(() => riskActions.catalogue!(fakeEvent(database.db, fx, 'editor', 'risks', { catalogueId: 'R03' })));
		expect(result.redirect).toMatch(/added=R03-3$/);
		const page = (await riskLoad(fakeEvent(database.db, fx, 'viewer', 'risks'))) as {
			risks: { catalogueId: string; number: string; catalogueRef: string }[];
			canEdit: boolean;
		};
		expect(page.risks.map((r) => r.catalogueId)).toEqual(['R03']);
		// numbered as the reports number it, the catalogue id only as where it came from
		expect(page.risks.map((r) => [r.number, r.catalogueRef])).toEqual([['R1', 'catalogus R03']]);
		expect(page.canEdit).toBe(false);
	});

	it('answers an invalid risk form with field messages and every typed value', async () => {
		const form = { title: 'Te lang bewaren', fearedEvent: 'other_harm', severity: '3', likelihood: '9', levelOverride: 'very_high', overrideReason: '' };
		const result = (await outcome(() => newRiskActions.default!(fakeEvent(database.db, fx, 'editor', 'risks/new', form)))) as {
			value: { status: number; data: { values: Record<string, string>; errors: Record<string, string> } };
		};
		expect(result.value.status).toBe(400);
		expect(result.value.data.values.title).toBe('Te lang bewaren');
		expect(Object.keys(result.value.data.errors)).toEqual(expect.arrayContaining(['likelihood', 'overrideReason']));
	});

	it('refuses the (G)MR and other boards: 403 for a member without the right, 404 for a non-member', async () => {
		expect(await outcome(() => riskActions.catalogue!(fakeEvent(database.db, fx, 'gmr', 'risks', { catalogueId: 'R01' })))).toEqual({ status: 403 });
		expect(await outcome(() => riskLoad(fakeEvent(database.db, fx, 'gmr', 'risks')))).toEqual({ status: 403 });
		const stranger = { ...fx, people: zuid.people };
		expect(await outcome(() => riskLoad(fakeEvent(database.db, stranger, 'admin', 'risks')))).toEqual({ status: 404 });
		expect(await outcome(() => workflowActions.submit!(fakeEvent(database.db, stranger, 'admin', 'workflow', { note: '' })))).toEqual({ status: 404 });
		// an id of another board under this board's slug is not found either
		const foreign = { ...fx, assessment: zuid.assessment };
		expect(await outcome(() => riskLoad(fakeEvent(database.db, foreign, 'editor', 'risks')))).toEqual({ status: 404 });
	});

	it('tells the board it cannot decide before the FG advised, keeping its text', async () => {
		const form = { state: 'concept', decision: 'proceed', motivation: 'Nodig', residualRiskAcceptance: 'Aanvaard', decidedOn: '2026-03-10' };
		const result = (await outcome(() => workflowActions.decide!(fakeEvent(database.db, fx, 'bestuur', 'workflow', form)))) as {
			value: { status: number; data: { message: string; values: Record<string, string> } };
		};
		expect(result.value.status).toBe(409);
		expect(result.value.data.message).toMatch(/pas besluiten nadat de FG/);
		expect(result.value.data.values.motivation).toBe('Nodig');
	});

	it('shows each role its own actions with the domain’s reasons', async () => {
		const editor = (await workflowLoad(fakeEvent(database.db, fx, 'editor', 'workflow'))) as { actions: { id: string; allowed: boolean }[] };
		expect(editor.actions).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'submit', allowed: true })]));
		const board = (await workflowLoad(fakeEvent(database.db, fx, 'bestuur', 'workflow'))) as { actions: { id: string; allowed: boolean; reason?: string }[] };
		expect(board.actions).toEqual([expect.objectContaining({ id: 'decide', allowed: false, reason: expect.stringMatching(/FG/) })]);
		const viewer = (await workflowLoad(fakeEvent(database.db, fx, 'viewer', 'workflow'))) as { actions: unknown[] };
		expect(viewer.actions).toEqual([]);
	});

	it('requires the written acceptance of the residual risk when the board goes ahead', async () => {
		const form = { decision: 'proceed_with_conditions', motivation: 'Nodig', decidedOn: '2026-03-10' };
		const result = (await outcome(() => workflowActions.decide!(fakeEvent(database.db, fx, 'bestuur', 'workflow', form)))) as {
			value: { status: number; data: { errors: Record<string, string> } };
		};
		expect(result.value.status).toBe(400);
		expect(result.value.data.errors.residualRiskAcceptance).toMatch(/restrisico/);
	});

	it('shows the review date on the overview, and an overdue review as the DPIA’s state', async () => {
		type Overview = { assessment: { status: string; reviewDueOn: string | null; review: string } };
		const db = database.db;
		await db.update(assessments).set({ status: 'in_force', decidedOn: '2024-01-10', reviewDueOn: '2999-01-10' }).where(eq(assessments.id, zuid.assessment.id));
		const onTime = (await overviewLoad(fakeEvent(db, zuid, 'viewer', ''))) as Overview;
		expect(onTime.assessment).toMatchObject({ status: 'in_force', reviewDueOn: '2999-01-10', review: 'ok' });
		await db.update(assessments).set({ reviewDueOn: '2025-01-10' }).where(eq(assessments.id, zuid.assessment.id));
		const late = (await overviewLoad(fakeEvent(db, zuid, 'viewer', ''))) as Overview;
		expect(late.assessment).toMatchObject({ status: 'review_due', reviewDueOn: '2025-01-10', review: 'overdue' });
	});
});
