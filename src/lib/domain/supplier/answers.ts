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

/** The supplier facts §6 (parties) can take over. */
export interface PartyFacts {
	readonly id: string;
	readonly name: string;
	readonly convenantParty: boolean;
	readonly agreementModel: string;
	readonly agreementSignedOn: string | null;
}

/**
 * 6.4 as the record says it: a covenant member has signed model 4.0 only with the model and a signing
 * date; a member without both has not yet; a non-member with any agreement has "another agreement".
 */
export function covenantStatus(facts: Omit<PartyFacts, 'id' | 'name'>): string {
	if (facts.convenantParty) return facts.agreementModel === 'convenant_4' && facts.agreementSignedOn ? 'member_model_signed' : 'member_not_signed';
	return facts.agreementModel === 'none' ? 'no_agreement' : 'other_agreement';
}

interface Item {
	id: string;
	answers: Record<string, unknown>;
}

const sameName = (a: unknown, b: string) => typeof a === 'string' && a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

/**
 * §6's parties with the supplier as processor: the party already named after it (or taken over before) gets
 * its name, the processor role beside the roles it had, and 6.4; otherwise the supplier is added as a new
 * party. Its other answers (6.3 access) and the other parties stay as they are.
 */
export function withSupplierParty(items: readonly Item[], facts: PartyFacts): Item[] {
	const id = `leverancier-${facts.id.replace(/[^A-Za-z0-9]/g, '').slice(0, 12)}`;
	const at = items.findIndex((item) => item.id === id || sameName(item.answers['6.1'], facts.name));
	const before = at >= 0 ? items[at]!.answers : {};
	const roles = Array.isArray(before['6.2']) ? (before['6.2'] as unknown[]).filter((r): r is string => typeof r === 'string') : [];
	const answers = { ...before, '6.1': facts.name, '6.2': roles.includes('processor') ? roles : [...roles, 'processor'], '6.4': covenantStatus(facts) };
	if (at >= 0) return items.map((item, i) => (i === at ? { id: item.id, answers } : item));
	return [...items, { id, answers }];
}
