import type { Db } from '../db';
import * as repo from '../repo/models';

/** The line on a DPIA's overview: which model it builds on, and a newer version of that model if there is one. */
export async function modelNotice(db: Db, versionId: string) {
	const basis = await repo.basisOf(db, versionId);
	if (!basis) return null;
	const latest = await repo.latestVersion(db, basis.model.id);
	return {
		system: basis.model.system,
		publisher: basis.model.publisher,
		version: basis.modelVersion.version,
		newer: latest && latest.version > basis.modelVersion.version ? latest.version : null
	};
}

/**
 * Which risks and measures of a DPIA version came from its model, to mark them in their lists: the
 * model's label, the risk ids, and the measure ids with the party that takes them. Null without a model.
 */
export async function modelMarks(db: Db, versionId: string) {
	const basis = await repo.basisOf(db, versionId);
	if (!basis) return null;
	const items = await repo.itemsOf(db, versionId);
	return {
		model: { system: basis.model.system, version: basis.modelVersion.version },
		risks: items.flatMap((i) => (i.kind === 'risk' && i.riskId ? [i.riskId] : [])),
		measures: Object.fromEntries(items.flatMap((i) => (i.kind !== 'risk' && i.measureId ? [[i.measureId, i.kind === 'supplier_measure' ? 'supplier' : 'school']] : []))) as Record<string, 'supplier' | 'school'>
	};
}
