import type { Content, TableCell } from 'pdfmake/interfaces';
import { FEARED_EVENT_LABELS, LEVEL_LABELS, LIKELIHOOD_LABELS, SEVERITY_LABELS, catalogueReference, isLevel, RESIDUAL_NOT_ASSESSED, riskNumber } from '$lib/domain/risk';
import type { RiskView } from '../data/derive';
import { dataTable, h1, h2, h3, headed, keep, keyValues, levelCell, note, para } from '../layout/blocks';
import { labelOf, refs } from '../layout/format';
import { heatMap, scaleLegend } from '../layout/heatmap';
import type { ReportTexts } from '../texts/types';

function treatment(view: RiskView, texts: ReportTexts): string {
	const parts = [];
	if (view.measures.length) parts.push(`${texts.risks.measuresCount(view.measures.length)} (${refs('M', view.measures)})`);
	if (view.risk.accepted) parts.push(texts.risks.accepted);
	return parts.join('; ') || texts.none;
}

/** The title, with the catalogue id under it as where the risk came from (not as its number). */
function titleCell(view: RiskView, texts: ReportTexts): TableCell {
	const ref = catalogueReference(view.risk.catalogueId, texts.locale);
	return { stack: [{ text: view.risk.title, bold: true }, ...(ref ? [{ text: ref, fontSize: 8 }] : [])] };
}

function register(views: readonly RiskView[], texts: ReportTexts): Content {
	const rows: TableCell[][] = views.map((v) => [
		riskNumber(v.n - 1),
		titleCell(v, texts),
		labelOf(FEARED_EVENT_LABELS, v.risk.fearedEvent, texts),
		levelCell(v.inherent, texts, `\n${v.risk.severity} × ${v.risk.likelihood}`),
		v.residualAssessed ? levelCell(v.residual, texts, `\n${v.risk.residualSeverity} × ${v.risk.residualLikelihood}`) : `${RESIDUAL_NOT_ASSESSED[texts.locale]} *`,
		treatment(v, texts)
	]);
	return dataTable(texts.risks.columns, rows, [24, '*', 80, 62, 62, 90], texts.risks.register);
}

function details(view: RiskView, texts: ReportTexts): Content[] {
	const r = view.risk;
	const t = texts.risks;
	const scored = (value: number, names: readonly { nl: string; en: string }[], motivation: string) =>
		`${value} ${names[value - 1]?.[texts.locale] ?? ''}${motivation ? ` – ${motivation}` : ''}`;
	const override = isLevel(r.levelOverride) ? t.override(LEVEL_LABELS[r.levelOverride][texts.locale], r.overrideReason ?? '') : null;
	const heading = h3(`${riskNumber(view.n - 1)}  ${r.title}`);
	const body = keyValues(
		[
			[t.description, r.description],
			[t.origin, r.origin],
			[t.fearedEvent, labelOf(FEARED_EVENT_LABELS, r.fearedEvent, texts)],
			[t.severity, scored(r.severity, SEVERITY_LABELS, r.severityMotivation)],
			[t.likelihood, scored(r.likelihood, LIKELIHOOD_LABELS, r.likelihoodMotivation)],
			[t.residual, view.residualAssessed ? `${LEVEL_LABELS[view.residual][texts.locale]} (${r.residualSeverity} × ${r.residualLikelihood})` : t.residualNotAssessed],
			['', override],
			['', r.discrimination ? t.discrimination : null],
			[t.acceptance, r.accepted ? r.acceptanceReason || texts.risks.accepted : null]
		],
		120
	);
	return [keep(heading, body)];
}

/** Part C: the register with inherent and residual levels, both heat maps, and each risk's reasoning. */
export function risksPart(views: readonly RiskView[], texts: ReportTexts): Content[] {
	const heading = h1(texts.parts.C);
	if (views.length === 0) return [heading, para(texts.risks.none)];
	const scored = views.map((v) => v.risk);
	return [
		heading,
		register(views, texts),
		views.some((v) => !v.residualAssessed) ? note(`* ${texts.risks.residualNotAssessed}`) : { text: '' },
		keep(
			h2(texts.risks.heatmaps),
			{
				columns: [heatMap(scored, 'inherent', texts.risks.heatmapInherent, texts), heatMap(scored, 'residual', texts.risks.heatmapResidual, texts)],
				columnGap: 24,
				margin: [0, 4, 0, 0]
			},
			scaleLegend(texts),
			note(texts.risks.heatmapNote)
		),
		...headed(h2(texts.risks.details), views.flatMap((v) => details(v, texts)))
	];
}
