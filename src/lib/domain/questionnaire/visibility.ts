import { questionById, sectionById } from './catalogue';
import type { Answers, Condition, Question } from './types';
import { flatValues, isEmpty, itemsOf, primaryOf } from './values';

/**
 * The value a condition reads. Inside an item of a repeatable section, that item's own answer counts; a
 * question of a repeatable section read from outside yields the answers of all its items.
 */
function valueOf(questionId: string, answers: Answers, ownSectionId: string, item?: Answers): unknown {
	const question = questionById(questionId);
	if (!question) throw new Error(`condition names unknown question ${questionId}`);
	if (item && question.sectionId === ownSectionId) return primaryOf(question, item[questionId]);
	if (sectionById(question.sectionId)?.repeatable) {
		return itemsOf(answers, question.sectionId).map((i) => primaryOf(question, i.answers[questionId]));
	}
	return primaryOf(question, answers[questionId]);
}

function holds(condition: Condition, answers: Answers, ownSectionId: string, item?: Answers): boolean {
	if ('any' in condition) return condition.any.some((c) => holds(c, answers, ownSectionId, item));
	if ('all' in condition) return condition.all.every((c) => holds(c, answers, ownSectionId, item));
	const value = valueOf(condition.question, answers, ownSectionId, item);
	if ('answered' in condition) return !isEmpty(value) === condition.answered;
	const values = flatValues(value);
	if ('equals' in condition) return values.some((v) => v === condition.equals);
	const wanted: readonly string[] = 'oneOf' in condition ? condition.oneOf : condition.includesAny;
	return values.some((v) => typeof v === 'string' && wanted.includes(v));
}

/**
 * Whether a question is shown. Questions without a condition always are. `item` holds the answers of the
 * list item being filled in, for questions of a repeatable section.
 */
export function isVisible(question: Question, answers: Answers, item?: Answers): boolean {
	return question.when === undefined || holds(question.when, answers, question.sectionId, item);
}

/** Shown and required (conditional questions are required when shown); computed answers are never asked. */
export function isRequired(question: Question, answers: Answers, item?: Answers): boolean {
	if (question.requirement === 'optional' || question.prefill === 'computed') return false;
	return isVisible(question, answers, item);
}
