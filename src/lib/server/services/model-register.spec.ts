import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRegisterQuery } from '$lib/domain/register-query';
import type { Database } from '../db';
import { assessments, assessmentVersions } from '../db/schema';
import { exampleModel } from '../model/examples';
import { countsByStatus } from '../repo/dashboard';
import { adminScope, twoBoards } from '../testing/two-boards';
import { addModel } from './model-library';
import { startFromModel } from './model-start';
import { adoptModelUpdate, updatePreview } from './model-update';
import { listRegister } from './register';
import type { Scope } from './scope';

const TODAY = '2026-12-06';

describe('the register shows the model a DPIA builds on, filters by it, and a newer model version makes the review due', () => {
	let database: Database;
	let scope: Scope;
	let otherScope: Scope;
	let modelId: string;
	let assessmentId: string;
	const list = (s: Scope, search: string) => listRegister(database.db, s, parseRegisterQuery(new URLSearchParams(search)), TODAY);
	const shown = async (s: Scope) => Object.fromEntries((await countsByStatus(database.db, s.organisationId, TODAY)).map((r) => [r.status, r.n]));

	beforeAll(async () => {
		const boards = await twoBoards();
		database = boards.database;
		scope = adminScope(boards.noord);
		otherScope = adminScope(boards.zuid);
		const added = await addModel(database.db, scope, exampleModel('leerlingadministratie-v1'));
		modelId = added.modelId;
		({ assessmentId } = await startFromModel(database.db, scope, added.versionId, { name: 'LAS De Linde' }));
		// decided and in force, its review years away: only the model can make it due
		await database.db.update(assessments).set({ status: 'in_force', reviewDueOn: '2029-01-01', decidedOn: '2026-01-10' }).where(eq(assessments.id, assessmentId));
		await database.db.update(assessmentVersions).set({ status: 'in_force', frozenAt: new Date() }).where(eq(assessmentVersions.assessmentId, assessmentId));
	});
	afterAll(async () => {
		await database?.close();
	});

	it('names the model on the row and offers it as a filter that keeps only DPIAs built on it', async () => {
		const all = await list(scope, '');
		expect(all.models).toEqual([{ id: modelId, name: 'Voorbeeld Leerlingadministratie (DPIA Wijzer (voorbeeld))' }]);
		const row = all.rows.find((r) => r.name === 'LAS De Linde')!;
		expect(row.model).toMatchObject({ system: 'Voorbeeld Leerlingadministratie', version: 1 });
		expect(all.rows.find((r) => r.name === 'Snappet')!.model).toBeNull();
		expect((await list(scope, `model=${modelId}`)).rows.map((r) => r.name)).toEqual(['LAS De Linde']);
		expect(row).toMatchObject({ status: 'in_force', modelUpdated: false });
		expect(await shown(scope)).toMatchObject({ in_force: 1 });
	});

	it('never filters another board’s register by this board’s model', async () => {
		expect((await list(otherScope, `model=${modelId}`)).rows).toEqual([]);
		expect((await list(otherScope, '')).models).toEqual([]);
	});

	it('shows “model updated” as a reason the review is due once version 2 is in the library, on the register and the dashboard, until it is adopted', async () => {
		await addModel(database.db, scope, exampleModel('leerlingadministratie-v2'));
		const row = (await list(scope, '')).rows.find((r) => r.name === 'LAS De Linde')!;
		expect(row).toMatchObject({ status: 'review_due', modelUpdated: true, supplierChanged: false });
		expect((await list(scope, 'status=review_due')).rows.map((r) => r.name)).toEqual(['LAS De Linde']);
		expect(await shown(scope)).toMatchObject({ review_due: 1 });

		const preview = (await updatePreview(database.db, scope, assessmentId))!;
		await adoptModelUpdate(database.db, scope, assessmentId, preview.to.id, {});
		const after = (await list(scope, `model=${modelId}`)).rows[0]!;
		// adopting it opens version 2 of the DPIA, in concept, on version 2 of the model
		expect(after).toMatchObject({ status: 'concept', modelUpdated: false, model: { version: 2 } });
	});
});
