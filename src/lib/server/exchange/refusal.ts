import type { z } from 'zod';
import type { ValidationCode } from '$lib/domain/questionnaire/types';
import { m } from '$lib/paraglide/messages';

export type ImportLocale = 'nl' | 'en';
type Key = string | number;
type Say = (locale: ImportLocale) => string;

/** One reason a file is refused: where in the JSON (empty for the whole file) and why, in either language. */
export interface Problem {
	path: Key[];
	say: Say;
}

/**
 * A file the import refuses. Nothing of it is saved. The problems name the place in the JSON and the
 * reason in the reader's words, never zod's own messages with their internal names.
 */
export class ImportRefused extends Error {
	readonly _tag = 'ImportRefused';
	constructor(readonly problems: Problem[]) {
		super(`Import refused: ${describeProblems(problems, 'en').join('; ')}`);
	}

	reasons(locale: ImportLocale = 'nl'): string[] {
		return describeProblems(this.problems, locale);
	}
}

/** The board has this DPIA already; the command line and the upload form each say how to import a copy. */
export class AlreadyImported extends ImportRefused {
	constructor(readonly existing: { name: string; assessmentId: string }) {
		super([{ path: [], say: (locale) => m.import_exists({ name: existing.name, id: existing.assessmentId }, { locale }) }]);
	}
}

const NAME = /^[A-Za-z_$][\w$]*$/;

/** `versions[0].risks[3].fearedEvent`, `answers["4"]["4.1"]`: the way JSON tools (jq, JSONPath) write a place. */
export function jsonPath(path: readonly Key[]): string {
	return path.reduce<string>((text, key) => {
		if (typeof key === 'number') return `${text}[${key}]`;
		if (!NAME.test(key)) return `${text}[${JSON.stringify(key)}]`;
		return text ? `${text}.${key}` : key;
	}, '');
}

export function describeProblems(problems: Problem[], locale: ImportLocale): string[] {
	return problems.map((p) => (p.path.length ? `${jsonPath(p.path)}: ${p.say(locale)}` : p.say(locale)));
}

const TYPE_NAMES: Record<string, Say> = {
	string: (locale) => m.import_type_string({}, { locale }),
	number: (locale) => m.import_type_number({}, { locale }),
	int: (locale) => m.import_type_number({}, { locale }),
	boolean: (locale) => m.import_type_boolean({}, { locale }),
	object: (locale) => m.import_type_object({}, { locale }),
	record: (locale) => m.import_type_object({}, { locale }),
	array: (locale) => m.import_type_array({}, { locale }),
	null: (locale) => m.import_type_null({}, { locale }),
	item: (locale) => m.import_type_item({}, { locale }),
	items: (locale) => m.import_type_items({}, { locale })
};
const expected = (type: string): Say => (locale) => m.import_expected({ expected: (TYPE_NAMES[type] ?? ((l) => m.import_type_other({}, { locale: l })))(locale) }, { locale });

const ANSWER: Record<ValidationCode, Say> = {
	required: (locale) => m.qn_error_required({}, { locale }),
	wrong_type: (locale) => m.qn_error_wrong_type({}, { locale }),
	too_long: (locale) => m.qn_error_too_long({}, { locale }),
	unknown_option: (locale) => m.qn_error_unknown_option({}, { locale }),
	duplicate: (locale) => m.qn_error_duplicate({}, { locale }),
	invalid_date: (locale) => m.qn_error_invalid_date({}, { locale }),
	out_of_range: (locale) => m.qn_error_out_of_range({}, { locale }),
	not_integer: (locale) => m.qn_error_not_integer({}, { locale }),
	missing_row: (locale) => m.qn_error_missing_row({}, { locale }),
	missing_detail: (locale) => m.qn_error_missing_detail({}, { locale }),
	missing_reasoning: (locale) => m.qn_error_missing_reasoning({}, { locale })
};

