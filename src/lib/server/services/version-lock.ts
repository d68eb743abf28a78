import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { assessmentVersions } from '../db/schema';

/**
 * A signed-off version is the record of what the board decided (Art. 35(7) AVG): it must never change
 * afterwards. Every service that edits version content (answers, risks, measures, links) calls this first,
 * inside its transaction, so a sign-off that lands between a page load and a save still wins.
 */
export class AssessmentLocked extends Error {
	readonly _tag = 'AssessmentLocked';
	constructor(readonly versionId: string) {
		super(`Version ${versionId} is signed off and read-only`);
	}
}

export class VersionNotFound extends Error {
	readonly _tag = 'VersionNotFound';
	constructor(readonly versionId: string) {
		super(`Version ${versionId} not found`);
	}
}

export async function assertVersionEditable(db: Db | Tx, versionId: string): Promise<void> {
	const [row] = await db
		.select({ frozenAt: assessmentVersions.frozenAt })
		.from(assessmentVersions)
		.where(eq(assessmentVersions.id, versionId));
	if (!row) throw new VersionNotFound(versionId);
	if (row.frozenAt) throw new AssessmentLocked(versionId);
}
