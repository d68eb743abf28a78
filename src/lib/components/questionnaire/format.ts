import { dateTimeFormat } from '$lib/utils/date-format';
import type { Locale } from '$lib/domain/catalogue/i18n';
import { RETENTION_PRESETS } from '$lib/domain/catalogue/retention';
import type { Answers, ListItem } from '$lib/domain/questionnaire/types';
import type { DetailView, Lookup, QuestionView } from '$lib/domain/questionnaire/view';
import { m } from '$lib/paraglide/messages';

export interface Choice {
	id: string;
	label: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

const UNITS = {
	day: [m.qn_unit_day_one, m.qn_unit_day_other],
	week: [m.qn_unit_week_one, m.qn_unit_week_other],
	month: [m.qn_unit_month_one, m.qn_unit_month_other],
	year: [m.qn_unit_year_one, m.qn_unit_year_other]
} as const;

export function unitLabel(unit: string, amount = 2): string {
	const pair = UNITS[unit as keyof typeof UNITS];
	return pair ? pair[amount === 1 ? 0 : 1]() : unit;
}

export function optionLabel(question: QuestionView, id: unknown): string {
	return question.options.find((o) => o.id === id)?.label ?? String(id);
}

/** How an item of a list section is named: by its answer to the section's first question (the data, the name ...). */
export function itemLabel(sectionId: string, item: ListItem, index: number, lookup: Lookup): string {
	const first = lookup.firstQuestion(sectionId);
	const shown = first && first.type !== 'REF' ? formatAnswer(first, item.answers[first.id], { answers: {}, lookup }) : [];
	const label = shown.join(', ');
	return label ? (label.length > 120 ? `${label.slice(0, 119)}…` : label) : m.qn_item_n({ n: index + 1 });
}

/**
 * What a REF question can pick: the answers given to the question it refers to (2.2 picks subject groups
 * from 0.4), or the items of the section it refers to (3.3 picks data items of §2).
 */
export function refChoices(refersTo: string | undefined, answers: Answers, lookup: Lookup): Choice[] {
	if (!refersTo) return [];
	const question = lookup.question(refersTo);
	if (question) {
		const value = answers[refersTo];
		const chosen = strings(question.detail && isRecord(value) ? value.value : value);
		return chosen.map((id) => ({ id, label: optionLabel(question, id) }));
	}
	const stored = answers[refersTo];
	const items = Array.isArray(stored) ? (stored as ListItem[]).filter((i) => isRecord(i) && typeof i.id === 'string' && isRecord(i.answers)) : [];
	return items.map((item, index) => ({ id: item.id, label: itemLabel(refersTo, item, index, lookup) }));
}

/** Picks that point at something no longer there stay visible, so they can be unticked rather than lost silently. */
export function withStale(choices: Choice[], selected: readonly string[]): Choice[] {
	const known = new Set(choices.map((c) => c.id));
	return [...choices, ...selected.filter((id) => !known.has(id)).map((id) => ({ id, label: m.qn_ref_removed({ id }) }))];
}

interface Context {
	answers: Answers;
	lookup: Lookup;
}

function refLabels(refersTo: string | undefined, value: unknown, ctx: Context): string {
	const choices = refChoices(refersTo, ctx.answers, ctx.lookup);
	return strings(value)
		.map((id) => choices.find((c) => c.id === id)?.label ?? m.qn_ref_removed({ id }))
		.join(', ');
}

function formatPrimary(question: QuestionView, value: unknown, ctx: Context): string[] {
	switch (question.type) {
		case 'SC':
			if (question.rows && isRecord(value)) {
				return question.rows.filter((r) => value[r.id]).map((r) => `${r.label}: ${optionLabel(question, value[r.id])}`);
			}
			return [optionLabel(question, value)];
		case 'MC':
			return [strings(value).map((id) => optionLabel(question, id)).join(', ')];
		case 'BOOL':
			return [value === true ? m.qn_yes() : value === false ? m.qn_no() : String(value)];
		case 'PERIOD': {
			if (!isRecord(value)) return [String(value)];
			const preset = RETENTION_PRESETS.find((p) => p.id === value.preset);
			const main = `${String(value.amount ?? '')} ${unitLabel(String(value.unit ?? ''), Number(value.amount))} ${String(value.start ?? '')}`.trim();
			return preset ? [main, m.qn_period_from_preset({ preset: preset.label[ctx.lookup.locale] })] : [main];
		}
		case 'REF':
			return [refLabels(question.refersTo, value, ctx)];
		case 'LIST':
		case 'FILE':
			return strings(value);
		default:
			return [String(value)];
	}
}

function formatDetail(question: QuestionView, detail: DetailView, value: unknown, ctx: Context): string[] {
	if (detail.type === 'COUNTS' && isRecord(value)) {
		return [Object.entries(value).map(([id, n]) => `${optionLabel(question, id)}: ${String(n)}`).join(', ')];
	}
	if (detail.type === 'REF') return [`${detail.label}: ${refLabels(detail.refersTo, value, ctx)}`];
	if (detail.type === 'FILE') return strings(value).map((v) => `${detail.label}: ${v}`);
	return [`${detail.label}: ${String(value)}`];
}

const given = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

/** An answer as lines of readable text (read-only pages, the conflict comparison); [] when unanswered. */
export function formatAnswer(question: QuestionView, value: unknown, ctx: Context): string[] {
	if (!given(value)) return [];
	if (!question.detail) return formatPrimary(question, value, ctx).filter(Boolean);
	const parts = isRecord(value) ? value : { value };
	return [
		...(given(parts.value) ? formatPrimary(question, parts.value, ctx) : []),
		...(given(parts.detail) ? formatDetail(question, question.detail, parts.detail, ctx) : [])
	].filter(Boolean);
}

/** A moment as Dutch schools read it, whatever the server's or the browser's time zone. */
export function formatMoment(value: Date | string, locale: Locale): string {
	return dateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(
		new Date(value)
	);
}
