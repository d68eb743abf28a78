import { basisOrigins } from '$lib/domain/model/attribution';
import type { Db, Tx } from '../../db';
import * as modelRepo from '../../repo/models';
import type { SnapshotModel } from './types';

/** The model part of a version's report snapshot, or null when the version builds on no model. */
export async function snapshotModel(db: Db | Tx, versionId: string, answers: Record<string, Record<string, unknown>>): Promise<SnapshotModel | null> {
	const basis = await modelRepo.basisOf(db, versionId);
	if (!basis) return null;
	const doc = basis.document;
	const items = await modelRepo.itemsOf(db, versionId);
	const decided = (kind: string, key: string) => {
		const item = items.find((i) => i.kind === kind && i.key === key);
		return { decision: item?.decision ?? null, reason: item?.reason ?? '' };
	};
	const origins = basisOrigins(basis, answers);
	return {
		publisher: basis.model.publisher,
		system: basis.model.system,
		version: basis.modelVersion.version,
		modelDate: basis.modelVersion.modelDate,
		example: basis.modelVersion.example,
		answers: {
			total: origins.length,
			changed: origins.flatMap((o) => (o.state === 'model' ? [] : [{ key: o.key, reason: o.state === 'changed' ? o.reason : '' }]))
		},
		risks: doc.risks.map((r) => ({ title: r.title, ...decided('risk', r.key) })),
		supplierMeasures: doc.supplierMeasures.map((m) => ({ title: m.title, status: m.status, agreedOn: m.agreedOn })),
		schoolMeasures: doc.schoolMeasures.map((m) => ({ title: m.title, ...decided('school_measure', m.key) }))
	};
}
