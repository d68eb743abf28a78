import { and, eq } from 'drizzle-orm';
import { basisOrigins, modelAnswers, openInventory, type RiskDecision, type SchoolMeasureDecision } from '$lib/domain/model/attribution';
import { recordAudit } from '../audit';
import type { Db, Tx } from '../db';
import { measureRisks, modelBases, modelItems } from '../db/schema';
import * as measureRepo from '../repo/measures';
import * as repo from '../repo/models';
import * as riskRepo from '../repo/risks';
import * as sectionRepo from '../repo/section-answers';
import { riskValues, schoolMeasureValues } from './model-start';
import { currentVersion, NotFound, type Scope } from './scope';
import { assertVersionEditable } from './version-lock';

export class InventoryInputError extends Error {
	readonly _tag = 'InventoryInputError';
	constructor(readonly field: 'reason' | 'owner' | 'dueOn') {
		super(field);
	}
}

/**
 * The model behind a version and where each of its answers stands (the model's, changed, or changed without a
 * reason); null for a DPIA not built on a model. The caller has read the version within the organisation's scope.
 */
export async function modelAnswerOrigins(db: Db | Tx, versionId: string) {
	const basis = await repo.basisOf(db, versionId);
	if (!basis) return null;
	return { basis, origins: basisOrigins(basis, await sectionRepo.records(db, versionId)) };
}

/** What the inventarisatie page shows and the workflow guard counts; null for a DPIA not built on a model. */
export async function readInventory(db: Db | Tx, scope: Scope, assessmentId: string) {
	const { version, assessment } = await currentVersion(db, scope, assessmentId);
	const basis = await repo.basisOf(db, version.id);
	if (!basis) return null;
	const [items, stored, measures] = await Promise.all([repo.itemsOf(db, version.id), sectionRepo.records(db, version.id), measureRepo.list(db, version.id)]);
	const origins = basisOrigins(basis, stored);
	const latest = await repo.latestVersion(db, basis.model.id);
	return {
		assessment,
		version,
		model: { id: basis.model.id, publisher: basis.model.publisher, system: basis.model.system, version: basis.modelVersion.version, date: basis.modelVersion.modelDate, example: basis.modelVersion.example },
		newer: latest && latest.version > basis.modelVersion.version ? { id: latest.id, version: latest.version } : null,
		document: basis.document,
		items,
		measures: new Map(measures.map((m) => [m.id, m])),
		origins,
		open: openInventory(items, origins),
		editable: !version.frozenAt
	};
}

/** Only the open count, for the workflow guard: 0 for a DPIA not built on a model. */
export async function openInventoryCount(db: Db | Tx, versionId: string): Promise<number> {
	const basis = await repo.basisOf(db, versionId);
	if (!basis) return 0;
	const [items, stored] = await Promise.all([repo.itemsOf(db, versionId), sectionRepo.records(db, versionId)]);
	return openInventory(items, basisOrigins(basis, stored)).total;
}

async function itemFor(tx: Tx, scope: Scope, assessmentId: string, kind: string, key: string) {
	const { version } = await currentVersion(tx, scope, assessmentId);
	await assertVersionEditable(tx, version.id);
	const basis = await repo.basisOf(tx, version.id);
	const [item] = await tx.select().from(modelItems).where(and(eq(modelItems.versionId, version.id), eq(modelItems.kind, kind), eq(modelItems.key, key)));
	if (!basis || !item) throw new NotFound('model_item');
	return { version, basis, item };
}

/**
 * A generic risk applies (it stays, or comes back, in the risk register with the model's scores and its
 * measures) or does not in the school's situation (it leaves the register; the reason is required and kept).
 */
export async function decideRisk(db: Db, scope: Scope, assessmentId: string, key: string, decision: RiskDecision, reason: string) {
	if (decision === 'not_applicable' && !reason.trim()) throw new InventoryInputError('reason');
	return db.transaction(async (tx) => {
		const { version, basis, item } = await itemFor(tx, scope, assessmentId, 'risk', key);
		let riskId = item.riskId;
		if (decision === 'not_applicable' && riskId) {
			await riskRepo.destroy(tx, version.id, riskId);
			riskId = null;
		}
		if (decision === 'applies' && !riskId) {
			const risk = basis.document.risks.find((r) => r.key === key);
			if (!risk) throw new NotFound('model_item');
			riskId = (await riskRepo.create(tx, version.id, riskValues(risk))).id;
			await relinkMeasures(tx, version.id, basis.document, key, riskId);
		}
		const values = { decision, reason: decision === 'not_applicable' ? reason.trim() : '', riskId, decidedBy: scope.actor.userId, decidedAt: new Date() };
		await tx.update(modelItems).set(values).where(eq(modelItems.id, item.id));
		await audit(tx, scope, assessmentId, 'model_risk', item.id, { decision: item.decision, reason: item.reason }, { key, decision, reason: values.reason });
	});
}

