import { recordItems, sameValue } from '$lib/domain/questionnaire/records';
import type { Answers } from '$lib/domain/questionnaire/types';
import type { Lookup, QuestionView, SectionView } from '$lib/domain/questionnaire/view';
import { decodeSection } from './codec';
import type { Draft } from './fields';
import { formatAnswer, itemLabel } from './format';

export interface ConflictRow {
	key: string;
	label: string;
	yours: string[];
	stored: string[];
}

function rowsFor(questions: readonly QuestionView[], mine: Answers, theirs: Answers, ctx: { answers: Answers; lookup: Lookup }, prefix = '', key = '') {
	return questions
		.filter((q) => q.prefill !== 'computed' && !sameValue(mine[q.id] ?? null, theirs[q.id] ?? null))
		.map((q) => ({
			key: `${key}${q.id}`,
			label: `${prefix}${q.id} ${q.label}`,
			yours: formatAnswer(q, mine[q.id], ctx),
			stored: formatAnswer(q, theirs[q.id], ctx)
		}));
}

/** The answers where the person's version and the stored one differ, side by side in readable words. */
export function conflictRows(section: SectionView, yours: Draft, stored: Draft, answers: Answers, lookup: Lookup): ConflictRow[] {
	const mine = decodeSection(section, yours);
	const theirs = decodeSection(section, stored);
	const ctx = { answers, lookup };
	if (!section.repeatable) return rowsFor(section.questions, mine, theirs, ctx);
	const a = recordItems(mine);
	const b = recordItems(theirs);
	const ids = [...new Set([...a, ...b].map((i) => i.id))];
	return ids.flatMap((id) => {
		const index = Math.max(a.findIndex((i) => i.id === id), b.findIndex((i) => i.id === id));
		const item = a.find((i) => i.id === id) ?? b.find((i) => i.id === id)!;
		const prefix = `${itemLabel(section.id, item, index, lookup)} – `;
		return rowsFor(section.questions, a.find((i) => i.id === id)?.answers ?? {}, b.find((i) => i.id === id)?.answers ?? {}, ctx, prefix, `${id}~`);
	});
}
