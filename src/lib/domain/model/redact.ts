/**
 * A DPIA shared as a model leaves out the people of the board that made it (issue 20, point 5). Structured
 * fields that name people are not exported at all; free text is the board's own words, so the names the
 * board knows (its members, the owners of its measures) and every e-mail address are replaced in it.
 */
export const NAME_MARK = '[naam]';
export const EMAIL_MARK = '[e-mailadres]';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** Shorter "names" (initials, a stray owner like "IT") would blank ordinary words. */
const SHORTEST_NAME = 4;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function namesPattern(names: readonly string[]): RegExp | null {
	const distinct = [...new Set(names.map((n) => n.trim().replace(/\s+/g, ' ')).filter((n) => n.length >= SHORTEST_NAME))];
	if (!distinct.length) return null;
	// longest first, so "Jan de Vries" is taken whole before a shorter name inside it; spaces match any run of white space
	const alternatives = distinct.sort((a, b) => b.length - a.length).map((n) => escape(n).replace(/ /g, '\\s+'));
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Every string in `value` (keys stay as they are) with the given names and any e-mail address replaced. */
export function withoutPeople<T>(value: T, names: readonly string[]): T {
	const pattern = namesPattern(names);
	const clean = (text: string) => {
		const noMail = text.replace(EMAIL, EMAIL_MARK);
		return pattern ? noMail.replace(pattern, NAME_MARK) : noMail;
	};
	const walk = (v: unknown): unknown => {
		if (typeof v === 'string') return clean(v);
		if (Array.isArray(v)) return v.map(walk);
		if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, walk(inner)]));
		return v;
	};
	return walk(value) as T;
}
