import type { Content } from 'pdfmake/interfaces';
import { questionById, type Answers } from '$lib/domain/questionnaire/api';
import type { RiskView, MeasureView } from '../data/derive';
import type { ReportSnapshot } from '../data/types';
import { answerLines, type AnswerContext } from '../full/answers';
import type { GmrTexts } from '../texts/gmr-types';

export interface GmrContext extends AnswerContext {
	g: GmrTexts;
	s: ReportSnapshot;
	risks: RiskView[];
	measures: MeasureView[];
}

/** The lines of one answer (of a list item when given), in the report's language. */
export function lines(ctx: GmrContext, id: string, from: Answers = ctx.answers): string[] {
	const question = questionById(id);
	if (!question) throw new Error(`unknown question ${id}`);
	return answerLines(question, from[id], ctx);
}

/** A section heading of the (G)MR report; §7 and §9 start a new page, which keeps the report at 4–6 pages. */
export function heading(ctx: GmrContext, index: number, newPage = false): Content {
	return { text: ctx.g.sections[index]!, style: 'h2', headlineLevel: 2, pageBreak: newPage ? 'before' : undefined, margin: [0, newPage ? 0 : 12, 0, 5] };
}

export const sub = (text: string): Content => ({ text, bold: true, headlineLevel: 3, margin: [0, 4, 0, 1] });
