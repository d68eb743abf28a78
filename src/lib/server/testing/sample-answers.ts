import { sections } from '$lib/domain/questionnaire/api';
import { sampleAnswers } from '$lib/domain/questionnaire/sample';

/** A fully and validly answered questionnaire in the server's storage shape: one record per section. */
export function sampleSectionAnswers(): Record<string, Record<string, unknown>> {
	const flat = sampleAnswers() as Record<string, unknown>;
	const bySection: Record<string, Record<string, unknown>> = {};
	for (const section of sections) {
		if (section.recordedIn !== 'answers') continue;
		bySection[section.id] = section.repeatable
			? { items: flat[section.id] ?? [] }
			: Object.fromEntries(section.questions.filter((q) => q.id in flat).map((q) => [q.id, flat[q.id]]));
	}
	return bySection;
}
