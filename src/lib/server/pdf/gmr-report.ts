import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { answersOf, isDraft, measureViews, riskViews, statusLabel } from './data/derive';
import type { ReportSnapshot } from './data/types';
import { reportMoment, type RenderOptions, type ReportParts } from './full-report';
import { answersContext } from './full/context';
import { verification } from './full/history';
import type { GmrContext } from './gmr/context';
import { dataSections } from './gmr/data';
import { decisionSections } from './gmr/decision';
import { opening } from './gmr/opening';
import { riskSections } from './gmr/risks';
import { formatMoment } from './layout/format';
import { keepHeadingsWithNext } from './layout/blocks';
import { frame, type FrameInfo } from './layout/page';
import type { GmrTexts } from './texts/gmr-types';
import type { ReportTexts } from './texts/types';

/**
 * The (G)MR's report, spec §7: twelve short sections on 4–6 pages in plain language. It leaves out
 * security details and vendor documents (WP248 §III.D: a summary is enough).
 */
export function gmrReport(s: ReportSnapshot, texts: ReportTexts, g: GmrTexts, options: RenderOptions): TDocumentDefinitions {
	const { info, content } = gmrReportParts(s, texts, g, options);
	const base = frame(info);
	return {
		...base,
		// plain language reads easier a little larger
		defaultStyle: { ...(base.defaultStyle as object), fontSize: 10, lineHeight: 1.25 },
		content
	};
}

/** The (G)MR report's parts, shared by the PDF and the DOCX. */
export function gmrReportParts(s: ReportSnapshot, texts: ReportTexts, g: GmrTexts, options: RenderOptions): ReportParts {
	const answers = answersOf(s);
	const ctx: GmrContext = { ...answersContext(s, answers, texts), g, s, risks: riskViews(s), measures: measureViews(s) };
	const createdAt = reportMoment(s, options.now);
	const day = formatMoment(createdAt.toISOString(), texts);
	const info: FrameInfo = {
		title: g.title,
		organisation: s.organisation.name,
		processing: s.processing.name,
		versionLabel: texts.version(s.version.number),
		statusLabel: statusLabel(s, texts.locale),
		footerNote: s.signedOff ? texts.signedOffOn(day) : texts.generatedOn(day),
		pageLabel: texts.page,
		watermark: isDraft(s) ? texts.watermark : null,
		createdAt,
		language: texts.locale === 'en' ? 'en-GB' : 'nl-NL',
		coverPage: false
	};
	return {
		info,
		content: keepHeadingsWithNext([
			...opening(ctx, createdAt),
			...dataSections(ctx),
			...riskSections(ctx),
			...decisionSections(ctx),
			...verification(s, options.fingerprint, g.verification, texts)
		])
	};
}
