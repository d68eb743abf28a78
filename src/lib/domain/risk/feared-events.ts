import type { Localized } from '../catalogue/i18n';

/**
 * What can go wrong with the data: the three CNIL feared events (method §3; WP248 Annex 2) plus the
 * Rijksmodel's wider "any harm to rights and freedoms", which explicitly includes discrimination
 * (dpia.yaml §16). Ids are stored on risks.
 */
export const FEARED_EVENTS = ['unauthorised_access', 'unwanted_change', 'disappearance', 'other_harm'] as const;
export type FearedEvent = (typeof FEARED_EVENTS)[number];

export const FEARED_EVENT_LABELS: Record<FearedEvent, Localized> = {
	unauthorised_access: { nl: 'Onrechtmatige toegang', en: 'Unlawful access' },
	unwanted_change: { nl: 'Ongewenste wijziging', en: 'Unwanted change' },
	disappearance: { nl: 'Verdwijnen van gegevens', en: 'Disappearance of data' },
	other_harm: { nl: 'Andere schade (ook discriminatie)', en: 'Other harm (including discrimination)' }
};

export function isFearedEvent(value: unknown): value is FearedEvent {
	return typeof value === 'string' && (FEARED_EVENTS as readonly string[]).includes(value);
}

/** Measure types of questionnaire §17.3; ids are stored on measures. */
export const MITIGATION_TYPES = ['technical', 'organisational', 'contractual'] as const;
export type MitigationType = (typeof MITIGATION_TYPES)[number];

export const MITIGATION_TYPE_LABELS: Record<MitigationType, Localized> = {
	technical: { nl: 'Technisch', en: 'Technical' },
	organisational: { nl: 'Organisatorisch', en: 'Organisational' },
	contractual: { nl: 'Contractueel', en: 'Contractual' }
};
