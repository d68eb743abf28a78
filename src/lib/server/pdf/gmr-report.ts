import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ReportSnapshot } from './data/types';
import type { RenderOptions, ReportParts } from './full-report';
import { gmrContent } from './gmr/model';
import { gmrBlocks } from './gmr/render';
import { keepHeadingsWithNext } from './layout/blocks';
import { frame } from './layout/page';
import { reportInfo, reportMoment } from './report-info';
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
	return {
		info: reportInfo(s, texts, { title: g.title, createdAt, coverPage: false }),
		content: keepHeadingsWithNext(gmrBlocks(gmrContent(s, texts, g, createdAt, options.fingerprint)))
	};
}
