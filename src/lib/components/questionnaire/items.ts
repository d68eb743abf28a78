import { encodeItem } from './codec';
import { ITEMS, list, type Draft, type FormSection } from './fields';

/** A short random id for a new list item; works in browsers without `crypto.randomUUID` (plain http). */
export function newItemId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(9));
	return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

/** The draft with one more, empty, item at the end. */
export function withItem(section: FormSection, draft: Draft, id: string): Draft {
	return { ...draft, ...encodeItem(section, id), [ITEMS]: [...list(draft, ITEMS), id] };
}

/** The draft without the item and without anything typed in it. */
export function withoutItem(draft: Draft, id: string): Draft {
	const next: Draft = {};
	for (const [key, value] of Object.entries(draft)) if (!key.startsWith(`${id}~`)) next[key] = value;
	next[ITEMS] = list(draft, ITEMS).filter((i) => i !== id);
	return next;
}
