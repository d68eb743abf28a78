import type { Locale } from '$lib/domain/catalogue/i18n';
import type { Answers, Question, Section } from '$lib/domain/questionnaire/api';
import { recordItems, sameValue } from '$lib/domain/questionnaire/merge';
import { decodeSection } from './codec';
import type { Draft } from './fields';
import { formatAnswer, itemLabel } from './format';

export interface ConflictRow {
	key: string;
	label: string;
	yours: string[];
	stored: string[];
}

function rowsFor(questions: readonly Question[], mine: Answers, theirs: Answers, ctx: { answers: Answers; locale: Locale }, prefix = '', key = '') {
	return questions
		.filter((q) => q.prefill !== 'computed' && !sameValue(mine[q.id] ?? null, theirs[q.id] ?? null))
		.map((q) => ({
			key: `${key}${q.id}`,
			label: `${prefix}${q.id} ${q.label[ctx.locale]}`,
			yours: formatAnswer(q, mine[q.id], ctx),
			stored: formatAnswer(q, theirs[q.id], ctx)
		}));
}

/** The answers where the person's version and the stored one differ, side by side in readable words. */
export function conflictRows(section: Section, yours: Draft, stored: Draft, answers: Answers, locale: Locale): ConflictRow[] {
	const mine = decodeSection(section, yours);
	const theirs = decodeSection(section, stored);
	const ctx = { answers, locale };
	if (!section.repeatable) return rowsFor(section.questions, mine, theirs, ctx);
	const a = recordItems(mine);
	const b = recordItems(theirs);
	const ids = [...new Set([...a, ...b].map((i) => i.id))];
	return ids.flatMap((id) => {
		const index = Math.max(a.findIndex((i) => i.id === id), b.findIndex((i) => i.id === id));
		const item = a.find((i) => i.id === id) ?? b.find((i) => i.id === id)!;
		const prefix = `${itemLabel(section.id, item, index, locale)} – `;
		return rowsFor(section.questions, a.find((i) => i.id === id)?.answers ?? {}, b.find((i) => i.id === id)?.answers ?? {}, ctx, prefix, `${id}~`);
	});
}
