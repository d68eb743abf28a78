import { flattenSectionAnswers, type Answers } from '$lib/domain/questionnaire/api';
import { hasResidualAssessment, inherentLevel, LEVEL_IDS, levelRank, residualLevel, type RiskLevel } from '$lib/domain/risk';
import { STATE_LABELS, isState } from '$lib/domain/workflow/states';
import type { ReportSnapshot, SnapshotMeasure, SnapshotRisk } from './types';

export interface RiskView {
	/** Position in the register, 1-based: how measures and tables refer to the risk. */
	n: number;
	risk: SnapshotRisk;
	inherent: RiskLevel;
	residual: RiskLevel;
	residualAssessed: boolean;
	measures: number[];
}

export interface MeasureView {
	n: number;
	measure: SnapshotMeasure;
	risks: number[];
}

export function riskViews(snapshot: ReportSnapshot): RiskView[] {
	// measure numbers per risk in one pass: a measure may treat every risk of a large register
	const treatedBy = new Map<string, number[]>();
	snapshot.measures.forEach((m, i) => {
		for (const id of new Set(m.riskIds)) treatedBy.set(id, [...(treatedBy.get(id) ?? []), i + 1]);
	});
	return snapshot.risks.map((risk, i) => ({
		n: i + 1,
		risk,
		inherent: inherentLevel(risk),
		residual: residualLevel(risk),
		residualAssessed: hasResidualAssessment(risk),
		measures: treatedBy.get(risk.id) ?? []
	}));
}

export function measureViews(snapshot: ReportSnapshot): MeasureView[] {
	const riskNo = new Map(snapshot.risks.map((r, i) => [r.id, i + 1]));
	return snapshot.measures.map((measure, i) => ({
		n: i + 1,
		measure,
		risks: measure.riskIds.map((id) => riskNo.get(id)).filter((n): n is number => n !== undefined).sort((a, b) => a - b)
	}));
}

/** The highest risks first (by level before measures, then after), register order among equals. */
export function topRisks(views: readonly RiskView[], count: number): RiskView[] {
	return [...views].sort((a, b) => levelRank(b.inherent) - levelRank(a.inherent) || levelRank(b.residual) - levelRank(a.residual) || a.n - b.n).slice(0, count);
}

export function levelCounts(levels: readonly RiskLevel[]): Record<RiskLevel, number> {
	const counts = Object.fromEntries(LEVEL_IDS.map((l) => [l, 0])) as Record<RiskLevel, number>;
	for (const level of levels) counts[level]++;
	return counts;
}

export function highest(levels: readonly RiskLevel[]): RiskLevel | null {
	return levels.reduce<RiskLevel | null>((top, l) => (top === null || levelRank(l) > levelRank(top) ? l : top), null);
}

export function answersOf(snapshot: ReportSnapshot): Answers {
	return flattenSectionAnswers(snapshot.answers);
}

export function isDraft(snapshot: ReportSnapshot): boolean {
	return snapshot.signedOff === null;
}

export function statusLabel(snapshot: ReportSnapshot, locale: 'nl' | 'en'): string {
	const status = snapshot.version.status;
	return isState(status) ? STATE_LABELS[status][locale] : status;
}

/** Items of a repeatable section in flattened answers (the questionnaire keeps them under the section id). */
export function listItems(answers: Answers, sectionId: string): { id: string; answers: Answers }[] {
	const stored = answers[sectionId];
	if (!Array.isArray(stored)) return [];
	return stored.filter(
		(i): i is { id: string; answers: Answers } => typeof i === 'object' && i !== null && typeof i.id === 'string' && typeof i.answers === 'object' && i.answers !== null
	);
}
