import { EMPTY_ANSWERS, prescanAnswersSchema, QUESTIONS, THEMES, type PrescanAnswers, type QuestionEffect } from '$lib/domain/prescan';
import { triggerById, type TriggerId } from '$lib/domain/triggers';
import type { Locale } from '$lib/domain/catalogue/i18n';

/**
 * The pre-scan screens post every answer each time (the other screens' answers as hidden fields), so the
 * wizard needs neither JavaScript nor a draft table and nothing typed is lost between screens.
 */
export function answersFromForm(data: FormData): { ok: true; answers: PrescanAnswers } | { ok: false } {
	const raw = {
		subjects: data.getAll('subjects').map(String),
		yes: QUESTIONS.filter((q) => data.get(`q:${q.id}`) === 'yes').map((q) => q.id),
		serviceMainlyForMinors: data.get('minors') === 'yes',
		outsideEea: String(data.get('eea') ?? 'no') || 'no',
		mechanism: data.get('mechanism') ? String(data.get('mechanism')) : undefined
	};
	const parsed = prescanAnswersSchema.safeParse(raw);
	return parsed.success ? { ok: true, answers: parsed.data as PrescanAnswers } : { ok: false };
}

export function stepFromForm(data: FormData): number {
	const step = Number(data.get('step'));
	return Number.isInteger(step) && step >= 0 && step < THEMES.length ? step : 0;
}

export { EMPTY_ANSWERS };

/** Citations behind a question, for its "meer uitleg" disclosure. */
export function sourcesOf(effect: QuestionEffect, locale: Locale): string[] {
	const ids: TriggerId[] = [...(effect.legal ?? []), ...(effect.apList ?? []), ...(effect.policy ?? []), ...(effect.criteria ?? [])];
	return ids.map((id) => triggerById(id).citation[locale]);
}
