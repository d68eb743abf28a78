import type { Locale } from '$lib/domain/catalogue/i18n';
import type { QuestionEffect } from '$lib/domain/prescan/questions';
import { triggerById, type TriggerId } from '$lib/domain/triggers';

/** Citations behind a pre-scan question, for its "meer uitleg" disclosure. */
export function sourcesOf(effect: QuestionEffect, locale: Locale): string[] {
	const ids: TriggerId[] = [...(effect.legal ?? []), ...(effect.apList ?? []), ...(effect.policy ?? []), ...(effect.criteria ?? [])];
	return ids.map((id) => triggerById(id).citation[locale]);
}
