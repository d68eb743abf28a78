import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { isDraft, statusLabel } from './data/derive';
import type { ReportSnapshot } from './data/types';
import { reportMoment, type RenderOptions, type ReportParts } from './full-report';
import { gmrContent } from './gmr/model';
import { gmrBlocks } from './gmr/render';
import { formatMoment } from './layout/format';
import { keepHeadingsWithNext } from './layout/blocks';
import { frame, type FrameInfo } from './layout/page';
import type { GmrTexts } from './texts/gmr-types';
import type { ReportTexts } from './texts/types';

/** The (G)MR's report as a PDF, on 4–6 pages: the content model (gmr/model.ts) laid out for print. */
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
		content: keepHeadingsWithNext(gmrBlocks(gmrContent(s, texts, g, createdAt, options.fingerprint)))
	};
}
