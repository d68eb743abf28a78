import type { Localized } from '../catalogue/i18n';
import { ADEQUACY, EEA } from './countries';

/** Where one party of a supplier's chain holds or reaches the data (the supplier itself or a sub-processor). */
export interface DataPlace {
	readonly party: string;
	readonly country: string;
	/**
	 * OL-TRF id; only meaningful outside the EEA. `adequacy` for a country with a partial decision confirms
	 * that the recipient meets its condition (e.g. it is certified under the EU-US Data Privacy Framework).
	 */
	readonly mechanism?: string;
}

export type TransferFinding =
	| { readonly kind: 'in_eea'; readonly place: DataPlace }
	| { readonly kind: 'adequate'; readonly place: DataPlace }
	/** Outside the EEA and not covered by an adequacy decision: a transfer impact assessment (DTIA) is due. */
	| { readonly kind: 'needs_dtia'; readonly place: DataPlace; readonly reason: Localized };

/**
 * Chapter V GDPR: a transfer outside the EEA needs an adequacy decision (Art. 45) or appropriate safeguards
 * (Art. 46, e.g. SCCs); with safeguards, the EDPB's Recommendations 01/2020 ask for an assessment of the
 * destination's law. So every place outside the EEA without a (met) adequacy decision raises the DTIA flag.
 */
export function assessPlace(place: DataPlace): TransferFinding {
	if (EEA.has(place.country)) return { kind: 'in_eea', place };
	const adequacy = ADEQUACY.get(place.country);
	if (adequacy && (!adequacy.condition || place.mechanism === 'adequacy')) return { kind: 'adequate', place };
	const reason: Localized = adequacy
		? {
				nl: `${place.party} (${place.country}) valt alleen onder het adequaatheidsbesluit als aan de voorwaarde ervan is voldaan, en dat is niet bevestigd.`,
				en: `${place.party} (${place.country}) is covered by the adequacy decision only if it meets its condition, and that has not been confirmed.`
			}
		: {
				nl: `${place.party} verwerkt gegevens in ${place.country}, buiten de EER en zonder adequaatheidsbesluit.`,
				en: `${place.party} processes data in ${place.country}, outside the EEA and without an adequacy decision.`
			};
	return { kind: 'needs_dtia', place, reason };
}

/** Whether `adequacy` can be named as the transfer mechanism for a country (a decision exists for it). */
export function hasAdequacyDecision(country: string): boolean {
	return ADEQUACY.has(country);
}

/** The places of a supplier chain that raise the DTIA flag, each with its reason. */
export function dtiaFindings(places: readonly DataPlace[]): Extract<TransferFinding, { kind: 'needs_dtia' }>[] {
	return places.map(assessPlace).filter((f): f is Extract<TransferFinding, { kind: 'needs_dtia' }> => f.kind === 'needs_dtia');
}
