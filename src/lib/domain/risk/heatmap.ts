import { riskLevel, type RiskLevel } from './matrix';
import { SCALE_VALUES } from './scales';
import type { ScoredRisk } from './scoring';

export interface HeatCount {
	severity: number;
	likelihood: number;
	count: number;
	level: RiskLevel;
}

/**
 * The 16 cells of the heat map in reading order: severity 4 → 1 (top to bottom), likelihood 1 → 4.
 * Cells are placed by the scores, not by an override, so the map shows the matrix. Residual cells skip
 * risks whose residual is not assessed yet.
 */
export function heatMapCells(risks: readonly ScoredRisk[], kind: 'inherent' | 'residual'): HeatCount[] {
	const cells: HeatCount[] = [];
	for (const severity of [...SCALE_VALUES].reverse())
		for (const likelihood of SCALE_VALUES) {
			const count = risks.filter((r) =>
				kind === 'inherent'
					? r.severity === severity && r.likelihood === likelihood
					: r.residualSeverity === severity && r.residualLikelihood === likelihood
			).length;
			cells.push({ severity, likelihood, count, level: riskLevel(severity, likelihood) });
		}
	return cells;
}
