import type { Answers, ListItem, Question } from './types';

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Nothing given: blank text, no choice, an empty list, or a record of such. `false` and 0 are answers. */
export function isEmpty(value: unknown): boolean {
	if (value === undefined || value === null) return true;
	if (typeof value === 'string') return value.trim() === '';
	if (Array.isArray(value)) return value.length === 0;
	if (isRecord(value)) return Object.values(value).every(isEmpty);
	return false;
}

/** The main half of an answer: compound answers (question with a detail) are stored as `{ value, detail }`. */
export function primaryOf(question: { readonly detail?: unknown }, value: unknown): unknown {
	return question.detail && isRecord(value) ? value.value : value;
}

/** Every scalar inside a value: list elements, the answers of a per-row question, or the value itself. */
export function flatValues(value: unknown): unknown[] {
	if (value === undefined || value === null) return [];
	if (Array.isArray(value)) return value.flatMap(flatValues);
	if (isRecord(value)) return Object.values(value).flatMap(flatValues);
	return [value];
}

function isListItem(value: unknown): value is ListItem {
	return isRecord(value) && typeof value.id === 'string' && isRecord(value.answers);
}

/** The items of a repeatable section; malformed entries are ignored rather than trusted. */
export function itemsOf(answers: Answers, sectionId: string): ListItem[] {
	const stored = answers[sectionId];
	return Array.isArray(stored) ? stored.filter(isListItem) : [];
}
