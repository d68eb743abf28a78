import { EEA } from './countries';
import type { SubProcessor } from './record';

/** The supplier facts §8 (locations) can take over. */
export interface LocationFacts {
	readonly storageCountry: string;
	readonly subProcessors: readonly Pick<SubProcessor, 'country' | 'mechanism'>[];
}

/**
 * §8's answers as the supplier record says them: where the data is (8.1 with the countries), and for a
 * transfer outside the EEA its mechanism (8.2) when the record names exactly one. A person takes these
 * over on purpose (the questionnaire's take-over button) and can still change them; nothing is copied
 * silently. Empty when the record knows no place yet.
 */
export function locationAnswers(facts: LocationFacts): Record<string, unknown> {
	const countries = [...new Set([facts.storageCountry, ...facts.subProcessors.map((p) => p.country)].filter(Boolean))];
	if (!countries.length) return {};
	const outside = countries.filter((c) => !EEA.has(c));
	if (!outside.length) return { '8.1': { value: 'eea', detail: countries.join(', ') } };
	const mechanisms = [...new Set(facts.subProcessors.filter((p) => !EEA.has(p.country) && p.mechanism).map((p) => p.mechanism))];
	return {
		'8.1': { value: 'outside_eea', detail: outside.join(', ') },
		...(mechanisms.length === 1 ? { '8.2': mechanisms[0] } : {})
	};
}
