/**
 * BRIDGE to `$lib/domain/risk/scoring` (domain engineer). That module did not exist while the lifecycle
 * was built, so the rules of spec §5.2 live here meanwhile; every lifecycle file imports scoring from
 * here only, so switching to the domain module is a change to this file alone.
 */
import type { Localized } from '$lib/domain/catalogue/i18n';

export const LEVEL_IDS = ['low', 'medium', 'high', 'very_high'] as const;
export type RiskLevel = (typeof LEVEL_IDS)[number];

export const LEVEL_LABELS: Record<RiskLevel, Localized> = {
	low: { nl: 'Laag', en: 'Low' },
	medium: { nl: 'Gemiddeld', en: 'Medium' },
	high: { nl: 'Hoog', en: 'High' },
	very_high: { nl: 'Zeer hoog', en: 'Very high' }
};

/** CNIL 4-level scales (spec §5.1). */
export const SEVERITY_LABELS: Localized[] = [
	{ nl: 'Verwaarloosbaar', en: 'Negligible' },
	{ nl: 'Beperkt', en: 'Limited' },
	{ nl: 'Aanzienlijk', en: 'Significant' },
	{ nl: 'Maximaal', en: 'Maximum' }
];
export const LIKELIHOOD_LABELS = SEVERITY_LABELS;

export function isLevel(value: unknown): value is RiskLevel {
	return typeof value === 'string' && (LEVEL_IDS as readonly string[]).includes(value);
}

/** Spec §5.2 matrix: product ≤ 3 low, 4–6 medium, 8–9 high, 12–16 very high. */
export function riskLevel(severity: number, likelihood: number): RiskLevel {
	const product = severity * likelihood;
	if (product <= 3) return 'low';
	if (product <= 6) return 'medium';
	if (product <= 9) return 'high';
	return 'very_high';
}

/** The assessor may deviate from the matrix with a reason (Rijksmodel §16); the override then counts. */
export function effectiveLevel(risk: { severity: number; likelihood: number; levelOverride: string | null }): RiskLevel {
	return isLevel(risk.levelOverride) ? risk.levelOverride : riskLevel(risk.severity, risk.likelihood);
}

export interface ScoredRisk {
	id: string;
	severity: number;
	likelihood: number;
	levelOverride: string | null;
	residualSeverity: number | null;
	residualLikelihood: number | null;
	accepted: boolean;
}

/** Residual level; a risk whose residual is not assessed yet keeps its inherent level (conservative). */
export function residualLevel(risk: ScoredRisk): RiskLevel {
	if (risk.residualSeverity === null || risk.residualLikelihood === null) return effectiveLevel(risk);
	return riskLevel(risk.residualSeverity, risk.residualLikelihood);
}

/** Art. 36 AVG: a residual risk that stays high needs prior consultation of the AP (spec §5.2). */
export function requiresPriorConsultation(risks: ScoredRisk[]): boolean {
	return risks.some((r) => ['high', 'very_high'].includes(residualLevel(r)));
}

export function highestLevel(levels: RiskLevel[]): RiskLevel | null {
	return levels.reduce<RiskLevel | null>((top, l) => (top === null || LEVEL_IDS.indexOf(l) > LEVEL_IDS.indexOf(top) ? l : top), null);
}

/** Every inherent risk needs ≥ 1 measure or an explicit acceptance (spec §5.2). */
export function risksWithoutTreatment<R extends ScoredRisk>(risks: R[], links: { riskId: string }[]): R[] {
	const linked = new Set(links.map((l) => l.riskId));
	return risks.filter((r) => !r.accepted && !linked.has(r.id));
}

export interface HeatCount {
	severity: number;
	likelihood: number;
	count: number;
	level: RiskLevel;
}

/** 16 cells, severity 4→1 and likelihood 1→4; residual cells skip risks whose residual is not assessed. */
export function heatMapCells(risks: ScoredRisk[], kind: 'inherent' | 'residual'): HeatCount[] {
	const cells: HeatCount[] = [];
	for (const severity of [4, 3, 2, 1])
		for (const likelihood of [1, 2, 3, 4]) {
			const count = risks.filter((r) =>
				kind === 'inherent'
					? r.severity === severity && r.likelihood === likelihood
					: r.residualSeverity === severity && r.residualLikelihood === likelihood
			).length;
			cells.push({ severity, likelihood, count, level: riskLevel(severity, likelihood) });
		}
	return cells;
}
