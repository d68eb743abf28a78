import type { Part, Question, RecordedIn, ValidationCode } from '$lib/domain/questionnaire/api';
import { m } from '$lib/paraglide/messages';

export const VALIDATION_MESSAGES: Record<ValidationCode, () => string> = {
	required: m.qn_error_required,
	wrong_type: m.qn_error_wrong_type,
	too_long: m.qn_error_too_long,
	unknown_option: m.qn_error_unknown_option,
	duplicate: m.qn_error_duplicate,
	invalid_date: m.qn_error_invalid_date,
	out_of_range: m.qn_error_out_of_range,
	not_integer: m.qn_error_not_integer,
	missing_row: m.qn_error_missing_row,
	missing_detail: m.qn_error_missing_detail,
	missing_reasoning: m.qn_error_missing_reasoning
};

/** Whether the question (or its detail) asks for a number: a count per group or the amount of a period. */
function asksNumber(question: Pick<Question, 'type' | 'detail'>): boolean {
	return question.type === 'NUM' || question.type === 'PERIOD' || question.detail?.type === 'COUNTS';
}

/**
 * A refused answer's message says what form is expected, not only that something is wrong: a number with
 * an example, the range when the question has one.
 */
export function validationMessage(code: ValidationCode, question?: Pick<Question, 'type' | 'detail' | 'min' | 'max'>): string {
	if (question && asksNumber(question)) {
		if (code === 'wrong_type') return m.qn_error_number();
		if (code === 'not_integer') return m.qn_error_whole_number();
		if (code === 'out_of_range' && question.min !== undefined && question.max !== undefined) return m.qn_error_range({ min: question.min, max: question.max });
		if (code === 'out_of_range' && (question.min ?? 0) === 0) return m.qn_error_not_negative();
	}
	return VALIDATION_MESSAGES[code]();
}

export const PART_LABELS: Record<Part, () => string> = {
	intake: m.qn_part_intake,
	A: m.qn_part_a,
	B: m.qn_part_b,
	C: m.qn_part_c,
	D: m.qn_part_d,
	closing: m.qn_part_closing
};

type Elsewhere = Exclude<RecordedIn, 'answers'>;

/** Sections kept as records of their own, and the page (relative to the DPIA) where they are. */
export const KEPT_ELSEWHERE: Record<Elsewhere, { path: string; where: () => string; link: () => string }> = {
	risks: { path: 'risks', where: m.qn_kept_risks, link: m.qn_kept_link_risks },
	measures: { path: 'measures', where: m.qn_kept_measures, link: m.qn_kept_link_measures },
	workflow: { path: 'workflow', where: m.qn_kept_workflow, link: m.qn_kept_link_workflow }
};
