import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { sectionAnswers } from '../db/schema';
import { exampleModel } from '../model/examples';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { adminScope, twoBoards } from '../testing/two-boards';
import { addModel } from './model-library';
import { decideSchoolMeasure, explainAnswerChange, readInventory } from './model-inventory';
import { modelMarks } from './model-notice';
import { startFromModel } from './model-start';
import { readQuestionnaire } from './questionnaire';
import { sectionAttribution } from './model-view';
import type { Scope } from './scope';

describe('the questionnaire, risk and measure pages of a local DPIA mark what came from the model', () => {
	let database: Database;
	let scope: Scope;
	let otherScope: Scope;
	let assessmentId: string;
	let versionId: string;

	beforeAll(async () => {
		const boards = await twoBoards();
		database = boards.database;
		scope = adminScope(boards.noord);
		otherScope = adminScope(boards.zuid);
		const added = await addModel(database.db, scope, exampleModel('camerasysteem-v1'));
		({ assessmentId } = await startFromModel(database.db, scope, added.versionId));
		versionId = (await readInventory(database.db, scope, assessmentId))!.version.id;
	});
	afterAll(async () => {
		await database?.close();
	});

	it('reads its version only within the organisation that holds the DPIA', async () => {
		await expect(readQuestionnaire(database.db, otherScope, assessmentId)).rejects.toThrow(/not found/i);
	});

	it('attributes each model answer of a section, then asks for and shows the reason once the school changes it', async () => {
		const db = database.db;
		const before = (await sectionAttribution(db, versionId, '5', 'nl'))!;
		expect(before.model).toEqual({ system: 'Voorbeeld Camerasysteem Schoolgebouw', version: 1 });
		expect(before.answers.map((a) => [a.key, a.state])).toEqual([['5.1', 'model'], ['5.3', 'model']]);
		expect(before.answers[0]!.label).toMatch(/^5\.1 \S/);
		expect((await sectionAttribution(db, versionId, '1', 'nl'))!.answers).toEqual([]);

		const here = and(eq(sectionAnswers.versionId, versionId), eq(sectionAnswers.sectionId, '5'));
		const [section] = await db.select().from(sectionAnswers).where(here);
		await db.update(sectionAnswers).set({ answers: { ...section!.answers, '5.3': 'unknown' } }).where(here);
		expect((await sectionAttribution(db, versionId, '5', 'nl'))!.answers.find((a) => a.key === '5.3')).toMatchObject({ state: 'unexplained', reason: '' });
		await explainAnswerChange(db, scope, assessmentId, '5.3', 'Niet zeker bij ons');
		expect((await sectionAttribution(db, versionId, '5', 'en'))!.answers.find((a) => a.key === '5.3')).toMatchObject({ state: 'changed', reason: 'Niet zeker bij ons' });
		const fx = await lifecycleFixture(db, 'stichting-oost');
		expect(await sectionAttribution(db, fx.version.id, '5', 'nl')).toBeNull();
	});

	it('marks the model’s risks and measures (with the party that takes them), and not what the school adds or what no longer applies', async () => {
		const db = database.db;
		let marks = (await modelMarks(db, versionId))!;
		expect(marks.risks).toHaveLength(2);
		expect(Object.values(marks.measures).sort()).toEqual(['school', 'school', 'supplier']);
		await decideSchoolMeasure(db, scope, assessmentId, 'borden', { decision: 'not_applicable', owner: '', dueOn: null, reason: 'Geen camera’s buiten' });
		marks = (await modelMarks(db, versionId))!;
		expect(Object.values(marks.measures).sort()).toEqual(['school', 'supplier']);
		const fx = await lifecycleFixture(db, 'stichting-west');
		expect(await modelMarks(db, fx.version.id)).toBeNull();
	});
});
