import { assessmentProgress, type MissingQuestion } from '$lib/domain/questionnaire/api';

export type { MissingQuestion };

/** The "all required questions answered" guard before a DPIA goes to the FG. */
export async function missingRequiredQuestions(answers: Record<string, Record<string, unknown>>): Promise<MissingQuestion[]> {
	return assessmentProgress(answers).missingRequired;
}
