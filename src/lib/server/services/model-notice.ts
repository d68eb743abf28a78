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
