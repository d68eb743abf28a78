import type { Localized } from '../catalogue/i18n';
import { isLevel, levelRank, riskLevel, type RiskLevel } from './matrix';

/** What scoring needs of a stored risk (a row of the risk register, questionnaire §16). */
export interface ScoredRisk {
	id: string;
	severity: number;
	likelihood: number;
	/** A level the assessor chose instead of the matrix, with a written reason elsewhere. */
	levelOverride: string | null;
	residualSeverity: number | null;
	residualLikelihood: number | null;
	/** The board accepts the risk as it is, instead of linking a measure. */
	accepted: boolean;
}

/**
 * Inherent level: the matrix suggests, the assessor may deviate with a reason (Rijksmodel §16 calls its own
 * matrix illustrative), and then the deviation counts. An override that is not a level id is ignored.
 */
export function effectiveLevel(risk: Pick<ScoredRisk, 'severity' | 'likelihood' | 'levelOverride'>): RiskLevel {
	return isLevel(risk.levelOverride) ? risk.levelOverride : riskLevel(risk.severity, risk.likelihood);
}

/** Inherent risk: with only the measures already in place (spec §5.2). */
export const inherentLevel = effectiveLevel;

export function hasResidualAssessment(risk: Pick<ScoredRisk, 'residualSeverity' | 'residualLikelihood'>): boolean {
	return risk.residualSeverity !== null && risk.residualLikelihood !== null;
}

/**
 * Residual risk: after the §17 measures linked to it. A risk whose residual is not assessed yet keeps its
 * inherent level, so an unfinished assessment can never look safer than it is.
 */
export function residualLevel(risk: ScoredRisk): RiskLevel {
	if (risk.residualSeverity === null || risk.residualLikelihood === null) return effectiveLevel(risk);
	return riskLevel(risk.residualSeverity, risk.residualLikelihood);
}

/**
 * How a residual risk nobody has assessed yet is shown, everywhere: never as a level, since nobody chose
 * one (the level before measures still counts in the sums, see `residualLevel`).
 */
export const RESIDUAL_NOT_ASSESSED = { nl: 'Nog niet beoordeeld', en: 'Not yet assessed' } as const;

export function isAtLeast(level: RiskLevel, threshold: RiskLevel): boolean {
	return levelRank(level) >= levelRank(threshold);
}

/**
 * Art. 36(1) AVG: a residual risk that stays high (Hoog or Zeer hoog) needs prior consultation of the AP
 * before processing starts (spec §5.2, Art. 36 flag).
 */
export function requiresPriorConsultation(risks: readonly ScoredRisk[]): boolean {
	return risks.some((risk) => isAtLeast(residualLevel(risk), 'high'));
}

export function highestLevel(levels: readonly RiskLevel[]): RiskLevel | null {
	let top: RiskLevel | null = null;
	for (const level of levels) if (top === null || levelRank(level) > levelRank(top)) top = level;
	return top;
}

/** Every inherent risk needs at least one measure or an explicit acceptance (spec §5.2). */
export function risksWithoutTreatment<R extends Pick<ScoredRisk, 'id' | 'accepted'>>(risks: readonly R[], links: readonly { riskId: string }[]): R[] {
	const linked = new Set(links.map((link) => link.riskId));
	return risks.filter((risk) => !risk.accepted && !linked.has(risk.id));
}

/** The Rijksmodel's three-level scale, used when exporting to the government template. */
export const RIJKS_LEVEL_IDS = ['laag', 'gemiddeld', 'hoog'] as const;
export type RijksLevel = (typeof RIJKS_LEVEL_IDS)[number];

export const RIJKS_LEVEL_LABELS: Record<RijksLevel, Localized> = {
	laag: { nl: 'Laag', en: 'Low' },
	gemiddeld: { nl: 'Gemiddeld', en: 'Medium' },
	hoog: { nl: 'Hoog', en: 'High' }
};

const TO_RIJKS: Record<RiskLevel, RijksLevel> = { low: 'laag', medium: 'gemiddeld', high: 'hoog', very_high: 'hoog' };

/** Spec §5.2: the Rijks 3×3 matrix has no "very high", so Hoog and Zeer hoog both become hoog. */
export function toRijksLevel(level: RiskLevel): RijksLevel {
	return TO_RIJKS[level];
}
