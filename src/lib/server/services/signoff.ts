import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../db';
import { assessments, assessmentVersions, processings } from '../db/schema';
import type { SignoffArtifacts } from './signoff-artifacts';

/**
 * Freezes a signed-off version: from here on `assertVersionEditable` refuses every edit. The snapshot and
 * report hashes come from the report pipeline (`buildSignoffArtifacts`), taken in the sign-off transaction;
 * the freeze moment is the recorded sign-off moment, the same one the reports print.
 */
export async function freezeVersion(tx: Tx, versionId: string, userId: string | null, artifacts: SignoffArtifacts): Promise<void> {
	const { snapshot, fullReportSha256, gmrReportSha256, fullReportSha256En, gmrReportSha256En } = artifacts;
	await tx
		.update(assessmentVersions)
		.set({ frozenAt: snapshot.signedOff ? new Date(snapshot.signedOff.at) : new Date(), frozenBy: userId, snapshot, fullReportSha256, gmrReportSha256, fullReportSha256En, gmrReportSha256En })
		.where(eq(assessmentVersions.id, versionId));
	// the signed version is the review a supplier change asked for: the marker has done its work
	await tx
		.update(processings)
		.set({ supplierChange: null })
		.where(eq(processings.id, sql`(select ${assessments.processingId} from ${assessments} join ${assessmentVersions} on ${assessmentVersions.assessmentId} = ${assessments.id} where ${assessmentVersions.id} = ${versionId})`));
}
