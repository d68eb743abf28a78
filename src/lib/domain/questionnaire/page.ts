import type { Localized, Locale } from '../catalogue/i18n';
import { optionsOf, questionById, sectionById, sections } from './catalogue';
import { COMPUTED_FROM } from './computed';
import { conditionTargets } from './conditions';
import type { Question, Section } from './types';
import type { QuestionnairePage, QuestionView, SectionHeading } from './view';

/** Builds the views of `view.ts` from the catalogue; run by the server, never shipped to the browser. */

export function questionView(question: Question, locale: Locale): QuestionView {
	const say = (text: Localized) => text[locale];
	const { detail, rows, options: _source, label, help, ...rest } = question;
	return {
		...rest,
		label: say(label),
		help: say(help),
		options: optionsOf(question).map((o) => ({ id: o.id, label: say(o.label) })),
		...(rows ? { rows: rows.map((r) => ({ id: r.id, label: say(r.label) })) } : {}),
		...(detail ? { detail: { ...detail, label: say(detail.label) } } : {})
	};
}

function heading(section: Section, locale: Locale): SectionHeading {
	const { id, part, title, repeatable, recordedIn, questions } = section;
	return { id, part, title: title[locale], repeatable, recordedIn, ...(questions[0] ? { first: questions[0].id } : {}) };
}

export const outline = (locale: Locale): SectionHeading[] => sections.map((s) => heading(s, locale));

/**
 * The questions outside the section that its page reads: those its conditions name, those a REF picks
 * answers from, and the first question of a list a REF picks items from (the items are named by it),
 * followed through in case that question refers on.
 */
function relatedQuestions(section: Section): Question[] {
	const found = new Map<string, Question>();
	const visit = (id: string | undefined) => {
		if (id === undefined) return;
		const question = questionById(id) ?? sectionById(id)?.questions[0];
		if (!question || question.sectionId === section.id || found.has(question.id)) return;
		found.set(question.id, question);
		visit(question.refersTo);
		visit(question.detail?.refersTo);
	};
	for (const question of section.questions) {
		for (const id of conditionTargets(question.when)) visit(id);
		visit(question.refersTo);
		visit(question.detail?.refersTo);
	}
	return [...found.values()];
}

/**
 * Where the answers the page reads are kept in `Answers`: its own questions', its related questions' (a
 * list's under the list's section id), and §2's items when it shows a computed answer (12.1).
 */
function answerKeys(section: Section, related: Question[]): string[] {
	const keyOf = (question: Question) => (sectionById(question.sectionId)?.repeatable ? question.sectionId : question.id);
	const keys = new Set([...section.questions, ...related].map(keyOf));
	if (section.questions.some((q) => q.prefill === 'computed')) keys.add(COMPUTED_FROM);
	return [...keys];
}

// A page's view depends on the section and the language alone, and every view of the page asks for it.
const built = new Map<string, QuestionnairePage>();

/** What one section's page needs of the questionnaire; undefined for an unknown section. Shared: read it, never change it. */
export function questionnairePage(sectionId: string, locale: Locale): QuestionnairePage | undefined {
	const section = sectionById(sectionId);
	if (!section) return undefined;
	const key = `${locale}:${section.id}`;
	let page = built.get(key);
	if (!page) built.set(key, (page = deepFreeze(buildPage(section, locale))));
	return page;
}

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const inner of Object.values(value)) deepFreeze(inner);
	}
	return value;
}

function buildPage(section: Section, locale: Locale): QuestionnairePage {
	const related = relatedQuestions(section);
	return {
		locale,
		outline: outline(locale),
		section: { ...heading(section, locale), questions: section.questions.map((q) => questionView(q, locale)) },
		related: related.map((q) => questionView(q, locale)),
		reads: answerKeys(section, related)
	};
}
