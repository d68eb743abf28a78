import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { assessmentVersions, auditLog } from '../db/schema';
import * as riskRepo from '../repo/risks';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { createMeasure, deleteMeasure, isOverdue, listMeasures, UnknownRisk, updateMeasure } from './measures';
import { NotFound } from './scope';
import { AssessmentLocked } from './version-lock';

describe('measures service', () => {
	let database: Database;
	let fx: Awaited<ReturnType<typeof lifecycleFixture>>;
	let scope: { organisationId: string; actor: { userId: string; label: string } };
	const input = { title: 'Verwerkersovereenkomst 4.0', description: '', type: 'contractual' as const, owner: 'Bestuurssecretaris', dueOn: '2026-06-01', status: 'planned' as const };

	beforeAll(async () => {
		database = await createTestDatabase();
		fx = await lifecycleFixture(database.db);
		scope = { organisationId: fx.organisation.id, actor: { userId: fx.people.editor.id, label: 'Editor' } };
	});
	afterAll(async () => {
		await database.close();
	});

	it('creates a measure linked to risks, and audits it', async () => {
		const a = await riskRepo.create(database.db, fx.version.id, { title: 'A', severity: 2, likelihood: 2 });
		const b = await riskRepo.create(database.db, fx.version.id, { title: 'B', severity: 3, likelihood: 1 });
		const measure = await createMeasure(database.db, scope, fx.assessment.id, { ...input, riskIds: [a.id, b.id, a.id] });
		expect(measure.riskIds.sort()).toEqual([a.id, b.id].sort());
		const listed = await listMeasures(database.db, scope, fx.assessment.id);
		expect(listed.measures.map((x) => x.title)).toEqual(['Verwerkersovereenkomst 4.0']);
		const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityId, measure.id));
		expect(audit.map((e) => e.action)).toEqual(['create']);

		const updated = await updateMeasure(database.db, scope, fx.assessment.id, measure.id, { ...input, status: 'done', riskIds: [b.id] });
		expect(updated.status).toBe('done');
		expect(updated.riskIds).toEqual([b.id]);
	});

	it('refuses a risk of another version or organisation', async () => {
		const other = await lifecycleFixture(database.db, 'stichting-zuid');
		const foreign = await riskRepo.create(database.db, other.version.id, { title: 'X', severity: 1, likelihood: 1 });
		await expect(createMeasure(database.db, scope, fx.assessment.id, { ...input, riskIds: [foreign.id] })).rejects.toBeInstanceOf(UnknownRisk);
		// and another board's DPIA is not found at all
		await expect(listMeasures(database.db, scope, other.assessment.id)).rejects.toBeInstanceOf(NotFound);
	});

	it('refuses every edit once the version is frozen', async () => {
		const fresh = await lifecycleFixture(database.db, 'stichting-oost');
		const s = { organisationId: fresh.organisation.id, actor: scope.actor };
		const risk = await riskRepo.create(database.db, fresh.version.id, { title: 'A', severity: 2, likelihood: 2 });
		const measure = await createMeasure(database.db, s, fresh.assessment.id, { ...input, riskIds: [risk.id] });
		await database.db.update(assessmentVersions).set({ frozenAt: new Date() }).where(eq(assessmentVersions.id, fresh.version.id));
		await expect(createMeasure(database.db, s, fresh.assessment.id, { ...input, riskIds: [risk.id] })).rejects.toBeInstanceOf(AssessmentLocked);
		await expect(updateMeasure(database.db, s, fresh.assessment.id, measure.id, { ...input, riskIds: [risk.id] })).rejects.toBeInstanceOf(AssessmentLocked);
		await expect(deleteMeasure(database.db, s, fresh.assessment.id, measure.id)).rejects.toBeInstanceOf(AssessmentLocked);
	});

	it('marks a measure overdue only when its due date passed and it is not done', () => {
		expect(isOverdue({ dueOn: '2026-01-01', status: 'planned' }, '2026-01-02')).toBe(true);
		expect(isOverdue({ dueOn: '2026-01-01', status: 'done' }, '2026-01-02')).toBe(false);
		expect(isOverdue({ dueOn: '2026-01-02', status: 'in_progress' }, '2026-01-02')).toBe(false);
		expect(isOverdue({ dueOn: null, status: 'planned' }, '2026-01-02')).toBe(false);
	});
});
