import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { assessments, assessmentVersions, measures, processings } from '../db/schema';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture, newAssessment } from '../testing/lifecycle-fixture';
import { dashboard } from './dashboard';

type Fixture = Awaited<ReturnType<typeof lifecycleFixture>>;
const TODAY = '2026-05-01';

describe('dashboard', () => {
	let database: Database;
	let noord: Fixture;
	let zuid: Fixture;
	const scopeOf = (fx: Fixture) => ({ organisationId: fx.organisation.id, actor: { userId: fx.people.admin.id, label: 'Anna' } });

	beforeAll(async () => {
		database = await createTestDatabase();
		noord = await lifecycleFixture(database.db, 'stichting-noord');
		zuid = await lifecycleFixture(database.db, 'stichting-zuid');
		const db = database.db;
		const late = await newAssessment(db, noord.organisation.id, noord.people.editor.id, 'Parro');
		const soon = await newAssessment(db, noord.organisation.id, noord.people.editor.id, 'Gynzy');
		const later = await newAssessment(db, noord.organisation.id, noord.people.editor.id, 'Teams');
		await db.update(assessments).set({ status: 'in_force', reviewDueOn: '2026-03-01', highestResidualLevel: 'medium' }).where(eq(assessments.id, late.assessment.id));
		await db.update(assessments).set({ status: 'in_force', reviewDueOn: '2026-07-15', highestResidualLevel: 'low' }).where(eq(assessments.id, soon.assessment.id));
		await db.update(assessments).set({ status: 'in_force', reviewDueOn: '2028-01-01' }).where(eq(assessments.id, later.assessment.id));
		await db.insert(processings).values({ organisationId: noord.organisation.id, name: 'Nog zonder DPIA' });
		await db.insert(measures).values([
			{ versionId: noord.version.id, title: 'Verwerkersovereenkomst tekenen', type: 'contractual', dueOn: '2026-02-01' },
			{ versionId: noord.version.id, title: 'Al klaar', type: 'technical', dueOn: '2026-02-01', status: 'done' },
			{ versionId: noord.version.id, title: 'Nog op tijd', type: 'technical', dueOn: '2026-06-01' }
		]);
		// a measure of a superseded version is history, not work to do
		await db.update(assessments).set({ currentVersion: 2 }).where(eq(assessments.id, late.assessment.id));
		const [v2] = await db.insert(assessmentVersions).values({ assessmentId: late.assessment.id, organisationId: noord.organisation.id, number: 2 }).returning();
		await db.insert(measures).values([
			{ versionId: late.version.id, title: 'Oude maatregel', type: 'technical', dueOn: '2025-01-01' },
			{ versionId: v2!.id, title: 'Logging aanzetten', type: 'technical', dueOn: '2026-04-30', status: 'in_progress' }
		]);
		await db.update(assessments).set({ reviewDueOn: '2020-01-01' }).where(eq(assessments.id, zuid.assessment.id));
	});
	afterAll(async () => {
		await database.close();
	});

	it('counts DPIAs by status and residual level, and processings without a DPIA', async () => {
		const board = await dashboard(database.db, scopeOf(noord), TODAY);
		expect(board.processings).toEqual({ all: 5, withoutDpia: 1 });
		// Parro's review date has passed: it is counted as due for review, not as simply in force
		expect(board.statuses).toEqual([
			{ status: 'concept', n: 1 },
			{ status: 'in_force', n: 2 },
			{ status: 'review_due', n: 1 }
		]);
		expect(board.levels).toEqual([
			{ level: 'low', n: 1 },
			{ level: 'medium', n: 1 }
		]);
		// Snappet (concept) and Teams have no risks yet: counted as such, not as "no DPIAs"
		expect(board.withoutRisks).toBe(2);
	});

	it('tells a board whose DPIAs have no risks yet that, not that it has no DPIAs', async () => {
		const board = await dashboard(database.db, scopeOf(zuid), TODAY);
		expect(board.statuses).toEqual([{ status: 'concept', n: 1 }]);
		expect(board.levels).toEqual([]);
		expect(board.withoutRisks).toBe(1);
	});

	it('lists overdue reviews and those due in the next 90 days', async () => {
		const board = await dashboard(database.db, scopeOf(noord), TODAY);
		expect(board.overdueReviews.rows.map((r) => [r.name, r.reviewDueOn])).toEqual([['Parro', '2026-03-01']]);
		expect(board.dueSoon.rows.map((r) => r.name)).toEqual(['Gynzy']);
		expect(board.dueSoon.total).toBe(1);
	});

	it('lists open measures past their date in current versions only, longest overdue first', async () => {
		const board = await dashboard(database.db, scopeOf(noord), TODAY);
		expect(board.lateMeasures.rows.map((r) => [r.title, r.name])).toEqual([
			['Verwerkersovereenkomst tekenen', 'Snappet'],
			['Logging aanzetten', 'Parro']
		]);
		expect(board.lateMeasures.total).toBe(2);
	});

	it('keeps each board to its own numbers', async () => {
		const board = await dashboard(database.db, scopeOf(zuid), TODAY);
		expect(board.processings).toEqual({ all: 1, withoutDpia: 0 });
		expect(board.overdueReviews.rows.map((r) => r.name)).toEqual(['Snappet']);
		expect(board.lateMeasures.total).toBe(0);
	});
});
