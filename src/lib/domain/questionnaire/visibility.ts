import { questionById, sectionById } from './catalogue';
import { conditionHolds, type ConditionTarget } from './conditions';
import type { Answers, Question } from './types';

/** Where a question named by a condition lives, looked up in the whole catalogue. */
function target(questionId: string): ConditionTarget | undefined {
	const question = questionById(questionId);
	return question && { sectionId: question.sectionId, detail: question.detail, repeatable: sectionById(question.sectionId)?.repeatable ?? false };
}

/**
 * Whether a question is shown. Questions without a condition always are. `item` holds the answers of the
 * list item being filled in, for questions of a repeatable section.
 */
export function isVisible(question: Question, answers: Answers, item?: Answers): boolean {
	return conditionHolds(question, answers, target, item);
}

/** Shown and required (conditional questions are required when shown); computed answers are never asked. */
export function isRequired(question: Question, answers: Answers, item?: Answers): boolean {
	if (question.requirement === 'optional' || question.prefill === 'computed') return false;
	return isVisible(question, answers, item);
}
