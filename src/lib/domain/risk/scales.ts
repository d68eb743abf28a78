import type { Localized } from '../catalogue/i18n';

/**
 * The CNIL four-level scales for severity (ernst) and likelihood (kans), spec §5.1. Values 1..4 are stored
 * on every risk. Level 3 is "Aanzienlijk" in Dutch (the CNIL tool says "Belangrijk"; the spec picks one).
 */
export const SCALE_VALUES = [1, 2, 3, 4] as const;
export type ScaleValue = (typeof SCALE_VALUES)[number];

export interface ScaleLevel {
	readonly value: ScaleValue;
	readonly label: Localized;
	readonly description: Localized;
}

const LEVEL_NAMES: readonly Localized[] = [
	{ nl: 'Verwaarloosbaar', en: 'Negligible' },
	{ nl: 'Beperkt', en: 'Limited' },
	{ nl: 'Aanzienlijk', en: 'Significant' },
	{ nl: 'Maximaal', en: 'Maximum' }
];

export const SEVERITY_SCALE: readonly ScaleLevel[] = [
	{
		value: 1,
		label: LEVEL_NAMES[0]!,
		description: {
			nl: 'Geen gevolgen of een kleine ergernis die mensen makkelijk te boven komen, zoals spam of verloren tijd.',
			en: 'No effect or a minor nuisance that people easily overcome, such as spam or lost time.'
		}
	},
	{
		value: 2,
		label: LEVEL_NAMES[1]!,
		description: {
			nl: 'Echt ongemak dat met enige moeite te overwinnen is, zoals een ten onrechte geweigerde dienst of een gevoel van inbreuk zonder blijvende schade.',
			en: 'Real inconvenience, overcome with some difficulty, such as a service wrongly refused or a feeling of intrusion without lasting harm.'
		}
	},
	{
		value: 3,
		label: LEVEL_NAMES[2]!,
		description: {
			nl: 'Ernstige gevolgen die alleen met veel moeite te boven te komen zijn, zoals gemiste studie- of plaatsingskansen, cyberpesten of langdurige zorgen.',
			en: 'Serious consequences, overcome only with real difficulty, such as lost study or placement opportunities, cyberbullying or lasting distress.'
		}
	},
	{
		value: 4,
		label: LEVEL_NAMES[3]!,
		description: {
			nl: 'Mogelijk onomkeerbare gevolgen, zoals langdurige psychische schade of het verlies van juridische zelfstandigheid.',
			en: 'Possibly irreversible consequences, such as long-term psychological harm or loss of legal autonomy.'
		}
	}
];

export const LIKELIHOOD_SCALE: readonly ScaleLevel[] = [
	{
		value: 1,
		label: LEVEL_NAMES[0]!,
		description: { nl: 'Het lijkt onmogelijk dat de risicobronnen dit laten gebeuren.', en: 'Risk sources seem unable to make it happen.' }
	},
	{
		value: 2,
		label: LEVEL_NAMES[1]!,
		description: { nl: 'Het is moeilijk voor de risicobronnen om dit te laten gebeuren.', en: 'It is hard for risk sources to make it happen.' }
	},
	{
		value: 3,
		label: LEVEL_NAMES[2]!,
		description: { nl: 'Het is mogelijk dat de risicobronnen dit laten gebeuren.', en: 'It is possible for risk sources to make it happen.' }
	},
	{
		value: 4,
		label: LEVEL_NAMES[3]!,
		description: { nl: 'Het is heel makkelijk voor de risicobronnen om dit te laten gebeuren.', en: 'It is extremely easy for risk sources to make it happen.' }
	}
];

/** Labels indexed by value - 1, for pickers and heat-map axes. */
export const SEVERITY_LABELS: readonly Localized[] = SEVERITY_SCALE.map((s) => s.label);
export const LIKELIHOOD_LABELS: readonly Localized[] = LIKELIHOOD_SCALE.map((s) => s.label);

export function isScaleValue(value: unknown): value is ScaleValue {
	return typeof value === 'number' && (SCALE_VALUES as readonly number[]).includes(value);
}