/** The problems our own refinements report, by the `problem` (or the forms' `rule`) they carry. */
const CUSTOM: Record<string, Say> = {
	invalid_date: (locale) => m.import_invalid_date({}, { locale }),
	unknown_section: (locale) => m.import_unknown_section({}, { locale }),
	unknown_question: (locale) => m.import_unknown_question({}, { locale }),
	item_id: (locale) => m.import_item_id({}, { locale }),
	duplicate_version: (locale) => m.import_duplicate_version({}, { locale }),
	no_version: (locale) => m.import_no_version({}, { locale }),
	duplicate_id: (locale) => m.import_duplicate_id({}, { locale }),
	duplicate_section: (locale) => m.import_duplicate_section({}, { locale }),
	unknown_risk: (locale) => m.import_unknown_risk({}, { locale }),
	override_reason: (locale) => m.risk_error_override_reason({}, { locale }),
	acceptance_reason: (locale) => m.risk_error_acceptance_reason({}, { locale }),
	residual_pair: (locale) => m.risk_error_residual_pair({}, { locale }),
	// the model DPIA format (server/model/format.ts) shares this refusal style
	unknown_catalogue: (locale) => m.model_unknown_catalogue({}, { locale }),
	unknown_question_id: (locale) => m.model_unknown_question_id({}, { locale }),
	agreed_date: (locale) => m.model_agreed_date({}, { locale })
};

const FORMATS: Record<string, Say> = {
	datetime: (locale) => m.import_invalid_datetime({}, { locale }),
	email: (locale) => m.import_invalid_email({}, { locale }),
	uuid: (locale) => m.import_invalid_id({}, { locale }),
	sha256_hex: (locale) => m.import_invalid_hash({}, { locale })
};

function customSay(params: Record<string, unknown> | undefined): Say {
	const problem = String(params?.problem ?? params?.rule ?? '');
	if (problem === 'answer') return (locale) => m.import_answer({ reason: ANSWER[params!.answer as ValidationCode]?.(locale) ?? '' }, { locale });
	if (problem === 'wrong_type') return expected(String(params?.expected));
	return CUSTOM[problem] ?? ((locale) => m.import_invalid({}, { locale }));
}

function sayOf(issue: z.core.$ZodIssue): Say {
	switch (issue.code) {
		case 'invalid_type':
			// `input` is there because the parse asks zod to report it (`reportInput`)
			if ('input' in issue && issue.input === undefined) return (locale) => m.import_missing({}, { locale });
			return expected(issue.expected);
		case 'too_big': {
			const max = Number(issue.maximum);
			if (issue.origin === 'string') return (locale) => m.import_too_long({ max }, { locale });
			if (issue.origin === 'array' || issue.origin === 'set') return (locale) => m.import_too_many({ max }, { locale });
			return (locale) => m.import_too_big({ max }, { locale });
		}
		case 'too_small': {
			const min = Number(issue.minimum);
			if (issue.origin === 'string') return (locale) => m.import_required({}, { locale });
			if (issue.origin === 'array' || issue.origin === 'set') return (locale) => m.import_too_few({ min }, { locale });
			return (locale) => m.import_too_small({ min }, { locale });
		}
		case 'invalid_value': {
			const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
			return (locale) => m.import_unknown_value({ allowed }, { locale });
		}
		case 'invalid_format':
			return FORMATS[issue.format] ?? ((locale) => m.import_invalid({}, { locale }));
		case 'custom':
			return customSay(issue.params);
		default:
			return (locale) => m.import_invalid({}, { locale });
	}
}

/**
 * zod's issues as problems, one per place. An unknown field is one problem per field.
 */
export function problemsOf(issues: readonly z.core.$ZodIssue[], base: Key[] = []): Problem[] {
	// one problem per place: a value of the wrong type is not also "too long"
	const seen = new Set<string>();
	return all(issues, base).filter((p) => {
		const at = jsonPath(p.path);
		return !seen.has(at) && seen.add(at);
	});
}

function all(issues: readonly z.core.$ZodIssue[], base: Key[]): Problem[] {
	return issues.flatMap((issue): Problem[] => {
		const path = [...base, ...(issue.path as Key[])];
		if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: [...path, key], say: (locale) => m.import_unknown_field({}, { locale }) }));
		// every format is one object; at the top, "must be an object" alone would not say of what
		if (path.length === 0 && issue.code === 'invalid_type') return [{ path, say: (locale) => m.import_not_object({}, { locale }) }];
		if (issue.code === 'invalid_type' && issue.expected === 'int') return [{ path, say: (locale) => m.import_not_integer({}, { locale }) }];
		if (issue.code === 'invalid_union') {
			// a discriminated union reports the discriminator that matched no shape; otherwise the closest shape
			const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0];
			if (closest?.length) return all(closest, path);
			const options = (issue as { options?: unknown[] }).options?.filter((o) => o !== null && o !== undefined) ?? [];
			if (options.length) return [{ path, say: (locale) => m.import_unknown_value({ allowed: options.map((o) => JSON.stringify(o)).join(', ') }, { locale }) }];
		}
		return [{ path, say: sayOf(issue) }];
	});
}
