import { and, eq, sql } from 'drizzle-orm';
import { basisOrigins, currentValue } from '$lib/domain/model/attribution';
import { diffModels, updateBlock, type UpdateBlock } from '$lib/domain/model/update';
import type { State } from '$lib/domain/workflow/states';
import { recordAudit } from '../audit';
import type { Db, Tx } from '../db';
import { modelBases, modelItems, sectionAnswers, transitions } from '../db/schema';
import type { ModelDocument, ModelRisk, SchoolMeasure, SupplierMeasure } from '../model/format';
import * as measureRepo from '../repo/measures';
import * as repo from '../repo/models';
import * as riskRepo from '../repo/risks';
import * as sectionRepo from '../repo/section-answers';
import { riskValues, schoolMeasureValues, supplierMeasureValues } from './model-start';
import { currentVersion, NotFound, type Scope } from './scope';
import { copyVersion } from './workflow-copy';

export class ModelUpdateRefused extends Error {
	readonly _tag = 'ModelUpdateRefused';
	constructor(readonly code: 'no_update' | UpdateBlock) {
		super(code);
	}
}

const RISK_FIELDS = ['title', 'description', 'severity', 'likelihood', 'fearedEvent'] as const;
const riskEdited = (row: Record<string, unknown>, old: ModelRisk) => RISK_FIELDS.some((f) => row[f] !== old[f]);
/** What of a measure follows the model: a supplier measure as published, a school measure's text (its status and owner are the school's). */
function modelMeasureFields(kind: 'supplier_measure' | 'school_measure', measure: SupplierMeasure | SchoolMeasure, supplier: string): Record<string, unknown> {
	if (kind === 'supplier_measure') return { ...supplierMeasureValues(measure as SupplierMeasure, supplier) };
	return { title: measure.title, description: measure.description, type: measure.type };
}
const measureEdited = (row: Record<string, unknown>, expected: Record<string, unknown>) => Object.entries(expected).some(([f, v]) => row[f] !== v);

/** The update a DPIA built on an older model version is offered: the diff, and where the school's own change meets the model's. */
export async function updatePreview(db: Db | Tx, scope: Scope, assessmentId: string) {
	const { version, assessment } = await currentVersion(db, scope, assessmentId);
	const basis = await repo.basisOf(db, version.id);
	if (!basis) throw new NotFound('model');
	const latest = await repo.latestVersion(db, basis.model.id);
	if (!latest || latest.version <= basis.modelVersion.version) return null;
	const next = latest.document as ModelDocument;
	const diff = diffModels(basis.document, next);
	const answers = await sectionRepo.records(db, version.id);
	const origins = new Map(basisOrigins(basis, answers).map((o) => [o.key, o]));
	const items = await repo.itemsOf(db, version.id);
	const risks = new Map((await riskRepo.list(db, version.id)).map((r) => [r.id, r]));
	const conflicts: { id: string; label: string; local: unknown; model: unknown; reason: string }[] = [];
	for (const a of diff.answers) {
		const origin = origins.get(a.key);
		if (origin && origin.state !== 'model')
			conflicts.push({ id: `answer:${a.key}`, label: a.key, local: currentValue(answers, a), model: a.after ?? null, reason: origin.state === 'changed' ? origin.reason : '' });
	}
	for (const r of diff.risks) {
		const item = items.find((i) => i.kind === 'risk' && i.key === r.key);
		const row = item?.riskId ? risks.get(item.riskId) : undefined;
		if (r.change === 'changed' && row && riskEdited(row, r.before!))
			conflicts.push({ id: `risk:${r.key}`, label: r.after!.title, local: { title: row.title, severity: row.severity, likelihood: row.likelihood }, model: { title: r.after!.title, severity: r.after!.severity, likelihood: r.after!.likelihood }, reason: '' });
	}
	// a measure the school edited that the model changed too is the person's choice, like a risk
	const measures = new Map((await measureRepo.list(db, version.id)).map((m) => [m.id, m]));
	for (const [kind, changes] of [['supplier_measure', diff.supplierMeasures], ['school_measure', diff.schoolMeasures]] as const) {
		for (const c of changes) {
			const item = items.find((i) => i.kind === kind && i.key === c.key);
			const row = item?.measureId ? measures.get(item.measureId) : undefined;
			if (c.change !== 'changed' || !row || !measureEdited(row, modelMeasureFields(kind, c.before!, basis.document.identity.supplier))) continue;
			const after = c.after as SupplierMeasure;
			conflicts.push({
				id: `${kind}:${c.key}`,
				label: after.title,
				local: kind === 'supplier_measure' ? { title: row.title, status: row.status, dueOn: row.dueOn } : { title: row.title, description: row.description },
				model: kind === 'supplier_measure' ? { title: after.title, status: after.status, agreedOn: after.agreedOn } : { title: after.title, description: after.description },
				reason: ''
			});
		}
	}
	return { assessment, version, model: basis.model, from: basis.modelVersion.version, to: { id: latest.id, version: latest.version }, next, diff, conflicts };
}

/**
 * Adopts the newest model version in one transaction as a new DPIA version; answers, risks and measures
 * the school left as the model had them follow the model; where the school changed something the model
 * also changed (an answer, a risk, a measure), its choice decides (keeping its own by default).
 */
