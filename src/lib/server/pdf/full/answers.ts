import { isEmpty, optionsOf, questionById, sectionById, type Answers, type PeriodValue, type Question } from '$lib/domain/questionnaire/api';
import { hasWrittenReasoning } from '$lib/domain/questionnaire/criteria-reasons';
import { formatDate } from '../layout/format';
import { listItems } from '../data/derive';
import type { ReportTexts } from '../texts/types';

export interface AnswerContext {
	texts: ReportTexts;
	answers: Answers;
	/** Risk titles by id, for references to §16. */
	riskTitles: ReadonlyMap<string, string>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v : [v]).filter((s): s is string => typeof s === 'string');

/** The main half of an answer; compound answers are stored as `{ value, detail }`. */
export function primaryOf(question: Question, value: unknown): unknown {
	return question.detail && isRecord(value) ? value.value : value;
}

function choiceLabel(question: Question, id: string, ctx: AnswerContext): string {
	if (id === 'not_applicable') return ctx.texts.notApplicable;
	const option = optionsOf(question).find((o) => o.id === id);
	return option ? option.label[ctx.texts.locale] : ctx.texts.unknownValue(id);
}

function period(value: unknown, ctx: AnswerContext): string {
	const p = value as Partial<PeriodValue>;
	if (typeof p.amount !== 'number' || !p.unit || !(p.unit in ctx.texts.units)) return JSON.stringify(value);
	const [one, many] = ctx.texts.units[p.unit];
	return `${p.amount} ${p.amount === 1 ? one : many} ${p.start ?? ''}`.trim();
}

/** What a list item is called elsewhere: its first answer, e.g. the data items of a §2 entry. */
export function itemTitle(sectionId: string, itemAnswers: Answers, ctx: AnswerContext): string {
	const first = sectionById(sectionId)?.questions[0];
	if (!first) return '';
	return answerTexts(first, itemAnswers[first.id], ctx).join(', ');
}

function references(question: Question, ids: string[], ctx: AnswerContext, target = question.refersTo): string[] {
	if (!target) return ids;
	if (target === '16') return ids.map((id) => ctx.riskTitles.get(id) ?? ctx.texts.unknownValue(id));
	const referred = questionById(target);
	if (referred) return ids.map((id) => choiceLabel(referred, id, ctx));
	const items = new Map(listItems(ctx.answers, target).map((item) => [item.id, item.answers]));
	return ids.map((id) => {
		const item = items.get(id);
		return item ? itemTitle(target, item, ctx) : ctx.texts.unknownValue(id);
	});
}

/**
 * The answer to one question as lines of plain text, in the report's language; empty when unanswered.
 * Choices show their labels, never ids, except an id we do not know, which is shown as such.
 */
export function answerTexts(question: Question, value: unknown, ctx: AnswerContext): string[] {
	const primary = primaryOf(question, value);
	if (isEmpty(primary)) return [];
	const { texts } = ctx;
	switch (question.type) {
		case 'TXT':
		case 'LONG':
			return [String(primary)];
		case 'SC':
			if (question.rows && isRecord(primary)) {
				return question.rows.map((row) => `${row.label[texts.locale]}: ${typeof primary[row.id] === 'string' ? choiceLabel(question, primary[row.id] as string, ctx) : texts.notAnswered}`);
			}
			return strings(primary).map((id) => choiceLabel(question, id, ctx));
		case 'MC':
			return strings(primary).map((id) => choiceLabel(question, id, ctx));
		case 'BOOL':
			return [primary === true ? texts.yes : texts.no];
		case 'DATE':
			return [formatDate(String(primary), texts)];
		case 'NUM':
			return [String(primary)];
		case 'PERIOD':
			return [period(primary, ctx)];
		case 'LIST':
			return strings(primary);
		case 'REF':
			return references(question, strings(primary), ctx);
		case 'FILE':
			return strings(primary).map((name) => `${texts.attachment}: ${name}`);
	}
}

/** The second half of a compound answer, as "label: value" lines; counts go with their option. */
export function detailTexts(question: Question, value: unknown, ctx: AnswerContext, labelled = true): string[] {
	const spec = question.detail;
	if (!spec || !isRecord(value) || isEmpty(value.detail)) return [];
	// the criteria offered as a starting point are not the board's reasoning: print nothing rather than them
	if (spec.startingPoint === 'criteria' && !hasWrittenReasoning(value.detail)) return [];
	const detail = value.detail;
	const { locale } = ctx.texts;
	const name = (text: string) => (labelled ? `${spec.label[locale]}: ${text}` : text);
	switch (spec.type) {
		case 'COUNTS': {
			if (!isRecord(detail)) return [];
			// option order, not key order: a stored snapshot must render the same after a jsonb round trip
			return optionsOf(question)
				.filter((o) => typeof detail[o.id] === 'number')
				.map((o) => `${o.label[locale]}: ${detail[o.id] as number}`);
		}
		case 'DATE':
			return [name(formatDate(String(detail), ctx.texts))];
		case 'REF':
			return [name(references(question, strings(detail), ctx, spec.refersTo).join(', '))];
		case 'FILE':
			return strings(detail).map(name);
		case 'TXT':
		case 'LONG':
			return [name(String(detail))];
	}
}

/**
 * Everything answered to one question: the answer, then its detail (counts replace the plain list).
 * In a table the column says what the detail is, so `labelled` can drop its label.
 */
export function answerLines(question: Question, value: unknown, ctx: AnswerContext, labelled = true): string[] {
	const details = detailTexts(question, value, ctx, labelled);
	if (question.detail?.type === 'COUNTS' && details.length) return details;
	return [...answerTexts(question, value, ctx), ...details];
}
