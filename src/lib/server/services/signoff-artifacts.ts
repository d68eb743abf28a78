import type { Tx } from '../db';
import { buildReportSnapshot, renderReport, sha256Hex, type ReportKind, type ReportLanguage, type ReportSnapshot } from '../pdf';

export interface SignedReport {
	report: ReportKind;
	lang: ReportLanguage;
	pdf: Buffer;
	sha256: string;
}

export interface SignoffArtifacts {
	snapshot: ReportSnapshot;
	/** SHA-256 (hex) of the Dutch full report and (G)MR report, the default language, as rendered now. */
	fullReportSha256: string;
	gmrReportSha256: string;
	/** The same for the English editions. */
	fullReportSha256En: string;
	gmrReportSha256En: string;
	/** The four files themselves, kept with the version (schema/reports.ts). */
	reports: SignedReport[];
}

/**
 * What sign-off records so the frozen version stays verifiable: the report snapshot, and the hashes of
 * both reports in both languages rendered from exactly the JSON that will be stored, and those files. The
 * files are what a download of the version gives from then on, so every copy matches the recorded hash.
 */
export async function buildSignoffArtifacts(tx: Tx, versionId: string): Promise<SignoffArtifacts> {
	// the JSON round trip drops what jsonb would drop, so the hashes are of what will be read back
	const snapshot = JSON.parse(JSON.stringify(await buildReportSnapshot(tx, versionId))) as ReportSnapshot;
	if (!snapshot.signedOff) throw new Error('sign-off artifacts need the sign_off step to be recorded first');
	const reports: SignedReport[] = [];
	const hash = async (report: ReportKind, lang: ReportLanguage) => {
		const pdf = await renderReport(report, snapshot, lang);
		const sha256 = sha256Hex(pdf);
		reports.push({ report, lang, pdf, sha256 });
		return sha256;
	};
	return {
		snapshot,
		fullReportSha256: await hash('full', 'nl'),
		gmrReportSha256: await hash('gmr', 'nl'),
		fullReportSha256En: await hash('full', 'en'),
		gmrReportSha256En: await hash('gmr', 'en'),
		reports
	};
}