export async function adoptModelUpdate(db: Db, scope: Scope, assessmentId: string, toVersionId: string, choices: Record<string, 'model' | 'local'>) {
	return db.transaction(async (tx) => {
		const preview = await updatePreview(tx, scope, assessmentId);
		if (!preview || preview.to.id !== toVersionId) throw new ModelUpdateRefused('no_update');
		const { assessment } = preview;
		let version = preview.version;
		const blocked = updateBlock(version.status);
		if (blocked) throw new ModelUpdateRefused(blocked);
		// a new DPIA version, so the history shows which model version each DPIA version built on
		const note = `model_update: ${preview.model.system} v${preview.to.version}`;
		await tx.insert(transitions).values({ versionId: version.id, action: 'new_version', fromStatus: version.status, toStatus: 'concept', note, userId: scope.actor.userId });
		version = await copyVersion(tx, { assessmentId: assessment.id, organisationId: scope.organisationId, fromVersionId: version.id, number: assessment.currentVersion + 1, reason: note, createdBy: scope.actor.userId, status: 'concept' });
		const useModel = (id: string) => !preview.conflicts.some((c) => c.id === id) || choices[id] === 'model';
		const basis = (await repo.basisOf(tx, version.id))!;
		const answerChanges = { ...basis.basis.answerChanges };
		const sections = await sectionRepo.records(tx, version.id);
		for (const a of preview.diff.answers) {
			if (!useModel(`answer:${a.key}`)) continue;
			const record = { ...(sections[a.sectionId] ?? {}) };
			if (a.key === a.sectionId) Object.assign(sections, { [a.sectionId]: a.after ?? {} });
			else {
				if (a.after === undefined) delete record[a.key];
				else record[a.key] = a.after;
				sections[a.sectionId] = record;
			}
			delete answerChanges[a.key];
			await writeSection(tx, version.id, a.sectionId, sections[a.sectionId]!, scope.actor.userId);
		}
		await applyItems(tx, version.id, preview, useModel);
		await tx.update(modelBases).set({ modelVersionId: toVersionId, answerChanges }).where(eq(modelBases.versionId, version.id));
		await recordAudit(tx, {
			organisationId: scope.organisationId,
			subjectId: assessment.id,
			actor: scope.actor,
			action: 'adopt_model_update',
			entity: 'assessment',
			entityId: assessment.id,
			before: { modelVersion: preview.from },
			after: { modelVersion: preview.to.version, dpiaVersion: version.number, choices }
		});
		return { versionNumber: version.number };
	});
}

async function writeSection(tx: Tx, versionId: string, sectionId: string, answers: Record<string, unknown>, userId: string | null) {
	const [row] = await tx.select().from(sectionAnswers).where(and(eq(sectionAnswers.versionId, versionId), eq(sectionAnswers.sectionId, sectionId)));
	if (row) await tx.update(sectionAnswers).set({ answers, revision: sql`${sectionAnswers.revision} + 1`, updatedBy: userId, updatedAt: new Date() }).where(and(eq(sectionAnswers.versionId, versionId), eq(sectionAnswers.sectionId, sectionId)));
	else await tx.insert(sectionAnswers).values({ versionId, sectionId, answers, updatedBy: userId });
}

type Preview = NonNullable<Awaited<ReturnType<typeof updatePreview>>>;

async function applyItems(tx: Tx, versionId: string, preview: Preview, useModel: (id: string) => boolean) {
	const items = await repo.itemsOf(tx, versionId);
	const itemOf = (kind: string, key: string) => items.find((i) => i.kind === kind && i.key === key);
	const riskId = (key: string) => itemOf('risk', key)?.riskId ?? null;
	const supplier = preview.next.identity.supplier;
	for (const r of preview.diff.risks) {
		const item = itemOf('risk', r.key);
		if (r.change === 'added') {
			const row = await riskRepo.create(tx, versionId, riskValues(r.after!));
			await tx.insert(modelItems).values({ versionId, kind: 'risk', key: r.key, riskId: row.id });
		} else if (r.change === 'removed') {
			if (item?.riskId) await riskRepo.destroy(tx, versionId, item.riskId);
			if (item) await tx.delete(modelItems).where(eq(modelItems.id, item.id));
		} else if (item?.riskId && useModel(`risk:${r.key}`)) {
			const { key: _k, ...values } = r.after!;
			await riskRepo.update(tx, versionId, item.riskId, values);
		}
	}
	for (const [kind, changes] of [['supplier_measure', preview.diff.supplierMeasures], ['school_measure', preview.diff.schoolMeasures]] as const) {
		for (const c of changes) {
			const item = itemOf(kind, c.key);
			const after = c.after as ModelDocument['supplierMeasures'][number] | null;
			if (c.change === 'removed') {
				if (item?.measureId) await measureRepo.destroy(tx, versionId, item.measureId);
				if (item) await tx.delete(modelItems).where(eq(modelItems.id, item.id));
				continue;
			}
			const values = modelMeasureFields(kind, after!, supplier);
			if (c.change === 'added') {
				const links = after!.riskKeys.map((k) => riskId(k) ?? '').filter(Boolean);
				const fresh = (await repo.itemsOf(tx, versionId)).filter((i) => i.kind === 'risk' && after!.riskKeys.includes(i.key) && i.riskId).map((i) => i.riskId!);
				const row = await measureRepo.create(tx, versionId, kind === 'supplier_measure' ? supplierMeasureValues(after!, supplier) : schoolMeasureValues(after!), [...new Set([...links, ...fresh])]);
				await tx.insert(modelItems).values({ versionId, kind, key: c.key, measureId: row.id });
			} else if (item?.measureId && useModel(`${kind}:${c.key}`)) await measureRepo.update(tx, versionId, item.measureId, values);
		}
	}
}
