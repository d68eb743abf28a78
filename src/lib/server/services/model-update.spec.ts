import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { assessmentVersions, measures, modelBases } from '../db/schema';
import { exampleModel } from '../model/examples';
import * as versionsRepo from '../repo/workflow';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { addModel } from './model-library';
import { readInventory } from './model-inventory';
import { startFromModel } from './model-start';
import { adoptModelUpdate, ModelUpdateRefused, updatePreview } from './model-update';
import { scopeOf, type Scope } from './scope';

describe('adopting a model update: a new DPIA version, and a measure the school edited is the person’s choice', () => {
	let database: Database;
	let scope: Scope;
	let v1: string;

	beforeAll(async () => {
		database = await createTestDatabase();
		const fx = await lifecycleFixture(database.db, 'stichting-noord');
		scope = scopeOf({ organisation: fx.organisation, user: fx.people.admin });
		v1 = (await addModel(database.db, scope, exampleModel('leerlingadministratie-v1'))).versionId;
		await addModel(database.db, scope, exampleModel('leerlingadministratie-v2'));
	});
	afterAll(async () => {
		await database?.close();
	});

	/** A concept DPIA on version 1 whose supplier measure `telemetrie` the school reworded. */
	async function editedDpia(name: string) {
		const { assessmentId } = await startFromModel(database.db, scope, v1, { name });
		const inventory = (await readInventory(database.db, scope, assessmentId))!;
		const item = inventory.items.find((i) => i.key === 'telemetrie')!;
		await database.db.update(measures).set({ title: 'Onze eigen afspraak over telemetrie' }).where(eq(measures.id, item.measureId!));
		return { assessmentId, first: inventory.version };
	}
	const measure = async (assessmentId: string, key: string) => {
		const inventory = (await readInventory(database.db, scope, assessmentId))!;
		return { version: inventory.version, row: inventory.measures.get(inventory.items.find((i) => i.key === key)!.measureId!)! };
	};

	it('shows the edited measure as a conflict and keeps the school’s text when it chooses so; an untouched measure follows the model', async () => {
		const { assessmentId, first } = await editedDpia('LAS eigen tekst');
		const preview = (await updatePreview(database.db, scope, assessmentId))!;
		const conflict = preview.conflicts.find((c) => c.id === 'supplier_measure:telemetrie');
		expect(conflict).toMatchObject({ local: { title: 'Onze eigen afspraak over telemetrie' }, model: { status: 'in_place' } });
		expect(preview.conflicts.map((c) => c.id)).not.toContain('supplier_measure:logging');

		await adoptModelUpdate(database.db, scope, assessmentId, preview.to.id, { 'supplier_measure:telemetrie': 'local' });
		const telemetrie = await measure(assessmentId, 'telemetrie');
		expect(telemetrie.row).toMatchObject({ title: 'Onze eigen afspraak over telemetrie', status: 'planned' });
		expect((await measure(assessmentId, 'logging')).row).toMatchObject({ status: 'planned', dueOn: expect.any(String) });

		// a concept DPIA gets a new version too; the first keeps its basis on model version 1
		expect(telemetrie.version.number).toBe(2);
		const versions = await versionsRepo.versionsOf(database.db, assessmentId);
		expect(versions.map((v) => v.number)).toEqual([1, 2]);
		const [kept] = await database.db.select().from(modelBases).where(and(eq(modelBases.versionId, first.id)));
		expect(kept?.modelVersionId).toBe(v1);
	});

	it('takes the model’s new text and status when the person chooses the model', async () => {
		const { assessmentId } = await editedDpia('LAS modeltekst');
		const preview = (await updatePreview(database.db, scope, assessmentId))!;
		await adoptModelUpdate(database.db, scope, assessmentId, preview.to.id, { 'supplier_measure:telemetrie': 'model' });
		const telemetrie = (await measure(assessmentId, 'telemetrie')).row;
		expect(telemetrie.title).not.toBe('Onze eigen afspraak over telemetrie');
		expect(telemetrie.status).toBe('done');
	});

	it('refuses a rejected DPIA, saying it is closed, and changes nothing', async () => {
		const { assessmentId, first } = await editedDpia('LAS afgewezen');
		await database.db.update(assessmentVersions).set({ status: 'rejected' }).where(eq(assessmentVersions.id, first.id));
		const preview = (await updatePreview(database.db, scope, assessmentId))!;
		const refused = await adoptModelUpdate(database.db, scope, assessmentId, preview.to.id, {}).catch((cause: unknown) => cause);
		expect(refused).toBeInstanceOf(ModelUpdateRefused);
		expect((refused as ModelUpdateRefused).code).toBe('closed');
		expect((await versionsRepo.versionsOf(database.db, assessmentId)).map((v) => v.number)).toEqual([1]);
	});
});
