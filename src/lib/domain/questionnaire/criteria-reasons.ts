import { ALL_TRIGGERS, triggerById, type TriggerId } from '../triggers';
import type { Locale } from '../catalogue/i18n';

/**
 * 0.6 asks why each criterion does or does not apply (WP248 §III.B.a: the reasons are written down). The
 * pre-scan knows which criteria it found, so the form offers them as a starting point, one line each; a
 * person still has to write the reasoning. A line that holds only a criterion's id and name (in either
 * language, with or without the separator the starting point ends in) is not reasoning.
 */
const SEPARATOR = ':';

export function criteriaStartingPoint(ids: readonly TriggerId[], locale: Locale): string {
	return ids.map((id) => `${id} – ${triggerById(id).label[locale]}${SEPARATOR} `).join('\n');
}

const NAMES = ALL_TRIGGERS.flatMap((t) => [`${t.id} – ${t.label.nl}`, `${t.id} – ${t.label.en}`, t.id]).sort((a, b) => b.length - a.length);

/** What is left of a line once a leading criterion name and the punctuation after it are taken off. */
function reasoningOf(line: string): string {
	const trimmed = line.trim();
	const name = NAMES.find((n) => trimmed.startsWith(n));
	const rest = name ? trimmed.slice(name.length) : trimmed;
	return rest.replace(/^[\s:;,.–—-]+/, '').trim();
}

/** True once someone has written reasoning, not only the names of the criteria the pre-scan offered. */
export function hasWrittenReasoning(text: unknown): boolean {
	return typeof text === 'string' && text.split('\n').some((line) => reasoningOf(line) !== '');
}
