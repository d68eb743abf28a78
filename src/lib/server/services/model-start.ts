import { PROCESSING_LIMITS } from '$lib/components/prescan/forms';
import { recordAudit } from '../audit';
import type { Db, Tx } from '../db';
import { assessments, assessmentVersions, modelBases, modelItems, processings, sectionAnswers } from '../db/schema';
import type { ModelDocument, ModelRisk, SchoolMeasure, SupplierMeasure } from '../model/format';
import * as measureRepo from '../repo/measures';
import * as repo from '../repo/models';
import * as riskRepo from '../repo/risks';
import { one } from '../repo/rows';
import { refuseNameInUse } from './register';
import { NotFound, type Scope } from './scope';
import { supplierForName } from './suppliers';

/** A model risk as a row of the risk register, with the model's central scores. */
export function riskValues(risk: ModelRisk): riskRepo.RiskValues {
	const { key: _k, ...values } = risk;
	return { ...values, discrimination: false, accepted: false, acceptanceReason: null, levelOverride: null, overrideReason: null };
}

/** A supplier measure as published: in place is done, agreed is planned for the agreed date, not agreed is planned without one. */
export function supplierMeasureValues(measure: SupplierMeasure, supplier: string): measureRepo.MeasureValues {
	return {
		title: measure.title,
		description: measure.description,
		type: measure.type,
		owner: supplier,
		status: measure.status === 'in_place' ? 'done' : 'planned',
		dueOn: measure.agreedOn
	};
}

export function schoolMeasureValues(measure: SchoolMeasure): measureRepo.MeasureValues {
	return { title: measure.title, description: measure.description, type: measure.type, owner: '', status: 'planned', dueOn: null };
}

/**
 * Puts a model's risks and measures into a DPIA version, each remembered as a model item so the
 * inventarisatie can ask about it and an update can compare it. Returns the model key → risk id map.
 */
export async function carryOver(tx: Tx, versionId: string, doc: ModelDocument) {
	const riskIds = new Map<string, string>();
	for (const risk of doc.risks) {
		const row = await riskRepo.create(tx, versionId, riskValues(risk));
		riskIds.set(risk.key, row.id);
		await tx.insert(modelItems).values({ versionId, kind: 'risk', key: risk.key, riskId: row.id });
	}
	const linked = (keys: string[]) => keys.map((k) => riskIds.get(k)).filter((id): id is string => Boolean(id));
	for (const measure of doc.supplierMeasures) {
		const row = await measureRepo.create(tx, versionId, supplierMeasureValues(measure, doc.identity.supplier), linked(measure.riskKeys));
		await tx.insert(modelItems).values({ versionId, kind: 'supplier_measure', key: measure.key, measureId: row.id });
	}
	for (const measure of doc.schoolMeasures) {
		const row = await measureRepo.create(tx, versionId, schoolMeasureValues(measure), linked(measure.riskKeys));
		await tx.insert(modelItems).values({ versionId, kind: 'school_measure', key: measure.key, measureId: row.id });
	}
	return riskIds;
}

/**
 * Starts a local DPIA from a model version in one transaction: the processing (its supplier linked or made
 * in the register), the DPIA with the model's answers, the model's risks and measures, and the basis that
 * ties the DPIA to the model version. Any failure leaves nothing behind. `refuseNameInUse`: as for a new processing.
 */
export async function startFromModel(db: Db, scope: Scope, modelVersionId: string, options: { name?: string; refuseNameInUse?: boolean } = {}) {
	return db.transaction(async (tx) => {
		const found = await repo.readVersion(tx, scope.organisationId, modelVersionId);
		if (!found) throw new NotFound('model');
		const doc = found.document;
		const name = (options.name?.trim() || doc.identity.system).slice(0, PROCESSING_LIMITS.name);
		if (options.refuseNameInUse) await refuseNameInUse(tx, scope.organisationId, name);
		const description = doc.scope.description.slice(0, PROCESSING_LIMITS.description);
		const supplier = await supplierForName(tx, scope, doc.identity.supplier);
		const processing = one(
			await tx
				.insert(processings)
				.values({ organisationId: scope.organisationId, name, vendor: supplier?.name ?? '', supplierId: supplier?.id ?? null, description, createdBy: scope.actor.userId })
				.returning()
		);
		const assessment = one(await tx.insert(assessments).values({ organisationId: scope.organisationId, processingId: processing.id }).returning());
		const version = one(
			await tx.insert(assessmentVersions).values({ assessmentId: assessment.id, organisationId: scope.organisationId, number: 1, createdBy: scope.actor.userId }).returning()
		);
		const sections: Record<string, Record<string, unknown>> = { ...(doc.answers as Record<string, Record<string, unknown>>) };
		// the intake names this processing; the rest of §0 is the model's, where it gives it
		sections['0'] = { '0.1': name, '0.2': description, '0.3': 'new', ...(sections['0'] ?? {}) };
		await tx.insert(sectionAnswers).values(Object.entries(sections).map(([sectionId, answers]) => ({ versionId: version.id, sectionId, answers, updatedBy: scope.actor.userId })));
		await tx.insert(modelBases).values({ versionId: version.id, modelVersionId });
		await carryOver(tx, version.id, doc);
		await recordAudit(tx, {
			organisationId: scope.organisationId,
			subjectId: assessment.id,
			actor: scope.actor,
			action: 'create_from_model',
			entity: 'assessment',
			entityId: assessment.id,
			after: { processingId: processing.id, version: 1, model: { id: found.model.id, publisher: found.model.publisher, system: found.model.system, version: found.version.version } }
		});
		return { assessmentId: assessment.id, processingId: processing.id };
	});
}