/** A risk that comes back is linked again to the model's measures for it that the DPIA still has. */
async function relinkMeasures(tx: Tx, versionId: string, doc: repo.BasisDocument, riskKey: string, riskId: string) {
	const keys = [...doc.supplierMeasures, ...doc.schoolMeasures].filter((m) => m.riskKeys.includes(riskKey)).map((m) => m.key);
	const items = (await repo.itemsOf(tx, versionId)).filter((i) => i.measureId && keys.includes(i.key) && i.kind !== 'risk');
	if (items.length) await tx.insert(measureRisks).values(items.map((i) => ({ measureId: i.measureId!, riskId }))).onConflictDoNothing();
}

/**
 * A school measure is already in place (done), will be done (by an owner, by a date), or does not apply
 * (it leaves the measures; the reason is required and kept).
 */
export async function decideSchoolMeasure(
	db: Db,
	scope: Scope,
	assessmentId: string,
	key: string,
	input: { decision: SchoolMeasureDecision; owner: string; dueOn: string | null; reason: string }
) {
	if (input.decision === 'not_applicable' && !input.reason.trim()) throw new InventoryInputError('reason');
	if (input.decision === 'will_do' && !input.owner.trim()) throw new InventoryInputError('owner');
	if (input.decision === 'will_do' && !input.dueOn) throw new InventoryInputError('dueOn');
	return db.transaction(async (tx) => {
		const { version, basis, item } = await itemFor(tx, scope, assessmentId, 'school_measure', key);
		let measureId = item.measureId;
		if (input.decision === 'not_applicable') {
			if (measureId) await measureRepo.destroy(tx, version.id, measureId);
			measureId = null;
		} else {
			const status = input.decision === 'in_place' ? 'done' : 'planned';
			const fields = input.decision === 'will_do' ? { owner: input.owner.trim(), dueOn: input.dueOn } : {};
			if (measureId) await measureRepo.update(tx, version.id, measureId, { status, ...fields });
			else {
				const measure = basis.document.schoolMeasures.find((m) => m.key === key);
				if (!measure) throw new NotFound('model_item');
				const riskKeys = new Set(measure.riskKeys);
				const risks = (await repo.itemsOf(tx, version.id)).filter((i) => i.kind === 'risk' && i.riskId && riskKeys.has(i.key)).map((i) => i.riskId!);
				measureId = (await measureRepo.create(tx, version.id, { ...schoolMeasureValues(measure), status, ...fields }, risks)).id;
			}
		}
		const values = { decision: input.decision, reason: input.decision === 'not_applicable' ? input.reason.trim() : '', measureId, decidedBy: scope.actor.userId, decidedAt: new Date() };
		await tx.update(modelItems).set(values).where(eq(modelItems.id, item.id));
		await audit(tx, scope, assessmentId, 'model_measure', item.id, { decision: item.decision, reason: item.reason }, { key, ...input, reason: values.reason });
	});
}

/** Why the school departs from one of the model's answers; the answer stays marked as changed. */
export async function explainAnswerChange(db: Db, scope: Scope, assessmentId: string, key: string, reason: string) {
	if (!reason.trim()) throw new InventoryInputError('reason');
	return db.transaction(async (tx) => {
		const { version } = await currentVersion(tx, scope, assessmentId);
		await assertVersionEditable(tx, version.id);
		const basis = await repo.basisOf(tx, version.id);
		if (!basis || !modelAnswers(basis.document.answers).some((a) => a.key === key)) throw new NotFound('model_answer');
		const before = basis.basis.answerChanges[key] ?? null;
		const answerChanges = { ...basis.basis.answerChanges, [key]: { reason: reason.trim(), at: new Date().toISOString(), by: scope.actor.label } };
		await tx.update(modelBases).set({ answerChanges }).where(eq(modelBases.versionId, version.id));
		await audit(tx, scope, assessmentId, 'model_answer', version.id, before, { key, reason: reason.trim() });
	});
}

async function audit(tx: Tx, scope: Scope, assessmentId: string, entity: string, entityId: string, before: unknown, after: unknown) {
	await recordAudit(tx, { organisationId: scope.organisationId, subjectId: assessmentId, actor: scope.actor, action: 'update', entity, entityId, before, after });
}
