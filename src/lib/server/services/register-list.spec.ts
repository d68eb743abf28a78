import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRegisterQuery } from '$lib/domain/register-query';
import type { Database } from '../db';
import { assessments, measures, processings, processingSchools, schools } from '../db/schema';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture, newAssessment } from '../testing/lifecycle-fixture';
import { createProcessing, listRegister } from './register';

type Fixture = Awaited<ReturnType<typeof lifecycleFixture>>;
const TODAY = '2026-05-01';

describe('register list: pages, filters and search', () => {
	let database: Database;
	let noord: Fixture;
	let zuid: Fixture;
	const scopeOf = (fx: Fixture) => ({ organisationId: fx.organisation.id, actor: { userId: fx.people.editor.id, label: 'Eva' } });
	const list = (fx: Fixture, search: string) => listRegister(database.db, scopeOf(fx), parseRegisterQuery(new URLSearchParams(search)), TODAY);
	const names = async (fx: Fixture, search: string) => (await list(fx, search)).rows.map((r) => r.name);

	beforeAll(async () => {
		database = await createTestDatabase();
		noord = await lifecycleFixture(database.db, 'stichting-noord');
		zuid = await lifecycleFixture(database.db, 'stichting-zuid');
		const db = database.db;
		// 30 tools without a DPIA, named so that case-insensitive order differs from byte order
		await db.insert(processings).values(
			Array.from({ length: 30 }, (_, i) => ({ organisationId: noord.organisation.id, name: `${i % 2 ? 'tool' : 'Tool'} ${String(i).padStart(2, '0')}` }))
		);
		await db.insert(processings).values(
			['100% online', '100 procent', 'a_b koppeling', 'axb koppeling', 'pad\\naar'].map((name) => ({ organisationId: noord.organisation.id, name }))
		);
		await db.insert(processings).values({ organisationId: zuid.organisation.id, name: 'Zuidelijke tool' });
	});
	afterAll(async () => {
		await database.close();
	});

	it('pages by 25 in case-insensitive alphabetical order, with the total', async () => {
		const first = await list(noord, 'q=tool');
		expect(first.total).toBe(30);
		expect(first.pages).toBe(2);
		expect(first.rows).toHaveLength(25);
		expect(first.rows.slice(0, 3).map((r) => r.name)).toEqual(['Tool 00', 'tool 01', 'Tool 02']);
		const second = await list(noord, 'q=tool&page=2');
		expect(second.rows.map((r) => r.name)).toEqual(['tool 25', 'Tool 26', 'tool 27', 'Tool 28', 'tool 29']);
		expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(30);
	});

	it('shows the last page when asked for one past the end', async () => {
		const past = await list(noord, 'q=tool&page=99');
		expect(past.page).toBe(2);
		expect(past.rows).toHaveLength(5);
	});

	it('takes % and _ in the search term literally', async () => {
		expect(await names(noord, 'q=100%25')).toEqual(['100% online']);
		expect(await names(noord, 'q=a_b')).toEqual(['a_b koppeling']);
		expect(await names(noord, 'q=%5C')).toEqual(['pad\\naar']);
		expect(await names(noord, 'q=KOPPELING')).toEqual(['a_b koppeling', 'axb koppeling']);
	});

	it('never shows another board’s processings, whatever the filters', async () => {
		expect(await names(noord, 'q=Zuidelijke')).toEqual([]);
		expect(await names(zuid, '')).toEqual(['Snappet', 'Zuidelijke tool']);
		const [foreignSchool] = await database.db.select().from(schools).where(eq(schools.organisationId, zuid.organisation.id));
		expect(await names(noord, `school=${foreignSchool!.id}`)).toEqual([]);
		expect((await list(noord, '')).schools.map((s) => s.name).sort()).toEqual(['CBS Het Kompas', 'OBS De Linde']);
	});

	it('filters by school, DPIA status and highest residual risk', async () => {
		const db = database.db;
		const [linde] = await db.select().from(schools).where(eq(schools.name, 'OBS De Linde')).limit(1);
		await db.insert(processingSchools).values({ processingId: noord.processing.id, schoolId: linde!.id });
		const second = await newAssessment(db, noord.organisation.id, noord.people.editor.id, 'Parro');
		await db.update(assessments).set({ status: 'in_force', highestResidualLevel: 'high' }).where(eq(assessments.id, second.assessment.id));
		await db.update(assessments).set({ highestResidualLevel: 'low' }).where(eq(assessments.id, noord.assessment.id));

		expect(await names(noord, `school=${linde!.id}`)).toEqual(['Snappet']);
		expect(await names(noord, 'status=in_force')).toEqual(['Parro']);
		expect(await names(noord, 'status=concept')).toEqual(['Snappet']);
		expect(await names(noord, 'level=high')).toEqual(['Parro']);
		expect(await names(noord, 'level=low&status=in_force')).toEqual([]);
		const withoutDpia = await list(noord, 'status=no_dpia');
		expect(withoutDpia.total).toBe(35);
		expect(withoutDpia.rows.every((r) => r.assessmentId === null)).toBe(true);
		const found = (await list(noord, `q=snap&school=${linde!.id}`)).rows[0];
		expect(found).toMatchObject({ name: 'Snappet', schools: ['OBS De Linde'], prescanOutcome: 'mandatory', status: 'concept' });
	});

	it('filters by supplier, and offers the board\u2019s own suppliers only', async () => {
		const input = { description: '', schoolIds: [] };
		const linked = await createProcessing(database.db, scopeOf(noord), { ...input, name: 'Rekenapp', vendor: 'Filter BV' });
		await createProcessing(database.db, scopeOf(zuid), { ...input, name: 'Zuidapp', vendor: 'Filter BV' });
		const result = await list(noord, `supplier=${linked.supplierId}`);
		expect(result.rows.map((r) => r.name)).toEqual(['Rekenapp']);
		expect(result.suppliers.map((s) => s.name)).toContain('Filter BV');
		expect((await list(zuid, `supplier=${linked.supplierId}`)).rows).toEqual([]);
		expect((await list(zuid, '')).suppliers.every((s) => s.id !== linked.supplierId)).toBe(true);
	});

	it('lists each row’s schools alphabetically, and none for a tool used at no school', async () => {
		const db = database.db;
		const boardSchools = await db.select().from(schools).where(eq(schools.organisationId, noord.organisation.id));
		const both = await newAssessment(db, noord.organisation.id, noord.people.editor.id, 'Zwijsen');
		await db.insert(processingSchools).values(boardSchools.map((s) => ({ processingId: both.processing.id, schoolId: s.id })));
		expect((await list(noord, 'q=zwijsen')).rows.map((r) => r.schools)).toEqual([['CBS Het Kompas', 'OBS De Linde']]);
		expect((await list(noord, 'q=tool 01')).rows.map((r) => r.schools)).toEqual([[]]);

		// a closed school stays on the tools that were used there, but is no longer offered as a filter
		await db.update(schools).set({ active: false }).where(eq(schools.name, 'CBS Het Kompas'));
		const after = await list(noord, 'q=zwijsen');
		expect(after.rows.map((r) => r.schools)).toEqual([['CBS Het Kompas', 'OBS De Linde']]);
		expect(after.schools.map((s) => s.name)).toEqual(['OBS De Linde']);
		await db.update(schools).set({ active: true }).where(eq(schools.name, 'CBS Het Kompas'));
	});

	it('counts overdue measures of the current version and says where the review stands', async () => {
		const db = database.db;
		const extra = await newAssessment(db, noord.organisation.id, noord.people.editor.id, 'Gynzy');
		await db.insert(measures).values([
			{ versionId: extra.version.id, title: 'Te laat', type: 'technical', dueOn: '2026-04-30', status: 'planned' },
			{ versionId: extra.version.id, title: 'Ook te laat', type: 'technical', dueOn: '2026-01-01', status: 'in_progress' },
			{ versionId: extra.version.id, title: 'Klaar', type: 'technical', dueOn: '2026-01-01', status: 'done' },
			{ versionId: extra.version.id, title: 'Vandaag', type: 'technical', dueOn: TODAY, status: 'planned' }
		]);
		await db.update(assessments).set({ decidedOn: '2023-04-01', reviewDueOn: '2026-04-01' }).where(eq(assessments.id, extra.assessment.id));
		const [row] = (await list(noord, 'q=gynzy')).rows;
		expect(row).toMatchObject({ overdueMeasures: 2, reviewDueOn: '2026-04-01', review: 'overdue' });
		const [other] = (await list(noord, 'q=parro')).rows;
		expect(other).toMatchObject({ overdueMeasures: 0, review: 'none' });
	});

	it('shows a DPIA in force whose review date has passed as due for review, and filters it so', async () => {
		const db = database.db;
		const late = await newAssessment(db, noord.organisation.id, noord.people.editor.id, 'Zermelo');
		await db.update(assessments).set({ status: 'in_force', decidedOn: '2023-01-01', reviewDueOn: '2026-01-01' }).where(eq(assessments.id, late.assessment.id));
		const [row] = (await list(noord, 'q=zermelo')).rows;
		expect(row).toMatchObject({ status: 'review_due', review: 'overdue' });
		expect(await names(noord, 'status=review_due')).toContain('Zermelo');
		expect(await names(noord, 'status=in_force')).not.toContain('Zermelo');
	});
});
