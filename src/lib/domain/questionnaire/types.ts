import type { Localized } from '../catalogue/i18n';
import type { Option, OptionListId } from '../catalogue/options';

/** Answer types of spec §4 ("Types"). */
export const ANSWER_TYPES = ['TXT', 'LONG', 'SC', 'MC', 'BOOL', 'DATE', 'NUM', 'PERIOD', 'LIST', 'REF', 'FILE'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** R, C and O of spec §4. A conditional question is shown only when its condition holds, and is then required. */
export type Requirement = 'required' | 'conditional' | 'optional';

/**
 * When a conditional question is shown. `question` names an earlier question (or, rarely, a later one in the
 * closing sections). Inside a repeatable section the item's own answer counts; a question of a repeatable
 * section read from elsewhere yields the answers of all its items ("any item has ...").
 */
export type Condition =
	| { readonly question: string; readonly equals: string | boolean }
	| { readonly question: string; readonly oneOf: readonly string[] }
	| { readonly question: string; readonly includesAny: readonly string[] }
	| { readonly question: string; readonly answered: boolean }
	| { readonly any: readonly Condition[] }
	| { readonly all: readonly Condition[] };

/** Where a choice question's options come from: a shared option list (OL-*), a local list, or the §3 triggers. */
export type OptionSource =
	| { readonly list: OptionListId }
	| { readonly choices: readonly Option[] }
	| { readonly triggers: true };

export const DETAIL_TYPES = ['TXT', 'LONG', 'DATE', 'FILE', 'REF', 'COUNTS'] as const;
export type DetailType = (typeof DETAIL_TYPES)[number];

/**
 * The second half of a compound answer such as "SC + TXT" or "MC OL-SUBJ + NUM". The stored value is then
 * `{ value, detail }`. COUNTS holds a number per selected option (0.4: how many of each subject group).
 */
export interface Detail {
	readonly type: DetailType;
	readonly label: Localized;
	readonly required: boolean;
	/** The detail is only asked for these primary answers (e.g. the country when storage is outside the EEA). */
	readonly onlyFor?: readonly string[];
	readonly refersTo?: string;
	/** The form offers the pre-scan's criteria as a starting point; the answer counts once reasoning is written. */
	readonly startingPoint?: 'criteria';
}

export interface Question {
	/** Stable id from spec §4, e.g. "2.3"; stored in answers, exports and the API. */
	readonly id: string;
	readonly sectionId: string;
	readonly type: AnswerType;
	readonly requirement: Requirement;
	/** Set exactly when the requirement is conditional. */
	readonly when?: Condition;
	readonly label: Localized;
	/** One sentence that helps a school answer. */
	readonly help: Localized;
	readonly options?: OptionSource;
	/** SC asked once per row (15.1: one answer per data-subject right); the value maps row id → option id. */
	readonly rows?: readonly Option[];
	readonly detail?: Detail;
	/** REF: the question or section whose answers or items can be picked. */
	readonly refersTo?: string;
	readonly min?: number;
	readonly max?: number;
	/** A written answer that also takes uploaded documents ("LONG + FILE", 8.4): see `takesDocuments`. */
	readonly attachments?: boolean;
	/** Filled in for the user: from the pre-scan (still editable), or computed and never typed (12.1). */
	readonly prefill?: 'prescan' | 'computed';
}

export type Part = 'intake' | 'A' | 'B' | 'C' | 'D' | 'closing';

/**
 * Where a section's content is kept. Risks (§16), measures (§17) and the FG advice and board decision
 * (§19–20) are records of their own with their own guards; the other sections are plain answers.
 */
export type RecordedIn = 'answers' | 'risks' | 'measures' | 'workflow';

export interface Section {
	readonly id: string;
	readonly part: Part;
	readonly title: Localized;
	/** LIST in spec §4: the questions are asked once per item (per data item, per processing, per party ...). */
	readonly repeatable: boolean;
	readonly recordedIn: RecordedIn;
	readonly questions: readonly Question[];
}

/**
 * The answers of one DPIA, keyed by question id. A repeatable section keeps its items under the section id
 * (`answers["2"]`); question ids always contain a dot, so the keys cannot clash.
 */
export type Answers = Readonly<Record<string, unknown>>;

export interface ListItem {
	/** Stable within the DPIA, so that REF answers can point at the item. */
	readonly id: string;
	readonly answers: Answers;
}

/** A compound answer (see Detail). */
export interface CompoundValue {
	readonly value: unknown;
	readonly detail?: unknown;
}

/** The units a retention period (PERIOD) may be given in. */
export const PERIOD_UNITS = ['day', 'week', 'month', 'year'] as const;

export interface PeriodValue {
	readonly amount: number;
	readonly unit: 'day' | 'week' | 'month' | 'year';
	/** The event the period starts from, e.g. "na vertrek van de leerling". */
	readonly start: string;
	/** The OL-RET preset the school started from, if any. */
	readonly preset?: string;
}

export const VALIDATION_CODES = [
	'required',
	'wrong_type',
	'too_long',
	'unknown_option',
	'duplicate',
	'invalid_date',
	'out_of_range',
	'not_integer',
	'missing_row',
	'missing_detail',
	'missing_reasoning'
] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];

export type Validation = { ok: true } | { ok: false; code: ValidationCode };

/** A required question that is still open, as the workflow guard reports it. */
export interface MissingQuestion {
	sectionId: string;
	questionId: string;
	label: Localized;
}
