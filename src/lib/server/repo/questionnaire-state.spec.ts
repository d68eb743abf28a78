import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import * as commentRepo from './comments';
import { questionnaireState } from './questionnaire-state';
import * as sectionRepo from './section-answers';

type Fixture = Awaited<ReturnType<typeof lifecycleFixture>>;

// The one-query state must give exactly what the separate queries give, Dates included.
describe('questionnaireState', () => {
	let database: Database;
	let fx: Fixture;
	let other: Fixture;

	beforeAll(async () => {
		database = await createTestDatabase();
		fx = await lifecycleFixture(database.db, 'stichting-noord');
		other = await lifecycleFixture(database.db, 'stichting-zuid');
		const first = await commentRepo.createThread(database.db, fx.version.id, '1', '1.1');
		await commentRepo.addComment(database.db, first.id, { id: null, name: 'Fleur FG' }, 'Welke leerjaren?');
		await commentRepo.addComment(database.db, first.id, { id: null, name: 'Eva Editor' }, 'Groep 3 tot 8, "alle" <scholen>.');
		await commentRepo.setResolved(database.db, first.id, { userId: null });
		await commentRepo.createThread(database.db, fx.version.id, '1', '1.2');
		const elsewhere = await commentRepo.createThread(database.db, fx.version.id, '3', '3.1');
		await commentRepo.addComment(database.db, elsewhere.id, { id: null, name: 'Fleur FG' }, 'Andere sectie');
	});
	afterAll(async () => {
		await database.close();
	});

	it('brings the current version, every stored section and the threads of one section as the separate queries do', async () => {
		const state = await questionnaireState(database.db, fx.organisation.id, fx.assessment.id, '1');
		expect(state).not.toBeNull();
		expect(state!.assessment).toEqual(fx.assessment);
		expect(state!.version).toEqual(fx.version);
		expect(state!.processingName).toBe(fx.processing.name);
		expect(state!.sections.length).toBeGreaterThan(1);
		expect(state!.sections).toEqual(await sectionRepo.list(database.db, fx.version.id));
		expect(state!.sections[0]!.updatedAt).toBeInstanceOf(Date);

		const threads = await commentRepo.list(database.db, fx.version.id, '1');
		expect(threads.map((t) => t.questionId)).toEqual(['1.1', '1.2']);
		expect(state!.threads).toEqual(threads);
		expect(state!.threads[0]!.resolvedAt).toBeInstanceOf(Date);
		expect(state!.threads[0]!.comments.map((c) => c.body)).toEqual(['Welke leerjaren?', 'Groep 3 tot 8, "alle" <scholen>.']);
		expect(state!.threads[1]!.comments).toEqual([]);
	});

	it('brings no threads when no section is named', async () => {
		const state = await questionnaireState(database.db, fx.organisation.id, fx.assessment.id, null);
		expect(state!.threads).toEqual([]);
		expect(state!.sections).toEqual(await sectionRepo.list(database.db, fx.version.id));
	});

	it("finds nothing for another board's DPIA", async () => {
		expect(await questionnaireState(database.db, fx.organisation.id, other.assessment.id, '1')).toBeNull();
		expect(await questionnaireState(database.db, other.organisation.id, fx.assessment.id, null)).toBeNull();
	});
});
