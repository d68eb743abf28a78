import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db';
import { assessmentVersions } from '$lib/server/db/schema';
import { exampleModel } from '$lib/server/model/examples';
import { addModel } from '$lib/server/services/model-library';
import { startFromModel } from '$lib/server/services/model-start';
import { scopeOf } from '$lib/server/services/scope';
import { createTestDatabase } from '$lib/server/testing/db';
import { boardEvent } from '$lib/server/testing/route-event';
import { lifecycleFixture } from '$lib/server/testing/lifecycle-fixture';
import { actions, load } from './+page.server';

type Fixture = Awaited<ReturnType<typeof lifecycleFixture>>;

const fakeEvent = (db: Database['db'], fx: Fixture, assessmentId: string, form?: Record<string, string>) =>
	boardEvent(db, fx, 'admin', `/assessments/${assessmentId}/model/update`, { params: { id: assessmentId }, form });

describe('the model update page of a DPIA that cannot take it', () => {
	let database: Database;
	let fx: Fixture;
	let assessmentId: string;

	beforeAll(async () => {
		database = await createTestDatabase();
		fx = await lifecycleFixture(database.db, 'stichting-noord');
		const scope = scopeOf({ organisation: fx.organisation, user: fx.people.admin });
		const v1 = (await addModel(database.db, scope, exampleModel('leerlingadministratie-v1'))).versionId;
		await addModel(database.db, scope, exampleModel('leerlingadministratie-v2'));
		assessmentId = (await startFromModel(database.db, scope, v1, { name: 'LAS afgewezen' })).assessmentId;
		await database.db.update(assessmentVersions).set({ status: 'rejected' }).where(eq(assessmentVersions.assessmentId, assessmentId));
	});
	afterAll(async () => {
		await database?.close();
	});

	it('says before anyone tries that a rejected DPIA takes no new model version, and offers no button; a post is refused with the same words', async () => {
		const page = (await load(fakeEvent(database.db, fx, assessmentId))) as { canAdopt: boolean; blocked: string | null; update: { to: { id: string } } | null };
		expect(page.update).not.toBeNull();
		expect(page.canAdopt).toBe(false);
		expect(page.blocked).toMatch(/^Deze DPIA is afgewezen of gearchiveerd/);
		const posted = (await actions.adopt!(fakeEvent(database.db, fx, assessmentId, { to: page.update!.to.id }))) as { status: number; data: { message: string } };
		expect(posted.status).toBe(409);
		expect(posted.data.message).toBe(page.blocked);
	});
});
