import type { Answers } from '$lib/domain/questionnaire/types';
import type { Lookup, QuestionView, SectionView } from '$lib/domain/questionnaire/view';

/**
 * The whole DPIA's answers with one section replaced by what is in its form now: conditions and REF
 * choices follow what the person is typing, not what was last saved.
 */
export function withSection(answers: Answers, section: SectionView, record: Readonly<Record<string, unknown>>): Answers {
	if (section.repeatable) return { ...answers, [section.id]: Array.isArray(record.items) ? record.items : [] };
	const next: Record<string, unknown> = { ...answers };
	for (const question of section.questions) delete next[question.id];
	return Object.assign(next, record);
}

/** The questions to show, for the section or for one list item; the same rule the server applies on save. */
export function shownQuestions(section: SectionView, lookup: Lookup, context: Answers, item?: Answers): QuestionView[] {
	return section.questions.filter((q) => lookup.isVisible(q, context, item));
}
