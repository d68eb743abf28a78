/**
 * Former interim copy of the scoring rules; the rules now live in `$lib/domain/risk`. Kept as a re-export
 * so lifecycle files that import from here keep working; new code imports the domain module directly.
 */
export { heatMapCells, type HeatCount } from '$lib/domain/risk/heatmap';
export { isLevel, LEVEL_IDS, LEVEL_LABELS, riskLevel, type RiskLevel } from '$lib/domain/risk/matrix';
export { LIKELIHOOD_LABELS, SEVERITY_LABELS } from '$lib/domain/risk/scales';
export {
	effectiveLevel,
	highestLevel,
	requiresPriorConsultation,
	residualLevel,
	risksWithoutTreatment,
	type ScoredRisk
} from '$lib/domain/risk/scoring';
