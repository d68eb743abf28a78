import { flattenSectionAnswers } from './progress';
import { recordItems, sameValue, type SectionRecord } from './records';
import type { Answers, Question, Section, ValidationCode } from './types';
import { validateAnswer } from './validation';
import { isEmpty, isRecord } from './values';
import { isVisible } from './visibility';

export { canonical, ITEM_ID, recordItems, sameValue, type SectionRecord } from './records';

export interface AnswerIssue {
	questionId: string;
	itemId?: string;
	code: ValidationCode;
	/** The invalid answer is exactly what was stored already: reported, but nothing typed is lost. */
	kept: boolean;
}

export interface AnswerChange {
	questionId: string;
	itemId?: string;
	before: unknown;
	after: unknown;
}

/** An answer without its blank parts: `{ value: [...], detail: {} }` says the same as `{ value: [...] }`. */
function pruned(value: unknown): unknown {
	if (!isRecord(value)) return value;
	return Object.fromEntries(Object.entries(value).filter(([, v]) => !isEmpty(v)).map(([k, v]) => [k, pruned(v)]));
}

function keepAnswers(
	questions: readonly Question[],
	submitted: Answers,
	stored: Answers,
	shown: (q: Question) => boolean,
	report: (questionId: string, code: ValidationCode, kept: boolean) => void
): Record<string, unknown> {
	const next: Record<string, unknown> = {};
	for (const question of questions) {
		// computed answers are derived on every read, and hidden ones no longer apply: neither is stored
		if (question.prefill === 'computed' || !shown(question)) continue;
		const value = submitted[question.id];
		if (isEmpty(value)) continue;
		const check = validateAnswer(question, value);
		if (check.ok) next[question.id] = value;
		else {
			report(question.id, check.code, sameValue(pruned(value), pruned(stored[question.id] ?? null)));
			// an invalid new answer never wipes out the answer that was there before
			if (stored[question.id] !== undefined) next[question.id] = stored[question.id];
		}
	}
	return next;
}

/**
 * What saving one section stores. Only answers of questions that are shown (judged against the whole
 * DPIA with the submitted section in place) and valid are kept; an invalid one is reported and the stored
 * answer stays. `all` holds every section's stored record.
 */
export function planSectionSave(
	section: Section,
	submitted: SectionRecord,
	all: Readonly<Record<string, SectionRecord>>
): { record: Record<string, unknown>; issues: AnswerIssue[] } {
	const stored = all[section.id] ?? {};
	const context = flattenSectionAnswers({ ...all, [section.id]: submitted });
	const issues: AnswerIssue[] = [];
	if (!section.repeatable) {
		const record = keepAnswers(section.questions, submitted, stored, (q) => isVisible(q, context), (questionId, code, kept) =>
			issues.push({ questionId, code, kept })
		);
		return { record, issues };
	}
	const before = new Map(recordItems(stored).map((item) => [item.id, item.answers]));
	const items = recordItems(submitted).map((item) => ({
		id: item.id,
		answers: keepAnswers(section.questions, item.answers, before.get(item.id) ?? {}, (q) => isVisible(q, context, item.answers), (questionId, code, kept) =>
			issues.push({ questionId, itemId: item.id, code, kept })
		)
	}));
	return { record: { items }, issues };
}

function changesIn(questions: readonly Question[], before: Answers, after: Answers, itemId?: string): AnswerChange[] {
	return questions
		.filter((q) => !sameValue(before[q.id] ?? null, after[q.id] ?? null))
		.map((q) => ({ questionId: q.id, ...(itemId ? { itemId } : {}), before: before[q.id] ?? null, after: after[q.id] ?? null }));
}

/** Every answer that differs between two records of a section, per question (and per item for a list). */
export function answerChanges(section: Section, before: SectionRecord, after: SectionRecord): AnswerChange[] {
	if (!section.repeatable) return changesIn(section.questions, before, after);
	const old = new Map(recordItems(before).map((i) => [i.id, i.answers]));
	const now = new Map(recordItems(after).map((i) => [i.id, i.answers]));
	const ids = [...new Set([...old.keys(), ...now.keys()])];
	return ids.flatMap((id) => changesIn(section.questions, old.get(id) ?? {}, now.get(id) ?? {}, id));
}
