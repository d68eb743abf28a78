import type { Answers } from '$lib/domain/questionnaire/api';
import type { ReportSnapshot } from '../data/types';
import type { ReportTexts } from '../texts/types';
import type { AnswerContext } from './answers';

export function answersContext(s: ReportSnapshot, answers: Answers, texts: ReportTexts): AnswerContext {
	return { texts, answers, riskTitles: new Map(s.risks.map((r) => [r.id, r.title])) };
}
