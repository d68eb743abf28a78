import type { Locale, Localized } from './catalogue/i18n';
import { optionsOf, questionById, sectionById } from './questionnaire/catalogue';
import type { Answers, PeriodValue, Question } from './questionnaire/types';
import { isEmpty, isRecord, itemsOf } from './questionnaire/values';

const YES: Localized = { nl: 'Ja', en: 'Yes' };
const NO: Localized = { nl: 'Nee', en: 'No' };

const UNITS: Record<PeriodValue['unit'], { one: Localized; many: Localized }> = {
	day: { one: { nl: 'dag', en: 'day' }, many: { nl: 'dagen', en: 'days' } },
	week: { one: { nl: 'week', en: 'week' }, many: { nl: 'weken', en: 'weeks' } },
	month: { one: { nl: 'maand', en: 'month' }, many: { nl: 'maanden', en: 'months' } },
	year: { one: { nl: 'jaar', en: 'year' }, many: { nl: 'jaar', en: 'years' } }
};

function isPeriod(value: unknown): value is PeriodValue {
	return isRecord(value) && typeof value.amount === 'number' && typeof value.unit === 'string' && value.unit in UNITS;
}

/**
 * A stored answer as one line of plain text, for the version diff and the audit trail: option ids become
 * their labels, yes/no and periods become words. Without the question (an id the catalogue no longer
 * knows) the value is still shown, never dropped. Blank answers give ''.
 */
export function answerText(value: unknown, question: Question | undefined, locale: Locale, context: Answers = {}): string {
	if (isEmpty(value)) return '';
	const options = question ? optionsOf(question) : [];
	const label = (id: unknown): string => {
		if (question?.type === 'REF' && typeof id === 'string') return refLabel(question.refersTo, id, context, locale);
		const option = options.find((o) => o.id === id);
		return option ? option.label[locale] : scalar(id, locale);
	};
	if (question?.rows && isRecord(value)) {
		return question.rows
			.filter((row) => !isEmpty(value[row.id]))
			.map((row) => `${row.label[locale]}: ${label(value[row.id])}`)
			.join('; ');
	}
	if (question?.detail && isRecord(value) && 'value' in value) {
		const main = answerText(value.value, { ...question, detail: undefined }, locale);
		const detail = detailText(value.detail, label, locale);
		return detail ? `${main} (${question.detail.label[locale]}: ${detail})` : main;
	}
	if (Array.isArray(value)) return value.filter((v) => !isEmpty(v)).map((v) => (isRecord(v) ? answerText(v, undefined, locale) : label(v))).join(', ');
	if (isPeriod(value)) {
		const unit = UNITS[value.unit][value.amount === 1 ? 'one' : 'many'][locale];
		return [`${value.amount} ${unit}`, value.start].filter(Boolean).join(', ');
	}
	if (isRecord(value)) {
		return Object.entries(value)
			.filter(([, v]) => !isEmpty(v))
			.map(([k, v]) => `${k}: ${answerText(v, undefined, locale)}`)
			.join('; ');
	}
	return label(value);
}

/**
 * What a picked reference stands for: an option of the question it refers to (2.2 picks groups of 0.4), or
 * an item of the section it refers to (3.3 picks data items of §2), named by that item's first answer as
 * `context` holds it. An item that is gone keeps its id, so the trail still shows what was picked.
 */
function refLabel(refersTo: string | undefined, id: string, context: Answers, locale: Locale): string {
	const target = refersTo ? questionById(refersTo) : undefined;
	if (target) return optionsOf(target).find((o) => o.id === id)?.label[locale] ?? id;
	const first = refersTo ? sectionById(refersTo)?.questions[0] : undefined;
	const item = refersTo ? itemsOf(context, refersTo).find((i) => i.id === id) : undefined;
	const named = first && item ? answerText(item.answers[first.id], first, locale) : '';
	return named || id;
}

function detailText(detail: unknown, label: (id: unknown) => string, locale: Locale): string {
	if (isEmpty(detail)) return '';
	// COUNTS: a number per chosen option
	if (isRecord(detail)) return Object.entries(detail).map(([id, n]) => `${label(id)}: ${scalar(n, locale)}`).join(', ');
	return answerText(detail, undefined, locale);
}

function scalar(value: unknown, locale: Locale): string {
	if (value === true) return YES[locale];
	if (value === false) return NO[locale];
	if (typeof value === 'string' || typeof value === 'number') return String(value);
	return JSON.stringify(value);
}
