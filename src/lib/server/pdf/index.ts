import type { ReportKind, ReportSnapshot } from './data/types';
import { fullReport } from './full-report';
import { gmrReport } from './gmr-report';
import { snapshotFingerprint } from './hash';
import { renderPdf } from './render';
import { gmrTexts, reportTexts, type ReportLanguage } from './texts';

export { buildReportSnapshot, reportSnapshotOf } from './data/load';
export { isReportSnapshot, REPORT_KINDS, type ReportKind, type ReportSnapshot } from './data/types';
export { sha256Hex, snapshotFingerprint } from './hash';
export { REPORT_LANGUAGES, type ReportLanguage } from './texts';

/**
 * One report of one version as PDF bytes. A frozen snapshot renders the same bytes every time (dates come
 * from the snapshot); `now` only dates a draft.
 */
export function renderReport(kind: ReportKind, snapshot: ReportSnapshot, lang: ReportLanguage, now = new Date()): Promise<Buffer> {
	const options = { fingerprint: snapshot.signedOff ? snapshotFingerprint(snapshot) : null, now };
	const texts = reportTexts(lang);
	const doc = kind === 'full' ? fullReport(snapshot, texts, options) : gmrReport(snapshot, texts, gmrTexts(lang), options);
	return renderPdf(doc);
}
export { reportFileName } from './file-name';
export { dutchDay } from './layout/format';
