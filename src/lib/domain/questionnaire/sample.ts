import { optionsOf, sections } from './catalogue';
import type { Answers, Detail, Question } from './types';

/**
 * A valid answer for any question, built from the catalogue: for tests and demo data, so that "complete"
 * never depends on a hand-written list that drifts from the questionnaire.
 */
export function sampleAnswer(question: Question): unknown {
	const first = optionsOf(question)[0]?.id;
	const primary = samplePrimary(question, first);
	return question.detail ? { value: primary, detail: sampleDetail(question.detail, primary) } : primary;
}

function samplePrimary(question: Question, first: string | undefined): unknown {
	switch (question.type) {
		case 'TXT':
			return `Antwoord ${question.id}`;
		case 'LONG':
			return `Toelichting bij vraag ${question.id}.`;
		case 'SC':
			return question.rows ? Object.fromEntries(question.rows.map((r) => [r.id, first])) : first;
		case 'MC':
			return [first];
		case 'BOOL':
			return true;
		case 'DATE':
			return '2026-01-15';
		case 'NUM':
			return question.min ?? 1;
		case 'PERIOD':
			return { amount: 2, unit: 'year', start: 'na vertrek van de leerling' };
		case 'LIST':
			return ['Algemene verordening gegevensbescherming'];
		case 'REF':
		case 'FILE':
			return [`${question.id}-ref`];
	}
}

function sampleDetail(detail: Detail, primary: unknown): unknown {
	switch (detail.type) {
		case 'TXT':
		case 'LONG':
			return 'Toelichting';
		case 'DATE':
			return '2026-06-30';
		case 'FILE':
		case 'REF':
			return ['detail-ref'];
		case 'COUNTS':
			return Object.fromEntries((primary as string[]).map((id) => [id, 10]));
	}
}

/** Every question of the questionnaire answered validly, with one item in each repeatable section. */
export function sampleAnswers(): Answers {
	const answers: Record<string, unknown> = {};
	for (const section of sections) {
		const own = Object.fromEntries(section.questions.filter((q) => q.prefill !== 'computed').map((q) => [q.id, sampleAnswer(q)]));
		if (section.repeatable) answers[section.id] = [{ id: `item-${section.id}`, answers: own }];
		else Object.assign(answers, own);
	}
	return answers;
}
