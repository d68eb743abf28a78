import { EMPTY_ANSWERS, prescanAnswersSchema, QUESTIONS, THEMES, type PrescanAnswers } from '$lib/domain/prescan';

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
