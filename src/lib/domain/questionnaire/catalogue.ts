import type { Option } from '../catalogue/options';
import { OPTION_LISTS } from '../catalogue/options';
import { ALL_TRIGGERS } from '../triggers';
import { INTAKE_SECTIONS } from './sections-intake';
import { PART_A1_SECTIONS } from './sections-a1';
import { PART_A2_SECTIONS } from './sections-a2';
import { PART_B_SECTIONS } from './sections-b';
import { PART_CD_SECTIONS } from './sections-cd';
import { CLOSING_SECTIONS } from './sections-closing';
import type { Question, Section } from './types';
import { acceptsDocuments } from './view';

/**
 * The Model DPIA Rijksdienst v3.0 questionnaire (spec §4), sections 0–20 in order. Part A–D follow
 * Art. 35(7)(a–d) AVG.
 */
export const sections: readonly Section[] = [
	...INTAKE_SECTIONS,
	...PART_A1_SECTIONS,
	...PART_A2_SECTIONS,
	...PART_B_SECTIONS,
	...PART_CD_SECTIONS,
	...CLOSING_SECTIONS
];

export const questions: readonly Question[] = sections.flatMap((s) => s.questions);

const QUESTIONS = new Map(questions.map((q) => [q.id, q]));
const SECTIONS = new Map(sections.map((s) => [s.id, s]));

export function questionById(id: string): Question | undefined {
	return QUESTIONS.get(id);
}

/** Whether a question, or the question with this id, takes uploaded documents (`acceptsDocuments`). */
export function takesDocuments(question: Question | string | undefined): boolean {
	const found = typeof question === 'string' ? QUESTIONS.get(question) : question;
	return found !== undefined && acceptsDocuments(found);
}

export function sectionById(id: string): Section | undefined {
	return SECTIONS.get(id);
}

/** The section a question belongs to; our own data, so a miss is a bug and throws. */
export function sectionOf(question: Question): Section {
	const found = SECTIONS.get(question.sectionId);
	if (!found) throw new Error(`question ${question.id} names unknown section ${question.sectionId}`);
	return found;
}

const TRIGGER_OPTIONS: readonly Option[] = ALL_TRIGGERS.map((t) => ({ id: t.id, label: t.label }));

/** The options a choice question offers, whatever their source; empty for other types. */
export function optionsOf(question: Question): readonly Option[] {
	const source = question.options;
	if (!source) return [];
	if ('list' in source) return OPTION_LISTS[source.list];
	if ('choices' in source) return source.choices;
	return TRIGGER_OPTIONS;
}
