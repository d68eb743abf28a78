import { questionById, sections } from './catalogue';
import type { Answers, MissingQuestion, Question, Section } from './types';
import { validateAnswer } from './validation';
import { isRecord, itemsOf } from './values';
import { isRequired } from './visibility';

export interface Progress {
	answered: number;
	required: number;
}

/** A required question counts as answered only when its answer is valid. */
function open(question: Question, answers: Answers, item?: Answers): boolean {
	if (!isRequired(question, answers, item)) return false;
	return !validateAnswer(question, (item ?? answers)[question.id]).ok;
}

/** The required questions of a section, each marked open or not; a repeatable section needs at least one item. */
function openIn(section: Section, answers: Answers): { question: Question; open: boolean }[] {
	if (!section.repeatable) {
		return section.questions.filter((q) => isRequired(q, answers)).map((q) => ({ question: q, open: open(q, answers) }));
	}
	const items = itemsOf(answers, section.id);
	if (items.length === 0) {
		// an empty list: every question an item must answer whatever else it says is still open
		return section.questions.filter((q) => q.requirement === 'required' && q.prefill !== 'computed').map((q) => ({ question: q, open: true }));
	}
	return items.flatMap((item) =>
		section.questions.filter((q) => isRequired(q, answers, item.answers)).map((q) => ({ question: q, open: open(q, answers, item.answers) }))
	);
}

/** How many of a section's required questions (visible ones, per item for a list) have a valid answer. */
export function sectionProgress(section: Section, answers: Answers): Progress {
	return tally(openIn(section, answers));
}

function tally(asked: { open: boolean }[]): Progress {
	return { answered: asked.filter((a) => !a.open).length, required: asked.length };
}

/**
 * Ids of the required questions still open, in questionnaire order, each once. Only sections kept as
 * answers count: risks, measures, advice and decision have their own guards in the workflow.
 */
export function missingRequired(answers: Answers): string[] {
	const ids = sections
		.filter((s) => s.recordedIn === 'answers')
		.flatMap((s) => openIn(s, answers).filter((a) => a.open).map((a) => a.question.id));
	return [...new Set(ids)];
}

/**
 * Answers as the server stores them, one record per section, flattened to question ids. A repeatable
 * section's record holds its items under `items`.
 */
export function flattenSectionAnswers(bySection: Readonly<Record<string, Readonly<Record<string, unknown>>>>): Answers {
	const flat: Record<string, unknown> = {};
	for (const section of sections) {
		const stored = bySection[section.id];
		if (!isRecord(stored)) continue;
		if (section.repeatable) flat[section.id] = Array.isArray(stored.items) ? stored.items : [];
		else for (const [id, value] of Object.entries(stored)) if (questionById(id)?.sectionId === section.id) flat[id] = value;
	}
	return flat;
}

/** Progress of every section and the open required questions, from answers flattened to question ids. */
export function answersProgress(answers: Answers): {
	sections: (Progress & { sectionId: string })[];
	missingRequired: MissingQuestion[];
} {
	// Each section is weighed once for both figures: the questionnaire's pages ask for this on every view.
	const missing = new Set<string>();
	const bySection = sections.map((section) => {
		const asked = openIn(section, answers);
		if (section.recordedIn === 'answers') for (const a of asked) if (a.open) missing.add(a.question.id);
		return { sectionId: section.id, ...tally(asked) };
	});
	return {
		sections: bySection,
		missingRequired: [...missing].map((id) => {
			const question = questionById(id)!;
			return { sectionId: question.sectionId, questionId: id, label: question.label };
		})
	};
}

/** Progress of every section and the open required questions, from answers stored per section. */
export function assessmentProgress(bySection: Readonly<Record<string, Readonly<Record<string, unknown>>>>): ReturnType<typeof answersProgress> {
	return answersProgress(flattenSectionAnswers(bySection));
}
