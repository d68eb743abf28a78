import { eq, sql } from 'drizzle-orm';
import { withHistory } from '$lib/domain/documents/history';
import type { Tx } from '../db';
import { assessments, assessmentVersions, processings, signedReports, suppliers } from '../db/schema';
import * as documentRepo from '../repo/documents';
import type { SignoffArtifacts } from './signoff-artifacts';

/**
 * Freezes a signed-off version: from here on `assertVersionEditable` refuses every edit. The snapshot and
 * reports and their hashes come from the report pipeline (`buildSignoffArtifacts`), taken in the sign-off transaction;
 * the freeze moment is the recorded sign-off moment, the same one the reports print.
 */
export async function freezeVersion(tx: Tx, versionId: string, userId: string | null, artifacts: SignoffArtifacts): Promise<void> {
	const supplierSnapshot = await supplierAsSigned(tx, versionId);
	const { snapshot, fullReportSha256, gmrReportSha256, fullReportSha256En, gmrReportSha256En, reports } = artifacts;
	await tx
		.update(assessmentVersions)
		.set({ frozenAt: snapshot.signedOff ? new Date(snapshot.signedOff.at) : new Date(), frozenBy: userId, snapshot, supplierSnapshot, fullReportSha256, gmrReportSha256, fullReportSha256En, gmrReportSha256En })
		.where(eq(assessmentVersions.id, versionId));
	if (reports.length) await tx.insert(signedReports).values(reports.map((r) => ({ versionId, ...r })));
	// the signed version is the review a supplier change asked for: the marker has done its work
	await tx
		.update(processings)
		.set({ supplierChange: null })
		.where(eq(processings.id, sql`(select ${assessments.processingId} from ${assessments} join ${assessmentVersions} on ${assessmentVersions.assessmentId} = ${assessments.id} where ${assessmentVersions.id} = ${versionId})`));
}

/** The version's supplier record as it is now, with its documents by name and hash: what the sign-off relied on. */
async function supplierAsSigned(tx: Tx, versionId: string) {
	const [row] = await tx
		.select({ supplier: suppliers })
		.from(assessmentVersions)
		.innerJoin(assessments, eq(assessments.id, assessmentVersions.assessmentId))
		.innerJoin(processings, eq(processings.id, assessments.processingId))
		.innerJoin(suppliers, eq(suppliers.id, processings.supplierId))
		.where(eq(assessmentVersions.id, versionId));
	if (!row) return null;
	const { organisationId: _o, createdAt: _c, archivedAt: _a, ...facts } = row.supplier;
	// the documents in force: an earlier version a newer one replaced is not what the sign-off relied on
	const documents = withHistory(await documentRepo.listOf(tx, row.supplier.organisationId, { supplierId: row.supplier.id })).map((g) => g.current);
	return { ...facts, updatedAt: facts.updatedAt.toISOString(), documents: documents.map((d) => ({ id: d.id, kind: d.kind, fileName: d.fileName, sha256: d.sha256, size: d.size })) };
}
