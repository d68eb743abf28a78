import { RETENTION_PRESETS } from '$lib/domain/catalogue/retention';
import { ITEM_ID, recordItems, type SectionRecord } from '$lib/domain/questionnaire/records';
import type { Answers } from '$lib/domain/questionnaire/types';
import { isEmpty } from '$lib/domain/questionnaire/values';
import { getLocale } from '$lib/paraglide/runtime';
import { countField, fieldBase, ITEMS, list, partField, rowField, text, type Draft, type FormDetail, type FormQuestion, type FormSection } from './fields';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const asText = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const asList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const lines = (value: string): string[] => value.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/** A detail is asked for every answer, or only for the answers it names (the country for storage abroad). */
export function detailApplies(detail: FormDetail, primary: unknown): boolean {
	if (!detail.onlyFor) return true;
	const chosen = Array.isArray(primary) ? primary : [primary];
	return chosen.some((v) => typeof v === 'string' && detail.onlyFor!.includes(v));
}

/**
 * Typed text to a number, read the way the person writes numbers: in Dutch "1.200" is twelve hundred
 * and "3,5" three and a half. Text that is no number stays text, so validation reports it and the
 * person sees what they typed.
 */
export function number(typed: string, locale = getLocale()): number | string | undefined {
	const t = typed.trim().replace(/\s/g, '');
	if (t === '') return undefined;
	const [group, decimal] = locale === 'en' ? [',', '.'] : ['.', ','];
	const grouped = new RegExp(`^-?\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
	const plain = grouped.test(t) ? t.split(group).join('') : t;
	const normal = plain.replace(',', '.');
	return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : typed.trim();
}

function encodePrimary(question: FormQuestion, value: unknown, base: string, draft: Draft): void {
	switch (question.type) {
		case 'SC':
			if (question.rows) for (const row of question.rows) draft[rowField(base, row.id)] = asText(isRecord(value) ? value[row.id] : '');
			else draft[base] = asText(value);
			return;
		case 'MC':
		case 'REF':
			draft[base] = asList(value);
			return;
		case 'BOOL':
			draft[base] = value === true ? 'true' : value === false ? 'false' : '';
			return;
		case 'PERIOD': {
			const p = isRecord(value) ? value : {};
			for (const part of ['amount', 'unit', 'start', 'preset'] as const) draft[partField(base, part)] = asText(p[part]);
			return;
		}
		case 'LIST':
		case 'FILE':
			draft[base] = asList(value).join('\n');
			return;
		default:
			draft[base] = asText(value);
	}
}

function encodeDetail(detail: FormDetail, value: unknown, base: string, draft: Draft): void {
	if (detail.type === 'COUNTS') {
		if (isRecord(value)) for (const [id, count] of Object.entries(value)) draft[countField(base, id)] = asText(count);
	} else if (detail.type === 'REF') draft[partField(base, 'detail')] = asList(value);
	else if (detail.type === 'FILE') draft[partField(base, 'detail')] = asList(value).join('\n');
	else draft[partField(base, 'detail')] = asText(value);
}

function encodeAnswers(questions: readonly FormQuestion[], answers: Answers, draft: Draft, itemId?: string): void {
	for (const question of questions) {
		if (question.prefill === 'computed') continue;
		const base = fieldBase(question.id, itemId);
		const value = answers[question.id];
		if (!question.detail) encodePrimary(question, value, base, draft);
		else {
			encodePrimary(question, isRecord(value) ? value.value : undefined, base, draft);
			encodeDetail(question.detail, isRecord(value) ? value.detail : undefined, base, draft);
		}
	}
}

/** The form values of one list item, every field present so bound controls start from a defined value. */
export function encodeItem(section: FormSection, itemId: string, answers: Answers = {}): Draft {
	const draft: Draft = {};
	encodeAnswers(section.questions, answers, draft, itemId);
	return draft;
}

/** A stored section as the form's values. */
export function encodeSection(section: FormSection, record: SectionRecord): Draft {
	const draft: Draft = {};
	if (!section.repeatable) encodeAnswers(section.questions, record, draft);
	else {
		const items = recordItems(record);
		draft[ITEMS] = items.map((i) => i.id);
		for (const item of items) encodeAnswers(section.questions, item.answers, draft, item.id);
	}
	return draft;
}

function decodePeriod(draft: Draft, base: string): unknown {
	const preset = RETENTION_PRESETS.find((p) => p.id === text(draft, partField(base, 'preset')));
	const amount = number(text(draft, partField(base, 'amount')));
	const unit = text(draft, partField(base, 'unit')).trim();
	const start = text(draft, partField(base, 'start')).trim();
	// without JavaScript, picking a preset cannot fill the other fields; blanks take the preset's values
	const period = {
		amount: amount ?? preset?.amount,
		unit: unit || preset?.unit || undefined,
		start: start || preset?.start[getLocale()] || undefined,
		preset: preset?.id
	};
	return isEmpty(period) ? undefined : period;
}

function decodePrimary(question: FormQuestion, draft: Draft, base: string): unknown {
	switch (question.type) {
		case 'SC': {
			if (!question.rows) return text(draft, base).trim() || undefined;
			const rows = question.rows.map((r) => [r.id, text(draft, rowField(base, r.id)).trim()] as const).filter(([, v]) => v !== '');
			return rows.length ? Object.fromEntries(rows) : undefined;
		}
		case 'MC':
		case 'REF': {
			const chosen = list(draft, base);
			return chosen.length ? chosen : undefined;
		}
		case 'BOOL': {
			const v = text(draft, base);
			return v === 'true' ? true : v === 'false' ? false : undefined;
		}
		case 'NUM':
			return number(text(draft, base));
		case 'PERIOD':
			return decodePeriod(draft, base);
		case 'LIST':
		case 'FILE': {
			const given = lines(text(draft, base));
			return given.length ? given : undefined;
		}
		default:
			return text(draft, base).trim() || undefined;
	}
}

function decodeDetail(detail: FormDetail, draft: Draft, base: string, primary: unknown): unknown {
	if (!detailApplies(detail, primary)) return undefined;
	const name = partField(base, 'detail');
	switch (detail.type) {
		case 'COUNTS': {
			const counts = asList(primary).map((id) => [id, number(text(draft, countField(base, id)))] as const).filter(([, n]) => n !== undefined);
			return counts.length ? Object.fromEntries(counts) : undefined;
		}
		case 'REF': {
			const chosen = list(draft, name);
			return chosen.length ? chosen : undefined;
		}
		case 'FILE': {
			const given = lines(text(draft, name));
			return given.length ? given : undefined;
		}
		default:
			return text(draft, name).trim() || undefined;
	}
}

/** One question's answer from the form; undefined when nothing was given. */
export function decodeQuestion(question: FormQuestion, draft: Draft, itemId?: string): unknown {
	const base = fieldBase(question.id, itemId);
	const primary = decodePrimary(question, draft, base);
	if (!question.detail) return primary;
	const detail = decodeDetail(question.detail, draft, base, primary);
	if (primary === undefined && detail === undefined) return undefined;
	return detail === undefined ? { value: primary } : { value: primary, detail };
}

function decodeAnswers(questions: readonly FormQuestion[], draft: Draft, itemId?: string): Record<string, unknown> {
	const answers: Record<string, unknown> = {};
	for (const question of questions) {
		if (question.prefill === 'computed') continue;
		const value = decodeQuestion(question, draft, itemId);
		if (value !== undefined) answers[question.id] = value;
	}
	return answers;
}

/** The form's values as a section record, the shape the service validates and stores. */
export function decodeSection(section: FormSection, draft: Draft): Record<string, unknown> {
	if (!section.repeatable) return decodeAnswers(section.questions, draft);
	const ids = [...new Set(list(draft, ITEMS))].filter((id) => ITEM_ID.test(id));
	return { items: ids.map((id) => ({ id, answers: decodeAnswers(section.questions, draft, id) })) };
}
