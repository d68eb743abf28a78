import type { ReportKind, ReportSnapshot } from './data/types';
import { inReportLanguage } from './data/catalogue-language';
import { reportModel } from './data/sanitize';
import { fullReport } from './full-report';
import { gmrReport } from './gmr-report';
import { snapshotFingerprint } from './hash';
import { renderPdf } from './render';
import { gmrTexts, reportTexts, type ReportLanguage } from './texts';

/**
 * One report of one version as PDF bytes, in this thread. A frozen snapshot renders the same bytes every
 * time (dates come from the snapshot); `now` only dates a draft. The fingerprint is of the snapshot as
 * stored; what is printed comes from the report model, which holds only what the report may print.
 */
/** The stored snapshot's fingerprint; one nested too deep to serialise (no snapshot the app wrote) gets its model's. */
function fingerprintOf(snapshot: unknown, model: ReportSnapshot): string {
	try {
		return snapshotFingerprint(snapshot);
	} catch (error) {
		if (error instanceof RangeError) return snapshotFingerprint(model);
		throw error;
	}
}

export function renderReportHere(kind: ReportKind, snapshot: unknown, lang: ReportLanguage, now = new Date()): Promise<Buffer> {
	const model = reportModel(snapshot);
	const options = { fingerprint: model.signedOff ? fingerprintOf(snapshot, model) : null, now };
	const texts = reportTexts(lang);
	const printed = inReportLanguage(model, lang);
	const doc = kind === 'full' ? fullReport(printed, texts, options) : gmrReport(printed, texts, gmrTexts(lang), options);
	return renderPdf(doc);
}
