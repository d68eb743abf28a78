import type { ReportKind, ReportSnapshot } from './data/types';
import { inReportLanguage } from './data/catalogue-language';
import { reportModel } from './data/sanitize';
import { fullReport, fullReportParts, type RenderOptions, type ReportParts } from './full-report';
import { reportMoment } from './report-info';
import { gmrReport, gmrReportParts } from './gmr-report';
import type { GmrContent } from './gmr/content';
import { gmrContent } from './gmr/model';
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

function prepared(snapshot: unknown, now: Date): { model: ReportSnapshot; options: RenderOptions } {
	const model = reportModel(snapshot);
	return { model, options: { fingerprint: model.signedOff ? fingerprintOf(snapshot, model) : null, now } };
}

export function renderReportHere(kind: ReportKind, snapshot: unknown, lang: ReportLanguage, now = new Date()): Promise<Buffer> {
	const { model, options } = prepared(snapshot, now);
	const texts = reportTexts(lang);
	const printed = inReportLanguage(model, lang);
	const doc = kind === 'full' ? fullReport(printed, texts, options) : gmrReport(printed, texts, gmrTexts(lang), options);
	return renderPdf(doc);
}

/** The same report's frame facts and content blocks, from the same sanitised model: what the DOCX is made of. */
export function reportPartsHere(kind: ReportKind, snapshot: unknown, lang: ReportLanguage, now = new Date()): ReportParts {
	const { model, options } = prepared(snapshot, now);
	const texts = reportTexts(lang);
	return kind === 'full' ? fullReportParts(model, texts, options) : gmrReportParts(model, texts, gmrTexts(lang), options);
}

/**
 * The (G)MR report's content for the council's web page: the model the PDF lays out, from a snapshot
 * sanitised and worded in `lang` as for the PDF. The fingerprint is the frozen version's, as the PDF prints it.
 */
export function gmrContentHere(snapshot: unknown, lang: ReportLanguage, now: Date, fingerprint: string | null): GmrContent {
	const model = inReportLanguage(reportModel(snapshot), lang);
	return gmrContent(model, reportTexts(lang), gmrTexts(lang), reportMoment(model, now), model.signedOff ? fingerprint : null);
}
