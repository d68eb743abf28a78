import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { answersOf, measureViews, riskViews } from './data/derive';
import type { ReportSnapshot } from './data/types';
import { frame, type FrameInfo } from './layout/page';
import { reportInfo, reportMoment } from './report-info';
import { answersContext } from './full/context';
import { cover, prescan, summary } from './full/front';
import { governance } from './full/governance';
import { history, verification } from './full/history';
import { measuresPart } from './full/measures';
import { modelPart } from './full/model';
import { questionnairePart } from './full/questionnaire';
import { risksPart } from './full/risks';
import type { ReportTexts } from './texts/types';

export interface RenderOptions {
	/** Content fingerprint printed on the last page of a frozen version. */
	fingerprint: string | null;
	/** The clock, used only for drafts: a frozen version takes every date from its snapshot. */
	now: Date;
}

/**
 * The FG's full dossier (issue 5): cover, summary, pre-scan, parts A–D in Model DPIA order, advice,
 * decision, consultation, (G)MR, review, history and the verification block on the last page.
 */
export function fullReport(s: ReportSnapshot, texts: ReportTexts, options: RenderOptions): TDocumentDefinitions {
	const { info, content } = fullReportParts(s, texts, options);
	return { ...frame(info), content };
}

/** What a report is made of, for any output format: the page frame's facts and the content blocks. */
export interface ReportParts {
	info: FrameInfo;
	content: Content[];
}

/** The full dossier's parts: the PDF lays them out, the DOCX (../docx) translates the same blocks. */
export function fullReportParts(s: ReportSnapshot, texts: ReportTexts, options: RenderOptions): ReportParts {
	const answers = answersOf(s);
	const risks = riskViews(s);
	const measures = measureViews(s);
	const ctx = answersContext(s, answers, texts);
	return {
		info: reportInfo(s, texts, { title: texts.title, createdAt: reportMoment(s, options.now), coverPage: true }),
		content: [
			...cover(s, risks, texts),
			{ toc: { title: { text: texts.contents, style: 'h1' } }, pageBreak: 'before' },
			...summary(answers, risks, measures, texts),
			...prescan(s, texts),
			...modelPart(s.model, texts),
			...questionnairePart('A', answers, ctx, true),
			...questionnairePart('B', answers, ctx, false),
			...risksPart(risks, texts),
			...measuresPart(measures, texts),
			...governance(s, risks, texts.chapters.governance, texts),
			...history(s, texts.chapters.history, texts),
			...verification(s, options.fingerprint, texts.verification, texts)
		]
	};
}
