import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { assessments, assessmentVersions, auditLog, dpiaModelVersions, measures, modelItems, processings, risks, sectionAnswers, suppliers } from '../db/schema';
import { exampleModel } from '../model/examples';
import { ModelRefused } from '../model/parse';
import { adminScope, twoBoards } from '../testing/two-boards';
import { addModel, listLibrary } from './model-library';
import { decideRisk, decideSchoolMeasure, explainAnswerChange, InventoryInputError, readInventory } from './model-inventory';
import { startFromModel } from './model-start';
import { NameInUse } from './register';
import { adoptModelUpdate, updatePreview } from './model-update';
import { exportAsModel, NotFinished } from './model-export';
import type { Scope } from './scope';
import { listMembers } from './users-admin';
import { gatherFacts } from './workflow-facts';

describe('model library and local DPIAs from a model', () => {
	let database: Database;
	let scope: Scope;
	let otherScope: Scope;

	beforeAll(async () => {
		const boards = await twoBoards();
		database = boards.database;
		scope = adminScope(boards.noord);
		otherScope = adminScope(boards.zuid);
	});
	afterAll(async () => {
		await database?.close();
	});

	it('adds a model with its supplier, recognises the same version added twice, and refuses another text under a taken number', async () => {
		const db = database.db;
		const first = await addModel(db, scope, exampleModel('leerlingadministratie-v1'));
		expect(first.added).toBe(true);
		const again = await addModel(db, scope, exampleModel('leerlingadministratie-v1'));
		expect(again).toMatchObject({ added: false, versionId: first.versionId });
		const changed = exampleModel('leerlingadministratie-v1');
		changed.scope.description = 'Anders';
		await expect(addModel(db, scope, changed)).rejects.toBeInstanceOf(ModelRefused);
		const v2 = await addModel(db, scope, exampleModel('leerlingadministratie-v2'));
		expect(v2.modelId).toBe(first.modelId);
		const library = await listLibrary(db, scope);
		expect(library).toHaveLength(1);
		expect(library[0]!.versions.map((v) => v.version)).toEqual([2, 1]);
		const [supplier] = await db.select().from(suppliers).where(eq(suppliers.name, 'Voorbeeld Onderwijssoftware BV'));
		expect(supplier?.organisationId).toBe(scope.organisationId);
		expect(await listLibrary(db, otherScope)).toEqual([]);
	});

	it('starts a local DPIA from a model in one go: answers, risks, measures and their provenance', async () => {
		const db = database.db;
		const { versionId } = await addModel(db, scope, exampleModel('leerlingadministratie-v1'));
		await expect(startFromModel(db, otherScope, versionId)).rejects.toThrow(/not found/);
		const { assessmentId } = await startFromModel(db, scope, versionId);
		const inventory = (await readInventory(db, scope, assessmentId))!;
		expect(inventory.model).toMatchObject({ system: 'Voorbeeld Leerlingadministratie', version: 1 });
		expect(inventory.newer?.version).toBe(2);
		expect(inventory.open).toEqual({ risks: 3, measures: 3, answers: 0, total: 6 });
		expect(inventory.origins.every((o) => o.state === 'model')).toBe(true);
		const stored = await db.select().from(risks).where(eq(risks.versionId, inventory.version.id));
		expect(stored.map((r) => r.title)).toContain('Datalek bij de leverancier');
		const supplierMeasures = await db.select().from(measures).where(eq(measures.versionId, inventory.version.id));
		expect(supplierMeasures.find((m) => m.title.startsWith('Geen analysegegevens'))).toMatchObject({ status: 'planned', dueOn: '2026-09-01', owner: 'Voorbeeld Onderwijssoftware BV' });
		expect((await gatherFacts(db, inventory.version.id)).modelInventoryOpen).toBe(6);
	});

	it('records the inventarisatie: a risk that does not apply needs a reason and leaves the register; it can come back', async () => {
		const db = database.db;
		const { versionId } = await addModel(db, scope, exampleModel('camerasysteem-v1'));
		const { assessmentId } = await startFromModel(db, scope, versionId, { name: 'Camera’s De Linde' });
		await expect(decideRisk(db, scope, assessmentId, 'afstand', 'not_applicable', ' ')).rejects.toBeInstanceOf(InventoryInputError);
		await decideRisk(db, scope, assessmentId, 'afstand', 'not_applicable', 'Geen beheer op afstand: de recorder hangt niet aan internet');
		let inventory = (await readInventory(db, scope, assessmentId))!;
		expect(inventory.items.find((i) => i.key === 'afstand')).toMatchObject({ decision: 'not_applicable', riskId: null });
		await decideRisk(db, scope, assessmentId, 'afstand', 'applies', '');
		await decideRisk(db, scope, assessmentId, 'verkeerd', 'applies', '');
		inventory = (await readInventory(db, scope, assessmentId))!;
		const back = inventory.items.find((i) => i.key === 'afstand')!;
		expect(back.riskId).not.toBeNull();
		await expect(decideSchoolMeasure(db, scope, assessmentId, 'reglement', { decision: 'will_do', owner: '', dueOn: '2026-12-01', reason: '' })).rejects.toBeInstanceOf(InventoryInputError);
		await decideSchoolMeasure(db, scope, assessmentId, 'reglement', { decision: 'will_do', owner: 'Directeur', dueOn: '2026-12-01', reason: '' });
		await decideSchoolMeasure(db, scope, assessmentId, 'borden', { decision: 'in_place', owner: '', dueOn: null, reason: '' });
		inventory = (await readInventory(db, scope, assessmentId))!;
		expect(inventory.open.total).toBe(0);
		const reglement = inventory.measures.get(inventory.items.find((i) => i.key === 'reglement')!.measureId!)!;
		expect(reglement).toMatchObject({ owner: 'Directeur', dueOn: '2026-12-01', status: 'planned' });

		// a changed model answer counts as open until the school says why
		const [section] = await db.select().from(sectionAnswers).where(eq(sectionAnswers.versionId, inventory.version.id)).then((rows) => rows.filter((r) => r.sectionId === '5'));
		await db.update(sectionAnswers).set({ answers: { ...section!.answers, '5.3': 'unknown' } }).where(eq(sectionAnswers.versionId, inventory.version.id)).execute();
		expect((await readInventory(db, scope, assessmentId))!.open.answers).toBeGreaterThan(0);
		await explainAnswerChange(db, scope, assessmentId, '5.3', 'Wij weten het niet zeker');
		const after = (await readInventory(db, scope, assessmentId))!;
		expect(after.origins.find((o) => o.key === '5.3')).toMatchObject({ state: 'changed', reason: 'Wij weten het niet zeker' });
		const trail = await db.select().from(auditLog).where(eq(auditLog.subjectId, assessmentId));
		expect(trail.map((e) => e.entity)).toEqual(expect.arrayContaining(['assessment', 'model_risk', 'model_measure', 'model_answer']));
	});

	it('offers a newer model version with a diff and adopts it; a local change the model also changed is the person’s choice', async () => {
		const db = database.db;
		const v1 = await addModel(db, scope, exampleModel('leerlingadministratie-v1'));
		const { assessmentId } = await startFromModel(db, scope, v1.versionId, { name: 'LAS update' });
		const { version } = (await readInventory(db, scope, assessmentId))!;
		const [techniques] = (await db.select().from(sectionAnswers).where(eq(sectionAnswers.versionId, version.id))).filter((r) => r.sectionId === '4');
		await db.update(sectionAnswers).set({ answers: { ...techniques!.answers, '4.2': 'Onze eigen uitleg' } }).where(eq(sectionAnswers.versionId, version.id));
		const preview = (await updatePreview(db, scope, assessmentId))!;
		expect(preview.to.version).toBe(2);
		expect(preview.diff.supplierMeasures.map((c) => [c.key, c.before?.status, c.after?.status])).toEqual([['telemetrie', 'agreed', 'in_place'], ['logging', 'not_agreed', 'agreed']]);
		expect(preview.diff.risks.map((r) => [r.key, r.change])).toEqual([['koppelingen', 'added']]);
		expect(preview.conflicts.map((c) => c.id)).toEqual(['answer:4.2']);

		await adoptModelUpdate(db, scope, assessmentId, preview.to.id, {});
		const after = (await readInventory(db, scope, assessmentId))!;
		expect(after.model.version).toBe(2);
		expect(after.newer).toBeNull();
		expect(after.items.find((i) => i.key === 'koppelingen' && i.kind === 'risk')?.decision).toBeNull();
		const section4 = (await db.select().from(sectionAnswers).where(eq(sectionAnswers.versionId, after.version.id))).find((r) => r.sectionId === '4')!;
		expect(section4.answers['4.2']).toBe('Onze eigen uitleg');
		const telemetrie = after.measures.get(after.items.find((i) => i.key === 'telemetrie')!.measureId!)!;
		expect(telemetrie.status).toBe('done');
		expect(await updatePreview(db, scope, assessmentId)).toBeNull();
	});

	it('shares a DPIA as a model file without people, comments or the trail, which another board can add and build on', async () => {
		const db = database.db;
		const { versionId } = await addModel(db, scope, exampleModel('camerasysteem-v1'));
		const { assessmentId } = await startFromModel(db, scope, versionId, { name: 'Camera’s Het Kompas' });
		await decideSchoolMeasure(db, scope, assessmentId, 'reglement', { decision: 'will_do', owner: 'Jan de Conciërge', dueOn: '2026-12-01', reason: '' });
		// only a finished DPIA is shared: its signed-off version
		await expect(exportAsModel(db, scope, assessmentId, '2026-12-06')).rejects.toBeInstanceOf(NotFinished);
		const { version } = (await readInventory(db, scope, assessmentId))!;
		await db.update(assessmentVersions).set({ frozenAt: new Date() }).where(eq(assessmentVersions.id, version.id));
		// free text naming the measure's owner, a member of the board and an address: replaced in the file
		const first = await exportAsModel(db, scope, assessmentId, '2026-12-06');
		const [sectionId, textId] = Object.entries(first.answers).flatMap(([section, answers]) =>
			answers && !Array.isArray(answers) ? Object.entries(answers as Record<string, unknown>).filter(([, v]) => typeof v === 'string').map(([id]) => [section, id]) : []
		)[0]!;
		const where = and(eq(sectionAnswers.versionId, version.id), eq(sectionAnswers.sectionId, sectionId!));
		const [row] = await db.select().from(sectionAnswers).where(where);
		const [member] = await listMembers(db, scope.organisationId);
		await db.update(sectionAnswers).set({ answers: { ...row!.answers, [textId!]: `Vragen aan jan de conciërge of ${member!.name}, mail ${member!.email}.` } }).where(where);
		const doc = await exportAsModel(db, scope, assessmentId, '2026-12-06');
		expect((doc.answers[sectionId!] as Record<string, unknown>)[textId!]).toBe('Vragen aan [naam] of [naam], mail [e-mailadres].');
		expect(doc.supplierMeasures.map((m) => [m.title, m.status])).toEqual([[expect.stringMatching(/\S/), expect.stringMatching(/^(in_place|agreed|not_agreed)$/)]]);
		expect(doc.schoolMeasures).toHaveLength(2);
		expect(doc.identity).toMatchObject({ system: 'Camera’s Het Kompas', supplier: 'Voorbeeld Beveiliging BV', publisher: 'Stichting stichting-noord', modelVersion: 1 });
		expect(doc.risks).toHaveLength(2);
		expect(JSON.stringify(doc)).not.toMatch(/Jan de Conciërge|admin stichting-noord|@stichting-noord/);
		const shared = await addModel(db, otherScope, doc);
		await expect(startFromModel(db, otherScope, shared.versionId)).resolves.toHaveProperty('assessmentId');
	});

	it('leaves nothing behind when any part of starting from a model fails', async () => {
		const db = database.db;
		const broken = exampleModel('adaptief-leerplatform-v1');
		const { versionId } = await addModel(db, scope, broken);
		// a document that passed the format once but cannot be stored now (a title past any column's use is fine, so break the risk's scores)
		const document = { ...broken, risks: [{ ...broken.risks[0]!, severity: null }] };
		await db.update(dpiaModelVersions).set({ document }).where(eq(dpiaModelVersions.id, versionId));
		const before = await Promise.all([processings, assessments, modelItems, auditLog].map(async (t) => (await db.select({ n: count() }).from(t))[0]!.n));
		await expect(startFromModel(db, scope, versionId)).rejects.toThrow();
		const after = await Promise.all([processings, assessments, modelItems, auditLog].map(async (t) => (await db.select({ n: count() }).from(t))[0]!.n));
		expect(after).toEqual(before);
	});

	it('asks before a second local DPIA under a name already in the register, when the web form says to ask', async () => {
		const db = database.db;
		const { versionId } = await addModel(db, scope, exampleModel('camerasysteem-v1'));
		const before = (await db.select({ n: count() }).from(processings))[0]!.n;
		// the 'Camera’s De Linde' of an earlier test, typed in capitals
		const refused = await startFromModel(db, scope, versionId, { name: 'CAMERA’S DE LINDE', refuseNameInUse: true }).catch((e: unknown) => e);
		expect(refused).toBeInstanceOf(NameInUse);
		expect((refused as NameInUse).existing.map((p) => p.name)).toEqual(['Camera’s De Linde']);
		expect((await db.select({ n: count() }).from(processings))[0]!.n).toBe(before);
		// the other board's register is its own; and a second one is made once it is meant
		await expect(startFromModel(db, otherScope, (await addModel(db, otherScope, exampleModel('camerasysteem-v1'))).versionId, { name: 'Camera’s De Linde', refuseNameInUse: true })).resolves.toHaveProperty('assessmentId');
		await expect(startFromModel(db, scope, versionId, { name: 'Camera’s De Linde' })).resolves.toHaveProperty('assessmentId');
	});
});
