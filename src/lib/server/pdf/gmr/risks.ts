import type { Content, TableCell } from 'pdfmake/interfaces';
import { RESIDUAL_NOT_ASSESSED, riskNumber } from '$lib/domain/risk';
import { topRisks } from '../data/derive';
import { dataTable, levelBadge, note, para } from '../layout/blocks';
import { formatDate } from '../layout/format';
import { measureStatusLabel } from '../full/measures';
import { heading, type GmrContext } from './context';

/** Spec §7.7: the top five, before and after measures. */
const TOP = 5;

function risks(ctx: GmrContext): Content[] {
	const { g } = ctx;
	if (ctx.risks.length === 0) return [heading(ctx, 6, true), para(g.risks.none)];
	const rows: TableCell[][] = topRisks(ctx.risks, TOP).map((v) => [
		{ text: `${riskNumber(v.n - 1)} ${v.risk.title}`, bold: true },
		levelBadge(v.inherent, ctx.texts),
		v.residualAssessed ? levelBadge(v.residual, ctx.texts) : RESIDUAL_NOT_ASSESSED[ctx.texts.locale]
	]);
	const rest = ctx.risks.length - TOP;
	return [heading(ctx, 6, true), para(g.risks.intro), dataTable(g.risks.columns, rows, ['*', 100, 100]), ...(rest > 0 ? [note(g.risks.more(rest))] : [])];
}

/** Spec §7.8: what will be done, by whom and when; titles only, the descriptions may hold security detail. */
function measures(ctx: GmrContext): Content[] {
	const { g } = ctx;
	if (ctx.measures.length === 0) return [heading(ctx, 7), para(g.measures.none)];
	const rows: TableCell[][] = ctx.measures.map((v) => [
		v.measure.title,
		v.measure.owner,
		formatDate(v.measure.dueOn, ctx.texts),
		measureStatusLabel(v.measure.status, ctx.texts)
	]);
	return [heading(ctx, 7), para(g.measures.intro), dataTable(g.measures.columns, rows, ['*', 110, 80, 70])];
}

export function riskSections(ctx: GmrContext): Content[] {
	return [...risks(ctx), ...measures(ctx)];
}
