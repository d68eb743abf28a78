import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { assessmentVersions, auditLog } from '../db/schema';
import * as sectionRepo from '../repo/section-answers';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { EditConflict, readQuestionnaire, saveSection } from './questionnaire';
import { NotFound } from './scope';
import { AssessmentLocked } from './version-lock';

type Fixture = Awaited<ReturnType<typeof lifecycleFixture>>;

describe('questionnaire service', () => {
	let database: Database;
	let fx: Fixture;
	let other: Fixture;
	let scope: { organisationId: string; actor: { userId: string; label: string } };

	const stored = async (sectionId: string, f: Fixture = fx) => (await sectionRepo.read(database.db, f.version.id, sectionId))!;
	const answerAudit = (questionId: string) =>
		database.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.subjectId, fx.assessment.id), eq(auditLog.entity, 'answer'), eq(auditLog.entityId, questionId)))
			.orderBy(auditLog.id);

	beforeAll(async () => {
		database = await createTestDatabase();
		fx = await lifecycleFixture(database.db, 'stichting-noord');
		other = await lifecycleFixture(database.db, 'stichting-zuid');
		scope = { organisationId: fx.organisation.id, actor: { userId: fx.people.editor.id, label: 'Eva Editor' } };
	});
	afterAll(async () => {
		await database.close();
	});

	it('reads every section with the progress of the whole DPIA', async () => {
		const view = await readQuestionnaire(database.db, scope, fx.assessment.id);
		expect(view.sections.get('1')?.answers['1.1']).toBe('Toelichting bij vraag 1.1.');
		expect(view.answers['1.1']).toBe('Toelichting bij vraag 1.1.');
		expect(view.progress.missingRequired).toEqual([]);
		expect(view.progress.sections.find((s) => s.sectionId === '1')).toMatchObject({ answered: 2, required: 2 });
	});

	it('saves a section, raises the revision and audits each changed answer old → new', async () => {
		const before = await stored('1');
		const answers = { ...before.answers, '1.2': 'Rekenen op niveau', '1.3': '  ' };
		const result = await saveSection(database.db, scope, fx.assessment.id, { sectionId: '1', answers, expectedRevision: before.revision });
		expect(result).toMatchObject({ revision: before.revision + 1, issues: [], changed: true });
		const { '1.3': removed, ...kept } = answers;
		expect(removed).toBe('  ');
		expect((await stored('1')).answers).toEqual(kept);
		const [entry] = await answerAudit('1.2');
		expect(entry).toMatchObject({ action: 'update', actorLabel: 'Eva Editor', before: before.answers['1.2'], after: 'Rekenen op niveau' });
		expect((await answerAudit('1.3'))[0]).toMatchObject({ action: 'delete', before: before.answers['1.3'], after: null });
		expect(await answerAudit('1.1')).toEqual([]);
	});

	it('saves the valid answers, reports the invalid ones and keeps what was stored for them', async () => {
		const before = await stored('10');
		const answers = { ...before.answers, '10.1': { amount: 0, unit: 'year', start: 'na vertrek' }, '10.3': 'IBP-coördinator' };
		const result = await saveSection(database.db, scope, fx.assessment.id, { sectionId: '10', answers, expectedRevision: before.revision });
		expect(result.issues).toEqual([{ questionId: '10.1', code: 'out_of_range', kept: false }]);
		const after = await stored('10');
		expect(after.answers['10.1']).toEqual(before.answers['10.1']);
		expect(after.answers['10.3']).toBe('IBP-coördinator');
	});

	it('refuses a save based on an old revision with the stored version, and never overwrites', async () => {
		const start = await stored('14');
		const first = { ...start.answers, '14.1': 'Versie van Eva' };
		await saveSection(database.db, scope, fx.assessment.id, { sectionId: '14', answers: first, expectedRevision: start.revision });
		const second = { ...start.answers, '14.1': 'Versie van Frits' };
		const fg = { ...scope, actor: { userId: fx.people.admin.id, label: 'Frits' } };
		const attempt = saveSection(database.db, fg, fx.assessment.id, { sectionId: '14', answers: second, expectedRevision: start.revision });
		await expect(attempt).rejects.toBeInstanceOf(EditConflict);
		const conflict = (await attempt.catch((e: unknown) => e)) as EditConflict;
		expect(conflict.revision).toBe(start.revision + 1);
		expect(conflict.stored['14.1']).toBe('Versie van Eva');
		expect(conflict.savedBy).toBe(fx.people.editor.name);
		expect((await stored('14')).answers['14.1']).toBe('Versie van Eva');
		// choosing to keep one's own version: the same save on the new revision
		const kept = await saveSection(database.db, fg, fx.assessment.id, { sectionId: '14', answers: second, expectedRevision: conflict.revision });
		expect(kept.revision).toBe(start.revision + 2);
		expect((await stored('14')).answers['14.1']).toBe('Versie van Frits');
	});

	it('treats a re-sent form with the stored content as no change, whatever its revision', async () => {
		const current = await stored('14');
		const result = await saveSection(database.db, scope, fx.assessment.id, { sectionId: '14', answers: current.answers, expectedRevision: 0 });
		expect(result).toMatchObject({ changed: false, revision: current.revision });
	});

	it('drops conditional answers whose condition no longer holds, and audits their removal', async () => {
		const before = await stored('4');
		expect(before.answers['4.2']).toBeTruthy();
		const answers = { ...before.answers, '4.1': ['cloud'] };
		await saveSection(database.db, scope, fx.assessment.id, { sectionId: '4', answers, expectedRevision: before.revision });
		const after = (await stored('4')).answers;
		expect(after['4.1']).toEqual(['cloud']);
		expect(after['4.2']).toBe(before.answers['4.2']);
		expect(after).not.toHaveProperty('4.3');
		expect((await answerAudit('4.3')).at(-1)).toMatchObject({ action: 'delete', before: before.answers['4.3'], after: null });
	});

	it('saves list items in the order given and names the item in the audit trail', async () => {
		const before = await stored('3');
		const items = [
			{ id: 'toets', answers: { '3.1': 'Toets maken', '3.2': 'Leerling maakt de toets.', '3.3': ['item-2'] } },
			...(before.answers.items as unknown[])
		];
		const result = await saveSection(database.db, scope, fx.assessment.id, { sectionId: '3', answers: { items }, expectedRevision: before.revision });
		expect(result.issues).toEqual([]);
		expect(((await stored('3')).answers.items as { id: string }[]).map((i) => i.id)).toEqual(['toets', 'item-3']);
		expect((await answerAudit('3.1')).at(-1)).toMatchObject({ action: 'create', after: { item: 'toets', value: 'Toets maken' } });
	});

	it('refuses sections that are kept elsewhere and assessments of another organisation', async () => {
		await expect(saveSection(database.db, scope, fx.assessment.id, { sectionId: '16', answers: {}, expectedRevision: 0 })).rejects.toBeInstanceOf(NotFound);
		await expect(saveSection(database.db, scope, fx.assessment.id, { sectionId: '99', answers: {}, expectedRevision: 0 })).rejects.toBeInstanceOf(NotFound);
		await expect(saveSection(database.db, scope, other.assessment.id, { sectionId: '1', answers: {}, expectedRevision: 0 })).rejects.toBeInstanceOf(NotFound);
		await expect(readQuestionnaire(database.db, scope, other.assessment.id)).rejects.toBeInstanceOf(NotFound);
		expect((await stored('1', other)).answers['1.2']).toBe('Toelichting bij vraag 1.2.');
	});

	it('refuses any change to a signed-off version', async () => {
		const frozen = await lifecycleFixture(database.db, 'stichting-west');
		const s = { organisationId: frozen.organisation.id, actor: scope.actor };
		await database.db.update(assessmentVersions).set({ frozenAt: new Date() }).where(eq(assessmentVersions.id, frozen.version.id));
		const before = await stored('1', frozen);
		const attempt = saveSection(database.db, s, frozen.assessment.id, { sectionId: '1', answers: { '1.1': 'Anders' }, expectedRevision: before.revision });
		await expect(attempt).rejects.toBeInstanceOf(AssessmentLocked);
		expect((await stored('1', frozen)).answers).toEqual(before.answers);
	});
});
