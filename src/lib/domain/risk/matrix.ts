import type { Localized } from '../catalogue/i18n';
import { isScaleValue, type ScaleValue } from './scales';

/** Level ids are stored on risks and assessments: never rename them. Ordered from low to high. */
export const LEVEL_IDS = ['low', 'medium', 'high', 'very_high'] as const;
export type RiskLevel = (typeof LEVEL_IDS)[number];

export const LEVEL_LABELS: Record<RiskLevel, Localized> = {
	low: { nl: 'Laag', en: 'Low' },
	medium: { nl: 'Gemiddeld', en: 'Medium' },
	high: { nl: 'Hoog', en: 'High' },
	very_high: { nl: 'Zeer hoog', en: 'Very high' }
};

export function isLevel(value: unknown): value is RiskLevel {
	return typeof value === 'string' && (LEVEL_IDS as readonly string[]).includes(value);
}

/** Position in LEVEL_IDS: the only way levels are compared, so the order lives in one place. */
export function levelRank(level: RiskLevel): number {
	return LEVEL_IDS.indexOf(level);
}

/**
 * The 4×4 matrix adopted by the product owner (spec §5.2, §9), written out cell by cell rather than derived
 * from S×L, so the table in the spec and the code can be compared line by line. Row = severity 1..4,
 * column = likelihood 1..4. An organisation may not change it silently (spec §9).
 */
export const RISK_MATRIX: Readonly<Record<ScaleValue, readonly [RiskLevel, RiskLevel, RiskLevel, RiskLevel]>> = {
	1: ['low', 'low', 'low', 'medium'],
	2: ['low', 'medium', 'medium', 'high'],
	3: ['low', 'medium', 'high', 'very_high'],
	4: ['medium', 'high', 'very_high', 'very_high']
};

/** The level the matrix suggests; throws on a value outside the scale, so bad input never scores "low". */
export function riskLevel(severity: number, likelihood: number): RiskLevel {
	if (!isScaleValue(severity) || !isScaleValue(likelihood)) {
		throw new RangeError(`severity and likelihood must be 1..4, got ${severity} and ${likelihood}`);
	}
	return RISK_MATRIX[severity][likelihood - 1]!;
}
