import type { Locale } from '../catalogue/i18n';
import { conditionHolds, type ConditionTarget } from './conditions';
import type { AnswerType, Answers, Condition, DetailType, Part, RecordedIn, Requirement } from './types';

/**
 * The questionnaire as one section page shows it: texts in the reader's language and options spelled
 * out. The load function sends this instead of the browser importing the whole catalogue (every
 * section, option list and trigger, in two languages), which would be most of the page's JavaScript.
 * Only types and lookups here, so the browser can import it without pulling in `catalogue.ts`.
 */

export interface OptionView {
	readonly id: string;
	readonly label: string;
}

export interface DetailView {
	readonly type: DetailType;
	readonly label: string;
	readonly required: boolean;
	readonly onlyFor?: readonly string[];
	readonly refersTo?: string;
}

/**
 * Whether a question takes uploaded documents: a document question (FILE), or a written answer that the
 * spec pairs with one ("LONG + FILE", 8.4 DTIA), which keeps its text and takes documents beside it. Here,
 * not in the catalogue, so a page can ask it of the questions it was sent without loading the catalogue.
 */
export const acceptsDocuments = (question: { readonly type: AnswerType; readonly attachments?: boolean }): boolean => question.type === 'FILE' || question.attachments === true;

/**
 * Whether a document question takes a new upload now. One its conditions hide (8.4 without a transfer) does not;
 * documents it already has stay, and can be replaced. In a list section (6, the parties) a condition holds per
 * item while documents belong to the section, so its questions always take them.
 */
export const takesUploadNow = (where: { repeatable: boolean; visible: boolean; hasDocuments: boolean }): boolean => where.repeatable || where.visible || where.hasDocuments;

export interface QuestionView {
	readonly id: string;
	readonly sectionId: string;
	readonly type: AnswerType;
	readonly requirement: Requirement;
	readonly when?: Condition;
	readonly label: string;
	readonly help: string;
	/** Whatever the source (option list, local choices, triggers); empty for questions without choices. */
	readonly options: readonly OptionView[];
	readonly rows?: readonly OptionView[];
	readonly detail?: DetailView;
	readonly refersTo?: string;
	readonly prefill?: 'prescan' | 'computed';
	/** A written answer that also takes uploaded documents (8.4). */
	readonly attachments?: boolean;
}

/** A section in the navigator: enough to list, link and count it. */
export interface SectionHeading {
	readonly id: string;
	readonly part: Part;
	readonly title: string;
	readonly repeatable: boolean;
	readonly recordedIn: RecordedIn;
	/** The id of its first question, by whose answer the items of a list section are named. */
	readonly first?: string;
}

export interface SectionView extends SectionHeading {
	readonly questions: readonly QuestionView[];
}

export interface QuestionnairePage {
	readonly locale: Locale;
	/** Every section, in order. */
	readonly outline: readonly SectionHeading[];
	readonly section: SectionView;
	/** Questions of other sections this one reads: named by its conditions or REFs, or naming a list's items. */
	readonly related: readonly QuestionView[];
	/** The keys of `Answers` the page reads; `answersRead` keeps just those. */
	readonly reads: readonly string[];
}

/**
 * Of the DPIA's answers, those the page reads: a page is sent the answers its conditions, REF choices and
 * computed answers need, not every section's (a DPIA's long answers would make every page heavy).
 */
export function answersRead(page: QuestionnairePage, answers: Answers): Answers {
	const kept: Record<string, unknown> = {};
	for (const key of page.reads) if (Object.hasOwn(answers, key)) kept[key] = answers[key];
	return kept;
}

/** The questions a page knows, found by id: the same answers the catalogue would give for them. */
export interface Lookup {
	readonly locale: Locale;
	question(id: string): QuestionView | undefined;
	section(id: string): SectionHeading | undefined;
	/** The first question of a section, if the page was sent it. */
	firstQuestion(sectionId: string): QuestionView | undefined;
	/** Whether a question is shown, by the same rule the server applies on save. */
	isVisible(question: QuestionView, answers: Answers, item?: Answers): boolean;
}

export function pageLookup(page: QuestionnairePage): Lookup {
	const questions = new Map([...page.section.questions, ...page.related].map((q) => [q.id, q]));
	const sections = new Map(page.outline.map((s) => [s.id, s]));
	const question = (id: string) => questions.get(id);
	const target = (id: string): ConditionTarget | undefined => {
		const found = questions.get(id);
		return found && { sectionId: found.sectionId, detail: found.detail, repeatable: sections.get(found.sectionId)?.repeatable ?? false };
	};
	return {
		locale: page.locale,
		question,
		section: (id) => sections.get(id),
		firstQuestion: (sectionId) => {
			const first = sections.get(sectionId)?.first;
			return first === undefined ? undefined : question(first);
		},
		isVisible: (q, answers, item) => conditionHolds(q, answers, target, item)
	};
}

/** The ids of a section's questions that show an upload with these answers (takesUploadNow), given those that have documents. */
export function uploadQuestions(section: SectionView, lookup: Lookup, answers: Answers, withDocuments: readonly string[]): string[] {
	return section.questions
		.filter((q) => acceptsDocuments(q) && takesUploadNow({ repeatable: section.repeatable, visible: lookup.isVisible(q, answers), hasDocuments: withDocuments.includes(q.id) }))
		.map((q) => q.id);
}
