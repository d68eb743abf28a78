import { eq } from 'drizzle-orm';
import type { Tx } from '../db';
import { assessmentVersions } from '../db/schema';
import type { VersionData } from './version-data';

/**
 * Freezes a signed-off version: from here on `assertVersionEditable` refuses every edit. The snapshot is
 * the version's full data as captured in the sign-off transaction.
 * TODO(lead): switch to `buildSignoffArtifacts` (services/signoff-artifacts.ts, PDF engineer) once it
 * exists, so the snapshot and report hashes come from the report pipeline.
 */
export async function freezeVersion(tx: Tx, versionId: string, userId: string | null, snapshot: VersionData): Promise<void> {
	await tx
		.update(assessmentVersions)
		.set({ frozenAt: new Date(), frozenBy: userId, snapshot, fullReportSha256: null, gmrReportSha256: null })
		.where(eq(assessmentVersions.id, versionId));
}
