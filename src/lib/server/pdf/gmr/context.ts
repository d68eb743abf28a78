import { questionById, type Answers } from '$lib/domain/questionnaire/api';
import type { RiskView, MeasureView } from '../data/derive';
import type { ReportSnapshot } from '../data/types';
import { answerLines, type AnswerContext } from '../full/answers';
import type { GmrTexts } from '../texts/gmr-types';
import type { GmrBlock, GmrSection } from './content';

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

/** One of the report's twelve sections (index 0–11); §7 and §9 start a new page in the PDF. */
export function section(ctx: GmrContext, index: number, blocks: GmrBlock[], newPage = false): GmrSection {
	return { heading: ctx.g.sections[index]!, newPage, blocks };
}

export const para = (text: string): GmrBlock => ({ kind: 'para', text });
export const sub = (text: string): GmrBlock => ({ kind: 'sub', text });
export const bullets = (items: string[]): GmrBlock => ({ kind: 'bullets', items });
export const note = (text: string): GmrBlock => ({ kind: 'note', text });
