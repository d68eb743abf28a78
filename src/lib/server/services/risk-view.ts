import { FEARED_EVENT_LABELS } from '$lib/domain/risk/feared-events';
import { effectiveLevel, risksWithoutTreatment } from '$lib/domain/risk/scoring';
import { heatMapCells } from '$lib/domain/risk/heatmap';
import { LEVEL_LABELS, riskLevel } from '$lib/domain/risk/matrix';
import { catalogueRiskTitle } from '$lib/domain/risk/catalogue-text';
import { catalogueReference, riskNumber } from '$lib/domain/risk/numbering';
import type { Risk } from '../db/schema';

type Locale = 'nl' | 'en';

/** The risks page's data: each risk with its levels in words, the untreated list and both heat maps. */
export function riskOverview(found: { risks: Risk[]; links: { measureId: string; riskId: string }[] }, locale: Locale) {
	const { risks, links } = found;
	const label = (cells: ReturnType<typeof heatMapCells>) => cells.map((c) => ({ ...c, levelLabel: LEVEL_LABELS[c.level][locale] }));
	return {
		risks: risks.map((r, i) => {
			const inherent = effectiveLevel(r);
			const residual = r.residualSeverity && r.residualLikelihood ? riskLevel(r.residualSeverity, r.residualLikelihood) : null;
			return {
				id: r.id,
				number: riskNumber(i),
				catalogueId: r.catalogueId,
				catalogueRef: catalogueReference(r.catalogueId, locale),
				title: catalogueRiskTitle(r.catalogueId, r.title, locale),
				description: r.description,
				fearedEvent: r.fearedEvent,
				fearedEventLabel: FEARED_EVENT_LABELS[r.fearedEvent as keyof typeof FEARED_EVENT_LABELS]?.[locale] ?? r.fearedEvent,
				inherentLevel: inherent,
				inherentLabel: LEVEL_LABELS[inherent][locale],
				residualLevel: residual,
				residualLabel: residual ? LEVEL_LABELS[residual][locale] : null,
				accepted: r.accepted,
				discrimination: r.discrimination,
				measureCount: links.filter((l) => l.riskId === r.id).length
			};
		}),
		untreated: risksWithoutTreatment(risks, links).map((r) => ({ id: r.id, title: `${riskNumber(risks.indexOf(r))} ${catalogueRiskTitle(r.catalogueId, r.title, locale)}` })),
		heatInherent: label(heatMapCells(risks, 'inherent')),
		heatResidual: label(heatMapCells(risks, 'residual'))
	};
}
