import type { Answers, Condition } from './types';
import { flatValues, isEmpty, itemsOf, primaryOf } from './values';

/**
 * The rule of conditional questions, without the catalogue: whoever asks says where a named question
 * lives. The server looks in the whole catalogue (`visibility.ts`); the browser only gets the questions
 * its section's conditions name (`view.ts`), and both must come to the same answer.
 */
export interface ConditionTarget {
	readonly sectionId: string;
	/** Compound answers are stored as `{ value, detail }`; conditions read the value. */
	readonly detail?: unknown;
	/** The target's section is a list: read from outside, it yields the answers of all items. */
	readonly repeatable: boolean;
}

export type ResolveTarget = (questionId: string) => ConditionTarget | undefined;

/** A question that may have a condition: its section and the condition itself. */
export interface Conditional {
	readonly sectionId: string;
	readonly when?: Condition;
}

/**
 * The value a condition reads. Inside an item of a repeatable section, that item's own answer counts; a
 * question of a repeatable section read from outside yields the answers of all its items.
 */
function valueOf(questionId: string, answers: Answers, ownSectionId: string, resolve: ResolveTarget, item?: Answers): unknown {
	const target = resolve(questionId);
	if (!target) throw new Error(`condition names unknown question ${questionId}`);
	if (item && target.sectionId === ownSectionId) return primaryOf(target, item[questionId]);
	if (target.repeatable) return itemsOf(answers, target.sectionId).map((i) => primaryOf(target, i.answers[questionId]));
	return primaryOf(target, answers[questionId]);
}

function holds(condition: Condition, answers: Answers, ownSectionId: string, resolve: ResolveTarget, item?: Answers): boolean {
	if ('any' in condition) return condition.any.some((c) => holds(c, answers, ownSectionId, resolve, item));
	if ('all' in condition) return condition.all.every((c) => holds(c, answers, ownSectionId, resolve, item));
	const value = valueOf(condition.question, answers, ownSectionId, resolve, item);
	if ('answered' in condition) return !isEmpty(value) === condition.answered;
	const values = flatValues(value);
	if ('equals' in condition) return values.some((v) => v === condition.equals);
	const wanted: readonly string[] = 'oneOf' in condition ? condition.oneOf : condition.includesAny;
	return values.some((v) => typeof v === 'string' && wanted.includes(v));
}

/** Whether a question is shown; questions without a condition always are. */
export function conditionHolds(question: Conditional, answers: Answers, resolve: ResolveTarget, item?: Answers): boolean {
	return question.when === undefined || holds(question.when, answers, question.sectionId, resolve, item);
}

/** Every question id a condition names, so a page can be sent just those. */
export function conditionTargets(condition: Condition | undefined): string[] {
	if (!condition) return [];
	if ('any' in condition) return condition.any.flatMap(conditionTargets);
	if ('all' in condition) return condition.all.flatMap(conditionTargets);
	return [condition.question];
}
