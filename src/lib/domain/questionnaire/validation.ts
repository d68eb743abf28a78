import { RETENTION_PRESETS } from '../catalogue/options';
import { optionsOf } from './catalogue';
import { hasWrittenReasoning } from './criteria-reasons';
import { PERIOD_UNITS, type Detail, type Question, type Validation, type ValidationCode } from './types';
import { flatValues, isEmpty, isRecord, primaryOf } from './values';

export const MAX_TEXT = 500;
export const MAX_LONG_TEXT = 20_000;

const OK: Validation = { ok: true };
const fail = (code: ValidationCode): Validation => ({ ok: false, code });
const first = (...checks: (() => Validation)[]): Validation => {
	for (const check of checks) {
		const result = check();
		if (!result.ok) return result;
	}
	return OK;
};

function text(value: unknown, max: number): Validation {
	if (typeof value !== 'string') return fail('wrong_type');
	return value.trim().length > max ? fail('too_long') : OK;
}

/** A calendar date written yyyy-mm-dd; 2025-02-30 is refused. */
export function isIsoDate(value: unknown): value is string {
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A list of distinct, non-blank strings (ids of options, items or files, or lines of text). */
function stringList(value: unknown, known?: ReadonlySet<string>, max = MAX_TEXT): Validation {
	if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return fail('wrong_type');
	const trimmed = value.map((v: string) => v.trim());
	if (trimmed.some((v) => v === '')) return fail('required');
	if (trimmed.some((v) => v.length > max)) return fail('too_long');
	if (known && trimmed.some((v) => !known.has(v))) return fail('unknown_option');
	return new Set(trimmed).size === trimmed.length ? OK : fail('duplicate');
}

function choice(value: unknown, known: ReadonlySet<string>): Validation {
	if (typeof value !== 'string') return fail('wrong_type');
	return known.has(value) ? OK : fail('unknown_option');
}

function perRow(question: Question, value: unknown, known: ReadonlySet<string>): Validation {
	if (!isRecord(value)) return fail('wrong_type');
	const rows = new Set(question.rows!.map((r) => r.id));
	if (Object.keys(value).some((key) => !rows.has(key))) return fail('unknown_option');
	for (const row of rows) {
		if (isEmpty(value[row])) return fail('missing_row');
		const result = choice(value[row], known);
		if (!result.ok) return result;
	}
	return OK;
}

function number(question: Question, value: unknown): Validation {
	if (typeof value !== 'number' || !Number.isFinite(value)) return fail('wrong_type');
	if ((question.min !== undefined && value < question.min) || (question.max !== undefined && value > question.max)) return fail('out_of_range');
	return OK;
}

const PRESETS = new Set(RETENTION_PRESETS.map((p) => p.id));

function period(value: unknown): Validation {
	if (!isRecord(value)) return fail('wrong_type');
	const { amount, unit, start, preset } = value;
	if (typeof amount !== 'number' || !Number.isFinite(amount)) return fail('wrong_type');
	if (!Number.isInteger(amount)) return fail('not_integer');
	if (amount < 1) return fail('out_of_range');
	if (!(PERIOD_UNITS as readonly unknown[]).includes(unit)) return fail('unknown_option');
	if (isEmpty(start)) return fail('required');
	return first(
		() => text(start, MAX_TEXT),
		() => (preset === undefined || (typeof preset === 'string' && PRESETS.has(preset)) ? OK : fail('unknown_option'))
	);
}

function counts(selected: unknown, detail: unknown): Validation {
	if (!isRecord(detail)) return fail('wrong_type');
	const chosen = new Set(flatValues(selected).filter((v): v is string => typeof v === 'string'));
	for (const [key, count] of Object.entries(detail)) {
		if (!chosen.has(key)) return fail('unknown_option');
		if (typeof count !== 'number' || !Number.isFinite(count)) return fail('wrong_type');
		if (!Number.isInteger(count)) return fail('not_integer');
		if (count < 0) return fail('out_of_range');
	}
	return [...chosen].every((id) => id in detail) ? OK : fail('missing_detail');
}

function validateDetail(spec: Detail, primary: unknown, detail: unknown): Validation {
	const asked = !spec.onlyFor || flatValues(primary).some((v) => typeof v === 'string' && spec.onlyFor!.includes(v));
	if (isEmpty(detail)) return asked && spec.required ? fail('missing_detail') : OK;
	if (spec.startingPoint === 'criteria' && asked && spec.required && !hasWrittenReasoning(detail)) return fail('missing_reasoning');
	switch (spec.type) {
		case 'TXT':
			return text(detail, MAX_TEXT);
		case 'LONG':
			return text(detail, MAX_LONG_TEXT);
		case 'DATE':
			return isIsoDate(detail) ? OK : typeof detail === 'string' ? fail('invalid_date') : fail('wrong_type');
		case 'FILE':
		case 'REF':
			return stringList(detail);
		case 'COUNTS':
			return counts(primary, detail);
	}
}

function validatePrimary(question: Question, value: unknown): Validation {
	const known = new Set(optionsOf(question).map((o) => o.id));
	switch (question.type) {
		case 'TXT':
			return text(value, MAX_TEXT);
		case 'LONG':
			return text(value, MAX_LONG_TEXT);
		case 'SC':
			return question.rows ? perRow(question, value, known) : choice(value, known);
		case 'MC':
			return stringList(value, known);
		case 'BOOL':
			return typeof value === 'boolean' ? OK : fail('wrong_type');
		case 'DATE':
			return isIsoDate(value) ? OK : typeof value === 'string' ? fail('invalid_date') : fail('wrong_type');
		case 'NUM':
			return number(question, value);
		case 'PERIOD':
			return period(value);
		case 'LIST':
			return stringList(value);
		case 'REF':
		case 'FILE':
			return stringList(value);
	}
}

/**
 * Checks one answer against its question. Blank is refused unless the question is optional: callers ask
 * only about questions that are shown (see `isVisible`).
 */
export function validateAnswer(question: Question, value: unknown): Validation {
	const primary = primaryOf(question, value);
	if (isEmpty(primary)) return question.requirement === 'optional' ? OK : fail('required');
	if (!question.detail) return validatePrimary(question, value);
	if (!isRecord(value)) return fail('wrong_type');
	return first(
		() => validatePrimary(question, primary),
		() => validateDetail(question.detail!, primary, value.detail)
	);
}
