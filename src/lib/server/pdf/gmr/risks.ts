import { LEVEL_LABELS, RESIDUAL_NOT_ASSESSED, riskNumber, type RiskLevel } from '$lib/domain/risk';
import { topRisks } from '../data/derive';
import { measureStatusLabel } from '../full/measures';
import { formatDate } from '../layout/format';
import type { GmrCell, GmrSection } from './content';
import { note, para, section, type GmrContext } from './context';

/** Spec §7.7: the top five, before and after measures. */
const TOP = 5;

function risks(ctx: GmrContext): GmrSection {
	const { g } = ctx;
	if (ctx.risks.length === 0) return section(ctx, 6, [para(g.risks.none)], true);
	const level = (l: RiskLevel): GmrCell => ({ level: l, label: LEVEL_LABELS[l][ctx.texts.locale] });
	const rows: GmrCell[][] = topRisks(ctx.risks, TOP).map((v) => [
		{ text: `${riskNumber(v.n - 1)} ${v.risk.title}`, bold: true },
		level(v.inherent),
		v.residualAssessed ? level(v.residual) : RESIDUAL_NOT_ASSESSED[ctx.texts.locale]
	]);
	const rest = ctx.risks.length - TOP;
	return section(
		ctx,
		6,
		[para(g.risks.intro), { kind: 'table', caption: g.sections[6]!, columns: g.risks.columns, widths: ['*', 100, 100], rows }, ...(rest > 0 ? [note(g.risks.more(rest))] : [])],
		true
	);
}

/** Spec §7.8: what will be done, by whom and when; titles only, the descriptions may hold security detail. */
function measures(ctx: GmrContext): GmrSection {
	const { g } = ctx;
	if (ctx.measures.length === 0) return section(ctx, 7, [para(g.measures.none)]);
	const rows: GmrCell[][] = ctx.measures.map((v) => [v.measure.title, v.measure.owner, formatDate(v.measure.dueOn, ctx.texts), measureStatusLabel(v.measure.status, ctx.texts)]);
	return section(ctx, 7, [para(g.measures.intro), { kind: 'table', caption: g.sections[7]!, columns: g.measures.columns, widths: ['*', 110, 80, 70], rows }]);
}

export function riskSections(ctx: GmrContext): GmrSection[] {
	return [risks(ctx), measures(ctx)];
}
