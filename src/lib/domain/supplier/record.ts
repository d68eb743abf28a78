import type { Localized } from '../catalogue/i18n';

/**
 * What a board records of a supplier (processor): the facts half of every school DPIA asks for in §6 and §8.
 * The Privacyconvenant Onderwijs gives the model processing agreement (Model Verwerkersovereenkomst 4.0).
 */
export const AGREEMENT_MODELS = ['convenant_4', 'own', 'none'] as const;
export type AgreementModel = (typeof AGREEMENT_MODELS)[number];

export const AGREEMENT_MODEL_LABELS: Record<AgreementModel, Localized> = {
	convenant_4: { nl: 'Model Verwerkersovereenkomst 4.0 (Privacyconvenant)', en: 'Model processing agreement 4.0 (Privacy Covenant)' },
	own: { nl: 'Eigen overeenkomst van de leverancier', en: 'The supplier\u2019s own agreement' },
	none: { nl: 'Geen verwerkersovereenkomst', en: 'No processing agreement' }
};

export const CERTIFICATION_KINDS = ['iso27001', 'iso27701', 'nen7510', 'soc2', 'other'] as const;
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number];

export const CERTIFICATION_LABELS: Record<CertificationKind, Localized> = {
	iso27001: { nl: 'ISO/IEC 27001', en: 'ISO/IEC 27001' },
	iso27701: { nl: 'ISO/IEC 27701', en: 'ISO/IEC 27701' },
	nen7510: { nl: 'NEN 7510', en: 'NEN 7510' },
	soc2: { nl: 'SOC 2', en: 'SOC 2' },
	other: { nl: 'Andere certificering', en: 'Other certification' }
};

export interface SubProcessor {
	readonly name: string;
	/** ISO 3166-1 alpha-2. */
	readonly country: string;
	readonly activity: string;
	/** OL-TRF option id; empty inside the EEA (see DataPlace for `adequacy`). */
	readonly mechanism: string;
}

export interface Certification {
	readonly kind: CertificationKind;
	/** Free text for `other`, or a scope note. */
	readonly note: string;
	/** Last valid day (yyyy-mm-dd), empty when it does not expire. */
	readonly validUntil: string;
}

export function isAgreementModel(value: unknown): value is AgreementModel {
	return typeof value === 'string' && (AGREEMENT_MODELS as readonly string[]).includes(value);
}
