import { questionById, sectionById } from '$lib/domain/questionnaire/api';
import type { Db } from '../db';
import { modelAnswerOrigins, readInventory } from './model-inventory';
import { currentVersion, type Scope } from './scope';

/** The inventarisatie page's data: the model, each generic risk and measure with the school's decision, each model answer's state. */
export async function inventoryView(db: Db, scope: Scope, assessmentId: string, locale: 'nl' | 'en') {
	const found = await currentVersion(db, scope, assessmentId);
	const inventory = await readInventory(db, scope, assessmentId);
	if (!inventory) return { name: found.processingName, inventory: null };
	const { document: doc, items, measures } = inventory;
	const item = (kind: string, key: string) => items.find((i) => i.kind === kind && i.key === key);
	const riskTitle = new Map(doc.risks.map((r) => [r.key, r.title]));
	return {
		name: found.processingName,
		inventory: {
			model: inventory.model,
			newer: inventory.newer,
			open: inventory.open,
			editable: inventory.editable,
			scope: doc.scope,
			risks: doc.risks.map((r) => {
				const it = item('risk', r.key);
				return { key: r.key, title: r.title, description: r.description, severity: r.severity, likelihood: r.likelihood, decision: it?.decision ?? null, reason: it?.reason ?? '' };
			}),
			supplierMeasures: doc.supplierMeasures.map((s) => ({ key: s.key, title: s.title, status: s.status, agreedOn: s.agreedOn, risks: s.riskKeys.map((k) => riskTitle.get(k) ?? k) })),
			schoolMeasures: doc.schoolMeasures.map((s) => {
				const it = item('school_measure', s.key);
				const row = it?.measureId ? measures.get(it.measureId) : undefined;
				return { key: s.key, title: s.title, description: s.description, decision: it?.decision ?? null, reason: it?.reason ?? '', owner: row?.owner ?? '', dueOn: row?.dueOn ?? '' };
			}),
			answers: inventory.origins.map((o) => ({
				...o,
				label: o.key === o.sectionId ? (sectionById(o.sectionId)?.title[locale] ?? o.key) : (questionById(o.key)?.label[locale] ?? o.key)
			})),
			schoolQuestions: doc.schoolQuestions.map((id) => ({ id, sectionId: questionById(id)?.sectionId ?? '', label: questionById(id)?.label[locale] ?? id }))
		}
	};
}

/**
 * The model attribution of one questionnaire section of a local DPIA: the model's name and, for each of
 * its answers in the section, whether it is still the model's or changed (with the reason, or none yet).
 * Null for a DPIA not built on a model. `versionId` comes from a read that checked the organisation (the
 * section page's questionnaire, the save), so that each load and each autosave reads only what the notes need:
 * one query for a DPIA without a model, two for one built on a model.
 */
export async function sectionAttribution(db: Db, versionId: string, sectionId: string, locale: 'nl' | 'en') {
	const found = await modelAnswerOrigins(db, versionId);
	if (!found) return null;
	return {
		model: { system: found.basis.model.system, version: found.basis.modelVersion.version },
		answers: found.origins
			.filter((o) => o.sectionId === sectionId)
			.map((o) => ({ key: o.key, state: o.state, reason: o.state === 'changed' ? o.reason : '', label: o.key === sectionId ? (sectionById(sectionId)?.title[locale] ?? o.key) : `${o.key} ${questionById(o.key)?.label[locale] ?? ''}`.trim() }))
	};
}
