import type { Tx } from '../db';
import { buildReportSnapshot, renderReport, sha256Hex, type ReportSnapshot } from '../pdf';

export interface SignoffArtifacts {
	snapshot: ReportSnapshot;
	/** SHA-256 (hex) of the Dutch full report and (G)MR report, the default language, as rendered now. */
	fullReportSha256: string;
	gmrReportSha256: string;
}

/**
 * What sign-off records so the frozen version stays verifiable: the report snapshot, and the hashes of
 * the two Dutch reports rendered from exactly the JSON that will be stored. Rendering from the stored
 * snapshot later gives the same bytes, so anyone can check a PDF against the recorded hash.
 */
export async function buildSignoffArtifacts(tx: Tx, versionId: string): Promise<SignoffArtifacts> {
	// the JSON round trip drops what jsonb would drop, so the hashes are of what will be read back
	const snapshot = JSON.parse(JSON.stringify(await buildReportSnapshot(tx, versionId))) as ReportSnapshot;
	if (!snapshot.signedOff) throw new Error('sign-off artifacts need the sign_off step to be recorded first');
	const full = await renderReport('full', snapshot, 'nl');
	const gmr = await renderReport('gmr', snapshot, 'nl');
	return { snapshot, fullReportSha256: sha256Hex(full), gmrReportSha256: sha256Hex(gmr) };
}
