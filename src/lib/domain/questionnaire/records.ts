import type { ListItem } from './types';
import { isRecord } from './values';

/**
 * Plain helpers on stored section records. Apart from `merge.ts` because the browser needs them too,
 * and `merge.ts` reaches the whole catalogue through validation and visibility.
 */

/** One section's answers as stored: question id → answer, or `{ items }` for a repeatable section. */
export type SectionRecord = Readonly<Record<string, unknown>>;

/** Item ids end up in REF answers and form field names, so they stay short and plain. */
export const ITEM_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** JSON with sorted keys: jsonb does not keep key order, so a plain stringify would see changes that are none. */
export function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (isRecord(value)) {
		const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
		return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

export const sameValue = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/** The list items of a record, well-formed and each id once; anything else is not trusted. */
export function recordItems(record: SectionRecord | undefined): ListItem[] {
	const raw = record && Array.isArray(record.items) ? record.items : [];
	const seen = new Set<string>();
	return raw.filter((item): item is ListItem => {
		if (!isRecord(item) || typeof item.id !== 'string' || !ITEM_ID.test(item.id) || !isRecord(item.answers)) return false;
		if (seen.has(item.id)) return false;
		seen.add(item.id);
		return true;
	});
}
