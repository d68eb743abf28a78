import type { z } from 'zod';
import { isEmpty, sectionById, validateAnswer, type Question, type ValidationCode } from '$lib/domain/questionnaire/api';
import { ITEM_ID } from '$lib/domain/questionnaire/records';
import { isRecord } from '$lib/domain/questionnaire/values';

type Path = (string | number)[];
type Report = (path: Path, params: Record<string, string>) => void;

/**
 * An answer that is only unfinished (a detail or a row still to fill in, 0.6's reasoning not yet written)
 * is what the app itself stores when a rule tightens after the answer was given, or keeps when a newer
 * answer is refused; the questionnaire shows it as still to do. Exports carry such answers, so an import
 * takes them too.
 */
const INCOMPLETE: ReadonlySet<ValidationCode> = new Set(['required', 'missing_detail', 'missing_row', 'missing_reasoning']);

/**
 * Questionnaire answers in an import pass the check the section form applies to each answer
 * (`validateAnswer`: types, lengths, known options, dates). A question the section does not ask is
 * refused rather than stored, so nothing the questionnaire cannot show enters through a file. Blank
 * and unfinished answers pass: they say nothing the questionnaire cannot show.
 */
function checkAnswers(questions: readonly Question[], answers: unknown, path: Path, report: Report): void {
	if (!isRecord(answers)) return report(path, { problem: 'wrong_type', expected: 'object' });
	for (const [questionId, value] of Object.entries(answers)) {
		const question = questions.find((q) => q.id === questionId);
		if (!question || question.prefill === 'computed') {
			report([...path, questionId], { problem: 'unknown_question' });
			continue;
		}
		if (isEmpty(value)) continue;
		const check = validateAnswer(question, value);
		if (!check.ok && !INCOMPLETE.has(check.code)) report([...path, questionId], { problem: 'answer', answer: check.code });
	}
}

/** One section's stored record: question id → answer, or `{ items: [{ id, answers }] }` for a list section. */
export function checkSectionRecord(sectionId: string, record: unknown, path: Path, sectionPath: Path, report: Report): void {
	const section = sectionById(sectionId);
	if (!section || section.recordedIn !== 'answers') return report(sectionPath, { problem: 'unknown_section' });
	if (!section.repeatable) return checkAnswers(section.questions, record, path, report);
	if (!isRecord(record) || !Array.isArray(record.items) || Object.keys(record).length !== 1)
		return report(path, { problem: 'wrong_type', expected: 'items' });
	const seen = new Set<string>();
	record.items.forEach((item: unknown, index: number) => {
		const at = [...path, 'items', index];
		if (!isRecord(item) || Object.keys(item).some((key) => key !== 'id' && key !== 'answers'))
			return report(at, { problem: 'wrong_type', expected: 'item' });
		if (typeof item.id !== 'string' || !ITEM_ID.test(item.id) || seen.has(item.id)) return report([...at, 'id'], { problem: 'item_id' });
		seen.add(item.id);
		checkAnswers(section.questions, item.answers, [...at, 'answers'], report);
	});
}

/** The zod refinement for a record of sections (section id → record), as a snapshot keeps them. */
export function checkSections(sections: Record<string, unknown>, ctx: z.RefinementCtx): void {
	for (const [sectionId, record] of Object.entries(sections))
		checkSectionRecord(sectionId, record, [sectionId], [sectionId], (path, params) => ctx.addIssue({ code: 'custom', path, message: params.problem!, params }));
}
